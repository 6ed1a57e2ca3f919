package org.dyad.store.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.dyad.store.Database;

/**
 * PLOVER JSON Lines: one record per event with the field names of PLOVER's published records
 * ({@code id}, {@code date}, {@code event}, {@code mode}, {@code context}, {@code source} and
 * {@code target} as lists of {@code {actorText, code, sector}}, {@code eventText}, {@code text},
 * {@code eventLoc}, {@code publication}, {@code language}), and Dyad's own fields after them in
 * the same camel case ({@code cameo}, {@code quadClass}, {@code goldstein}, {@code numMentions},
 * {@code numSources}, {@code numArticles}, {@code url}). The text fields come from the event's
 * first report; {@code context} is empty (Dyad does not code PLOVER contexts).
 */
final class PloverExport implements Exporter {
  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public List<Path> write(Database db, Path out) throws IOException {
    String sql = "SELECT e.event_id, e.event_date, e.plover_type, e.plover_mode, e.source_code, e.source_sector,"
        + " e.target_code, e.target_sector, m.source_text, m.target_text, m.trigger_text, m.sentence_text,"
        + " e.place_name, e.place_country, m.source_name, e.cameo_code, e.quad_class, e.goldstein, e.num_mentions,"
        + " e.num_sources, e.num_articles, e.source_url, e.source_name, e.target_name"
        + " FROM events e LEFT JOIN (SELECT * FROM mentions WHERE mention_id IN (SELECT min(mention_id) FROM mentions"
        + " WHERE event_id IN (SELECT event_id FROM " + Selection.TABLE + ") GROUP BY event_id)) m"
        + " ON m.event_id = e.event_id WHERE e.event_id IN (SELECT event_id FROM " + Selection.TABLE + ")"
        + " ORDER BY e.event_id";
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        PreparedStatement p = db.connection().prepareStatement(sql);
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        java.io.StringWriter line = new java.io.StringWriter();
        try (JsonGenerator g = JSON.createGenerator(line)) {
          g.writeStartObject();
          g.writeStringField("id", "dyad-" + r.getLong(1));
          g.writeStringField("date", r.getString(2));
          g.writeStringField("event", r.getString(3));
          g.writeStringField("mode", r.getString(4));
          g.writeStringField("context", "");
          actors(g, "source", r.getString(9), r.getString(5), r.getString(6), r.getString(23));
          actors(g, "target", r.getString(10), r.getString(7), r.getString(8), r.getString(24));
          g.writeStringField("eventText", r.getString(11));
          g.writeStringField("text", r.getString(12));
          if (r.getString(13) != null) {
            g.writeObjectFieldStart("eventLoc");
            g.writeStringField("name", r.getString(13));
            g.writeStringField("country", r.getString(14));
            g.writeEndObject();
          } else {
            g.writeNullField("eventLoc");
          }
          g.writeStringField("publication", r.getString(15));
          g.writeStringField("language", "en");
          g.writeStringField("cameo", r.getString(16));
          g.writeNumberField("quadClass", r.getInt(17));
          g.writeNumberField("goldstein", r.getDouble(18));
          g.writeNumberField("numMentions", r.getInt(19));
          g.writeNumberField("numSources", r.getInt(20));
          g.writeNumberField("numArticles", r.getInt(21));
          g.writeStringField("url", r.getString(22));
          g.writeEndObject();
        }
        w.write(line.toString());
        w.write('\n');
      }
    } catch (SQLException e) {
      throw db.failure("export PLOVER", e);
    }
    return List.of(out);
  }

  /** PLOVER's actor list; {@code ""} when there is no actor, as in PLOVER's own records. */
  private static void actors(JsonGenerator g, String field, String text, String code, String sector, String name)
      throws IOException {
    if (code == null) {
      g.writeStringField(field, "");
      return;
    }
    g.writeArrayFieldStart(field);
    g.writeStartObject();
    g.writeStringField("actorText", text != null ? text : name);
    g.writeStringField("code", code);
    g.writeStringField("sector", sector == null ? "" : sector);
    g.writeEndObject();
    g.writeEndArray();
  }
}
