package org.dyad.store.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.dyad.events.cameo.CameoCode;
import org.dyad.events.cameo.Codebook;
import org.dyad.store.Database;
import org.dyad.store.Sql;

/**
 * Fills a database with synthetic events for the query benchmark, generated inside DuckDB (a
 * million events take seconds; coding a million articles would take days). Distributions follow
 * what event data looks like: a few countries are in most events (a Zipf-like skew over 40
 * countries), governments act more than anyone, statements (01) and consultations (04) are a
 * large share and fighting a small one, reports cluster on the same dyads and days so that the
 * one-a-day rule merges them (mentions per event 1 to many), and dates span 2023–2025.
 *
 * <p>Deterministic: the same count and seed give the same rows (hash-based, not random()).
 */
public final class SyntheticEvents {
  private static final List<String> COUNTRIES = List.of("USA", "RUS", "UKR", "CHN", "ISR", "PSE", "IRN", "TUR", "GBR",
      "FRA", "DEU", "IND", "PAK", "AZE", "ARM", "SYR", "IRQ", "AFG", "SAU", "EGY", "JPN", "KOR", "PRK", "GEO", "KAZ",
      "UZB", "QAT", "ARE", "LBN", "YEM", "SDN", "ETH", "NGA", "ZAF", "BRA", "MEX", "VEN", "POL", "ITA", "HUN");
  private static final Map<String, Integer> ROOT_WEIGHT = Map.ofEntries(Map.entry("01", 220), Map.entry("02", 60),
      Map.entry("03", 60), Map.entry("04", 200), Map.entry("05", 80), Map.entry("06", 25), Map.entry("07", 25),
      Map.entry("08", 20), Map.entry("09", 10), Map.entry("10", 20), Map.entry("11", 80), Map.entry("12", 25),
      Map.entry("13", 20), Map.entry("14", 25), Map.entry("15", 10), Map.entry("16", 15), Map.entry("17", 40),
      Map.entry("18", 25), Map.entry("19", 35), Map.entry("20", 5));
  private static final List<String> SECTORS = List.of("GOV", "GOV", "GOV", "GOV", "GOV", "MIL", "MIL", "", "", "LEG",
      "JUD", "COP", "OPP", "CVL", "MED", "BUS", "REB", "REF", "HRI", "REL");

  private SyntheticEvents() {}

