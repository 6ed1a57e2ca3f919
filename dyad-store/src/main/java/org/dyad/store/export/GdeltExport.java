package org.dyad.store.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dyad.store.Database;
import org.dyad.store.Sql;

/**
 * GDELT 2.0's two tables, tab-separated, no header, UTF-8, as GDELT publishes them: the Events
 * table (61 columns, {@link #EVENT_COLUMNS}) in {@code OUT} and the Mentions table (16 columns,
 * {@link #MENTION_COLUMNS}) in {@link #mentionsFile(Path)}.
 *
 * <p>GDELT's conventions are kept: CAMEO codes as strings with leading zeros, dates as {@code
 * YYYYMMDD}, times as {@code YYYYMMDDHHMMSS} (UTC), names in upper case, empty fields for what is
 * not known. The event's place fills the ActionGeo fields ({@link ActionGeo}): GDELT's geographic
 * type, a "City, Division, Country" full name from the gazetteer's names, FIPS 10-4 country and
 * ADM1 codes (Dyad keeps ISO alpha-3; the CSV and Parquet exports have it), coordinates and the
 * GeoNames id. What Dyad does not produce is left empty: ethnic, religion and known-group codes
 * beyond organisations, tone, ADM2 codes, and the Actor1Geo and Actor2Geo fields, since Dyad
 * locates where an event happened, not where its actors are. An event without a date gets its
 * first report's date as Day, as GDELT dates undated events by their article.
 */
final class GdeltExport implements Exporter {
  static final List<String> EVENT_COLUMNS = List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
      "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
      "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
      "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
      "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

  static final List<String> MENTION_COLUMNS = List.of("GlobalEventID", "EventTimeDate", "MentionTimeDate",
      "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
      "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo",
      "Extras");

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  /** Where the Mentions table goes: {@code x.export.CSV} → {@code x.mentions.CSV}, else {@code OUT.mentions}. */
  static Path mentionsFile(Path out) {
    String name = out.getFileName().toString();
    String mentions = name.contains(".export.") ? name.replace(".export.", ".mentions.") : name + ".mentions";
    return out.resolveSibling(mentions);
  }

  @Override
  public List<Path> write(Database db, Path out) throws IOException {
    Path mentions = mentionsFile(out);
    try {
      writeEvents(db, out);
      writeMentions(db, mentions);
    } catch (SQLException e) {
      throw db.failure("export GDELT", e);
    }
    return List.of(out, mentions);
  }

