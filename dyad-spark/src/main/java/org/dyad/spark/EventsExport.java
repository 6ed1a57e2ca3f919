package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a run's output back as Dyad's event JSON ({@link org.dyad.output.EventJson}'s fields, in
 * its order): one line per article event, in input order (article id, then the event's place in
 * its article). On the same input, {@code dyad code} prints the same lines.
 */
final class EventsExport {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventsExport() {}

  static void export(SparkSession spark, String output, Consumer<String> lines) {
    Dataset<Row> events = read(spark, output, Tables.ARTICLE_EVENTS_DIR);
    Dataset<Row> mentions = read(spark, output, Tables.MENTIONS_DIR)
        .groupBy("event_id", "article_id")
        .agg(sort_array(collect_list(struct(col("mention_id"), col("sentence"), col("sentence_begin"),
            col("sentence_end"), col("trigger_begin"), col("trigger_end"), col("trigger_text"), col("source_begin"),
            col("source_end"), col("source_text"), col("target_begin"), col("target_end"), col("target_text"),
            col("date_begin"), col("date_end"), col("date_text"), col("sentence_text")))).as("evidence"));
    Iterator<Row> rows = events
        .join(mentions, scala.jdk.javaapi.CollectionConverters.asScala(List.of("event_id", "article_id")).toSeq(), "left")
        .orderBy("article_id", "event_index")
        .toLocalIterator();
    while (rows.hasNext()) {
      lines.accept(line(rows.next()));
    }
  }

  private static Dataset<Row> read(SparkSession spark, String output, String table) {
    return spark.read().option("basePath", new Path(output, table).toString()).parquet(new Path(output, table).toString());
  }

  static String line(Row r) {
    ObjectNode o = F.objectNode();
    o.put("doc", r.<String>getAs("doc_id"));
    o.set("source", actor(r, "source"));
    o.set("target", r.isNullAt(r.fieldIndex("target_code")) ? F.nullNode() : actor(r, "target"));
    o.put("cameo", r.<String>getAs("cameo_code"));
    o.put("root", r.<String>getAs("cameo_root"));
    o.put("event", r.<String>getAs("cameo_name"));
    o.put("plover", r.<String>getAs("plover_type"));
    o.put("plover_mode", r.<String>getAs("plover_mode"));
    o.put("quad", ((Number) r.getAs("quad_class")).intValue());
    o.put("goldstein", r.<Double>getAs("goldstein"));
    Object date = r.getAs(Tables.PARTITION);
    o.put("date", date == null ? null : date.toString());
    o.put("date_source", r.<String>getAs("date_source"));
    if (r.isNullAt(r.fieldIndex("place_json"))) {
      o.putNull("place");
    } else {
      o.set("place", readTree(r.<String>getAs("place_json")));
    }
    var evidence = o.putArray("evidence");
    List<Row> mentions = r.isNullAt(r.fieldIndex("evidence")) ? List.of() : r.getList(r.fieldIndex("evidence"));
    for (Row m : mentions) {
      ObjectNode x = evidence.addObject();
      x.put("sentence", m.getInt(1));
      x.put("begin", m.getInt(2));
      x.put("end", m.getInt(3));
      x.set("trigger", span(m, 4));
      x.set("source", span(m, 7));
      x.set("target", span(m, 10));
      x.set("date", span(m, 13));
      x.put("text", m.getString(16));
    }
    try {
      return MAPPER.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise event", e);
    }
  }

  private static ObjectNode actor(Row r, String side) {
    ObjectNode o = F.objectNode();
    for (String f : List.of("code", "country", "sector", "org", "name", "text")) {
      o.put(f, r.<String>getAs(side + "_" + f));
    }
    return o;
  }

  private static JsonNode span(Row m, int first) {
    if (m.isNullAt(first)) {
      return F.nullNode();
    }
    ObjectNode o = F.objectNode();
    o.put("begin", m.getInt(first));
    o.put("end", m.getInt(first + 1));
    o.put("text", m.getString(first + 2));
    return o;
  }

  private static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("place column is not the JSON the job wrote: " + json, e);
    }
  }
}