  /** Adds {@code events} events (about 1.5 mentions each) to an empty database. */
  public static void generate(Database db, int events, long seed) {
    Connection c = db.connection();
    try (Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("CREATE TEMP TABLE bench_countries (idx INTEGER, iso3 VARCHAR)");
      s.execute("CREATE TEMP TABLE bench_sectors (idx INTEGER, sector VARCHAR)");
      s.execute("CREATE TEMP TABLE bench_codes (slot INTEGER, code VARCHAR, name VARCHAR, goldstein DOUBLE,"
          + " quad TINYINT, plover VARCHAR, mode VARCHAR)");
      insertList(c, "bench_countries", COUNTRIES);
      insertList(c, "bench_sectors", SECTORS);
      insertCodes(c);
      long reports = (long) (events * 1.6);
      // Reports: skewed countries and codes, days over three years; many fall on the same key.
      try (PreparedStatement p = c.prepareStatement("CREATE TEMP TABLE bench_reports AS SELECT i,"
          + " CAST(floor(40 * pow((hash(i, ?, 1) % 1000003) / 1000003.0, 2.2)) AS INTEGER) AS a,"
          + " CAST(floor(40 * pow((hash(i, ?, 2) % 1000003) / 1000003.0, 2.2)) AS INTEGER) AS b,"
          + " CAST(hash(i, ?, 3) % 20 AS INTEGER) AS sa, CAST(hash(i, ?, 4) % 20 AS INTEGER) AS sb,"
          + " CAST(hash(i, ?, 5) % 1000 AS INTEGER) AS slot, hash(i, ?, 6) % 10 = 0 AS one_sided,"
          + " DATE '2023-01-01' + CAST(floor(1095 * pow((hash(i, ?, 7) % 1000003) / 1000003.0, 0.8)) AS INTEGER) AS day,"
          + " CAST(hash(i, ?, 8) % 12 AS INTEGER) AS publisher FROM range(?) t(i)")) {
        Object[] v = new Object[9];
        for (int k = 0; k < 8; k++) {
          v[k] = seed;
        }
        v[8] = reports;
        Sql.bind(p, v);
        p.execute();
      }
      s.execute("CREATE TEMP TABLE bench_keyed AS SELECT r.i, r.day, r.publisher, ca.iso3 AS src_country,"
          + " nullif(sa.sector, '') AS src_sector, CASE WHEN r.one_sided THEN NULL ELSE cb.iso3 END AS tgt_country,"
          + " CASE WHEN r.one_sided THEN NULL ELSE nullif(sb.sector, '') END AS tgt_sector, k.code, k.name,"
          + " k.goldstein, k.quad, k.plover, k.mode FROM bench_reports r JOIN bench_countries ca ON ca.idx = r.a"
          + " JOIN bench_countries cb ON cb.idx = r.b JOIN bench_sectors sa ON sa.idx = r.sa"
          + " JOIN bench_sectors sb ON sb.idx = r.sb JOIN bench_codes k ON k.slot = r.slot");
      s.execute("ALTER TABLE bench_keyed ADD COLUMN src VARCHAR");
      s.execute("ALTER TABLE bench_keyed ADD COLUMN tgt VARCHAR");
      s.execute("UPDATE bench_keyed SET src = src_country || coalesce(src_sector, ''),"
          + " tgt = CASE WHEN tgt_country IS NULL THEN NULL ELSE tgt_country || coalesce(tgt_sector, '') END");
      s.execute("CREATE TEMP TABLE bench_events AS SELECT row_number() OVER (ORDER BY min(i)) AS event_id,"
          + " day, src, tgt, code, min(i) AS first_report, count(*) AS n,"
          + " count(DISTINCT publisher) AS ns FROM bench_keyed GROUP BY day, src, tgt, code");
      try (PreparedStatement p = c.prepareStatement("DELETE FROM bench_events WHERE event_id > ?")) {
        Sql.bind(p, (long) events);
        p.execute();
      }
      s.execute("INSERT INTO articles (article_id, doc_id, url, url_key, source_name, title, published_date,"
          + " published_origin, content_hash, ingested_at, text_length, text) SELECT i + 1, 'synthetic-' || i,"
          + " 'https://synthetic.example/' || i, 'synthetic.example/' || i, 'Publisher ' || publisher, NULL, day,"
          + " 'FIELD', md5(CAST(i AS VARCHAR)), TIMESTAMP '2026-01-01', 0, ''"
          + " FROM bench_keyed WHERE i IN (SELECT first_report FROM bench_events)");
      // The columns named, so that columns later schema versions add (null here) need no change.
      s.execute("INSERT INTO events (event_id, event_key, event_date, date_source, source_code, source_kind,"
          + " source_country, source_sector, source_org, source_name, target_code, target_kind, target_country,"
          + " target_sector, target_org, target_name, cameo_code, cameo_base, cameo_root, cameo_name, plover_type,"
          + " plover_mode, quad_class, goldstein, is_root_event, num_mentions, num_sources, num_articles,"
          + " first_reported, last_reported, date_added, source_url)"
          + " SELECT e.event_id, CAST(e.day AS VARCHAR) || '|' || e.src || '|'"
          + " || coalesce(e.tgt, '-') || '|' || e.code, e.day, 'text', e.src, 'state', k.src_country, k.src_sector,"
          + " NULL, k.src_country, e.tgt, CASE WHEN e.tgt IS NULL THEN NULL ELSE 'state' END, k.tgt_country,"
          + " k.tgt_sector, NULL, k.tgt_country, e.code, substr(e.code, 1, 3), substr(e.code, 1, 2), k.name,"
          + " k.plover, k.mode, k.quad, k.goldstein, e.first_report % 3 = 0, e.n, e.ns, e.n, e.day,"
          + " e.day + CAST(e.n / 3 AS INTEGER), TIMESTAMP '2026-01-01', 'https://synthetic.example/' || e.first_report"
          + " FROM bench_events e JOIN bench_keyed k ON k.i = e.first_report");
      s.execute("INSERT INTO mentions (mention_id, event_id, article_id, doc_id, source_name, url, published_date,"
          + " mentioned_at, event_date, in_duplicate, doc_length, sentence, sentence_begin, sentence_end,"
          + " sentence_text) SELECT row_number() OVER (ORDER BY k.i), e.event_id, e.first_report + 1,"
          + " 'synthetic-' || k.i, 'Publisher ' || k.publisher, 'https://synthetic.example/' || k.i, k.day,"
          + " TIMESTAMP '2026-01-01', k.day, false, 2000, CAST(k.i % 20 AS INTEGER), 0, 120,"
          + " 'Officials of ' || k.src_country || ' ' || lower(k.name) || ' with ' || coalesce(k.tgt_country, 'the public')"
          + " || ' on day ' || CAST(k.day AS VARCHAR) || '.' FROM bench_keyed k JOIN bench_events e"
          + " ON e.day = k.day AND e.src = k.src AND e.tgt IS NOT DISTINCT FROM k.tgt AND e.code = k.code");
      for (String t : List.of("bench_events", "bench_keyed", "bench_reports", "bench_codes", "bench_sectors",
          "bench_countries")) {
        s.execute("DROP TABLE " + t);
      }
      c.commit();
      s.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw db.failure("generate synthetic events", e);
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the failure above, if any, is the one to report
      }
    }
  }

  private static void insertList(Connection c, String table, List<String> values) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?)")) {
      for (int i = 0; i < values.size(); i++) {
        Sql.bind(p, i, values.get(i));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** 1000 slots, each root's share of them by its weight, spread over its three-digit codes. */
  private static void insertCodes(Connection c) throws SQLException {
    List<CameoCode> codes = Codebook.standard().all().stream().filter(k -> k.code().length() == 3).toList();
    int total = ROOT_WEIGHT.values().stream().mapToInt(Integer::intValue).sum();
    try (PreparedStatement p = c.prepareStatement("INSERT INTO bench_codes VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int slot = 0;
      List<String> roots = ROOT_WEIGHT.keySet().stream().sorted().toList();
      for (String root : roots) {
        List<CameoCode> inRoot = codes.stream().filter(k -> k.root().equals(root)).toList();
        int slots = root.equals(roots.getLast()) ? 1000 - slot : Math.round(1000f * ROOT_WEIGHT.get(root) / total);
        for (int k = 0; k < slots && slot < 1000; k++) {
          // The root's general code (010, 040) takes half its slots, as in real data.
          CameoCode code = k % 2 == 0 || inRoot.size() == 1 ? inRoot.getFirst() : inRoot.get(1 + (k / 2) % (inRoot.size() - 1));
          Sql.bind(p, slot++, code.code(), code.name(), code.goldstein(), code.quad().number(), code.plover().name(),
              code.ploverMode());
          p.addBatch();
        }
      }
      p.executeBatch();
    }
  }
}