  private static void writeEvents(Database db, Path out) throws SQLException, IOException {
    String sql = "SELECT event_id, coalesce(event_date, first_reported), source_code, source_name, source_country,"
        + " source_org, source_sector, source_kind, target_code, target_name, target_country, target_org,"
        + " target_sector, target_kind, is_root_event, cameo_code, cameo_base, cameo_root, quad_class, goldstein,"
        + " num_mentions, num_sources, num_articles, date_added, source_url, place_name, place_gazetteer_name,"
        + " place_country, place_admin1, place_admin1_code, place_precision, place_lat, place_lon, place_geonameid"
        + " FROM events WHERE event_id IN"
        + " (SELECT event_id FROM " + Selection.TABLE + ") ORDER BY event_id";
    ActionGeo geo = ActionGeo.standard();
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        PreparedStatement p = db.connection().prepareStatement(sql);
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        List<String> f = new ArrayList<>(EVENT_COLUMNS.size());
        f.add(Long.toString(r.getLong(1)));
        LocalDate day = r.getDate(2) == null ? null : r.getDate(2).toLocalDate();
        f.add(day == null ? "" : day.format(DAY));
        f.add(day == null ? "" : day.format(DAY).substring(0, 6));
        f.add(day == null ? "" : Integer.toString(day.getYear()));
        f.add(day == null ? "" : String.format(Locale.ROOT, "%.4f",
            day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0));
        actor(f, r, 3);
        actor(f, r, 9);
        f.add(r.getBoolean(15) ? "1" : "0");
        f.add(r.getString(16));
        f.add(r.getString(17));
        f.add(r.getString(18));
        f.add(Integer.toString(r.getInt(19)));
        f.add(number(r.getDouble(20)));
        f.add(Integer.toString(r.getInt(21)));
        f.add(Integer.toString(r.getInt(22)));
        f.add(Integer.toString(r.getInt(23)));
        f.add("");
        // Actor1Geo and Actor2Geo: Dyad places the event, not its actors, so both stay empty.
        f.addAll(ActionGeo.NONE);
        f.addAll(ActionGeo.NONE);
        f.addAll(geo.fields(place(r, 26)));
        Instant added = Sql.instant(r.getObject(24));
        f.add(added == null ? "" : TIME.format(added));
        f.add(text(r.getString(25)));
        line(w, f);
      }
    }
  }

  /** Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1, Type2, Type3. */
  private static void actor(List<String> f, ResultSet r, int first) throws SQLException {
    String code = r.getString(first);
    if (code == null) {
      f.addAll(Arrays.asList("", "", "", "", "", "", "", "", "", ""));
      return;
    }
    String kind = r.getString(first + 5);
    f.add(code);
    f.add(text(r.getString(first + 1)).toUpperCase(Locale.ROOT));
    f.add(text(r.getString(first + 2)));
    f.add(text(r.getString(first + 3)));
    f.add("");
    f.add("");
    f.add("");
    f.add("state".equals(kind) ? text(r.getString(first + 4)) : kind.toUpperCase(Locale.ROOT));
    f.add("");
    f.add("");
  }

  /** The place in the nine columns from {@code first} on (name ... geonameid); null when the event has none. */
  private static ActionGeo.StoredPlace place(ResultSet r, int first) throws SQLException {
    String name = r.getString(first);
    if (name == null) {
      return null;
    }
    return new ActionGeo.StoredPlace(name, r.getString(first + 1), r.getString(first + 2), r.getString(first + 3),
        r.getString(first + 4), ActionGeo.StoredPlace.precision(r.getString(first + 5)),
        r.getObject(first + 6) == null ? null : r.getDouble(first + 6),
        r.getObject(first + 7) == null ? null : r.getDouble(first + 7),
        r.getObject(first + 8) == null ? null : r.getLong(first + 8));
  }

  private static void writeMentions(Database db, Path out) throws SQLException, IOException {
    String sql = "SELECT m.event_id, e.date_added, m.mentioned_at, m.source_name, coalesce(m.url, m.doc_id),"
        + " m.sentence, m.source_begin, m.target_begin, m.trigger_begin, m.in_duplicate, m.doc_length"
        + " FROM mentions m JOIN events e ON e.event_id = m.event_id WHERE m.event_id IN"
        + " (SELECT event_id FROM " + Selection.TABLE + ") ORDER BY m.event_id, m.mention_id";
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        PreparedStatement p = db.connection().prepareStatement(sql);
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        List<String> f = new ArrayList<>(MENTION_COLUMNS.size());
        f.add(Long.toString(r.getLong(1)));
        f.add(TIME.format(Sql.instant(r.getObject(2))));
        f.add(TIME.format(Sql.instant(r.getObject(3))));
        f.add("1");
        f.add(text(r.getString(4)));
        f.add(text(r.getString(5)));
        f.add(Integer.toString(r.getInt(6) + 1));
        f.add(offset(r, 7));
        f.add(offset(r, 8));
        f.add(offset(r, 9));
        f.add("1");
        // Dyad's rules give no graded confidence: a report is 100, a syndicated copy's 50.
        f.add(r.getBoolean(10) ? "50" : "100");
        f.add(Integer.toString(r.getInt(11)));
        f.add("");
        f.add("");
        f.add("");
        line(w, f);
      }
    }
  }

  private static String offset(ResultSet r, int column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? "-1" : Integer.toString(v);
  }

  static String number(double d) {
    return d == Math.rint(d) ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
  }

  /** Tabs and line breaks would break the format: they become spaces. */
  static String text(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private static void line(Writer w, List<String> fields) throws IOException {
    if (fields.size() != EVENT_COLUMNS.size() && fields.size() != MENTION_COLUMNS.size()) {
      throw new IllegalStateException("GDELT row of " + fields.size() + " fields");
    }
    w.write(String.join("\t", fields));
    w.write('\n');
  }
}
