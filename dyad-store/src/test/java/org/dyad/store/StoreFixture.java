package org.dyad.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.article.Article;
import org.dyad.diagnostics.Problem;

/** A database in a test's temporary folder, with helpers to ingest and count. */
final class StoreFixture implements AutoCloseable {
  final Database db;
  final List<Problem> problems = new ArrayList<>();
  private final Ingestor ingestor;

  StoreFixture(Path dir) {
    this(dir.resolve("test.duckdb"), new MarkupCoder(), 3);
  }

  StoreFixture(Path file, Ingestor.ArticleCoder coder, int batch) {
    db = Database.open(file);
    ingestor = new Ingestor(db, coder, new Ingestor.Settings(batch, 2), problems::add);
  }

  List<Outcome> ingest(Article... articles) {
    List<Outcome> out = new ArrayList<>();
    ingestor.ingest(Stream.of(articles).map(Articles::in), (a, o) -> out.add(o));
    return out;
  }

  long count(String sql) {
    try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new AssertionError(sql, e);
    }
  }

  /** Rows of a query as tab-joined strings, for whole-table comparisons. */
  List<String> rows(String sql) {
    List<String> out = new ArrayList<>();
    try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          sb.append(i > 1 ? "\t" : "").append(r.getString(i));
        }
        out.add(sb.toString());
      }
    } catch (SQLException e) {
      throw new AssertionError(sql, e);
    }
    return out;
  }

  /** Row counts of every table, for "nothing changed" checks. */
  List<Long> tableCounts() {
    List<Long> out = new ArrayList<>();
    for (String t : List.of("articles", "article_bands", "events", "mentions", "actors")) {
      out.add(count("SELECT count(*) FROM " + t));
    }
    return out;
  }

  @Override
  public void close() {
    ingestor.close();
    db.close();
  }
}
