package org.dyad.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.ByteType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tables a Spark run writes, as Spark schemas. {@link #EVENTS}, {@link #MENTIONS} and {@link
 * #ARTICLES} are the tables of the embedded database's schema version {@value #SCHEMA_VERSION}
 * (docs/schema.md of the store), column for column and type for type, so DuckDB reads them as the store's own tables;
 * {@link #ARTICLE_EVENTS} and {@link #PROBLEMS} are the Spark job's own (see docs/spark.md).
 *
 * <p>{@link #CODED} is internal: one row per input item after coding, events and their evidence
 * nested, from which every written table is derived.
 */
final class Tables {
  /** The store schema version these tables follow. */
  static final int SCHEMA_VERSION = 2;

  /** The folder of each table under the output folder. */
  static final String EVENTS_DIR = "events";
  static final String MENTIONS_DIR = "mentions";
  static final String ARTICLES_DIR = "articles";
  static final String ARTICLE_EVENTS_DIR = "article_events";
  static final String PROBLEMS_DIR = "problems";

  /** The Hive-style partition column of events, mentions and article events. */
  static final String PARTITION = "event_date";

  private Tables() {}

  /** Actor columns as the store names them: {@code source_code} ... {@code source_name}. */
  private static List<StructField> actor(String side, boolean withText) {
    List<StructField> f = new ArrayList<>();
    f.add(field(side + "_code", StringType));
    f.add(field(side + "_kind", StringType));
    f.add(field(side + "_country", StringType));
    f.add(field(side + "_sector", StringType));
    f.add(field(side + "_org", StringType));
    f.add(field(side + "_name", StringType));
    if (withText) {
      f.add(field(side + "_text", StringType));
    }
    return f;
  }

  private static List<StructField> span(String prefix) {
    return List.of(
        field(prefix + "_begin", IntegerType),
        field(prefix + "_end", IntegerType),
        field(prefix + "_text", StringType));
  }

  /** One evidence sentence of an article's event, nested in {@link #CODED_EVENT}. */
  static final StructType CODED_MENTION =
      struct(
          fields(
              List.of(
                  field("mention_index", IntegerType),
                  field("sentence", IntegerType),
                  field("sentence_begin", IntegerType),
                  field("sentence_end", IntegerType),
                  field("sentence_text", StringType)),
              span("trigger"),
              span("source"),
              span("target"),
              span("date")));

  /** One event of an article, as {@code dyad code} prints it, nested in {@link #CODED}. */
  static final StructType CODED_EVENT =
      struct(
          fields(
              List.of(field("event_index", IntegerType)),
              actor("source", true),
              actor("target", true),
              List.of(
                  field("cameo_code", StringType),
                  field("cameo_base", StringType),
                  field("cameo_root", StringType),
                  field("cameo_name", StringType),
                  field("plover_type", StringType),
                  field("plover_mode", StringType),
                  field("quad_class", ByteType),
                  field("goldstein", DoubleType),
                  field(PARTITION, DateType),
                  field("date_source", StringType),
                  field("place_name", StringType),
                  field("place_country", StringType),
                  field("place_geonameid", LongType),
                  field("place_admin1", StringType),
                  field("place_feature_code", StringType),
                  field("place_lat", DoubleType),
                  field("place_lon", DoubleType),
                  field("place_precision", StringType),
                  field("place_how", StringType),
                  field("place_admin1_code", StringType),
                  field("place_gazetteer_name", StringType),
                  field("place_json", StringType),
                  field("event_key", StringType),
                  field("mentions", DataTypes.createArrayType(CODED_MENTION, false)))));

  /** A problem with the input: a broken line, an unreadable file, an article that failed. */
  static final StructType PROBLEMS =
      struct(
          List.of(
              field("severity", StringType),
              field("input", StringType),
              field("location", StringType),
              field("message", StringType)));

  /** One input item: an article with its events, or only problems (a broken line). */
  static final StructType CODED =
      struct(
          List.of(
              field("article_id", LongType),
              field("doc_id", StringType),
              field("url", StringType),
              field("source_name", StringType),
              field("title", StringType),
              field("published_date", DateType),
              field("published_origin", StringType),
              field("content_hash", StringType),
              field("input", StringType),
              field("text_length", IntegerType),
              field("text", StringType),
              field("coded", BooleanType),
              field("events", DataTypes.createArrayType(CODED_EVENT, false)),
              field("problems", DataTypes.createArrayType(PROBLEMS, false))));

  /** The store's {@code articles} columns, in its order. */
  static final List<String> ARTICLES =
      List.of(
          "article_id", "doc_id", "url", "url_key", "source_name", "title", "published_date",
          "published_origin", "content_hash", "duplicate_of", "similarity", "input", "ingested_at",
          "text_length", "minhash", "text");

  /** The store's {@code events} columns, in its order ({@code event_date} is the partition). */
  static final List<String> EVENTS =
      List.of(
          "event_id", "event_key", PARTITION, "date_source",
          "source_code", "source_kind", "source_country", "source_sector", "source_org", "source_name",
          "target_code", "target_kind", "target_country", "target_sector", "target_org", "target_name",
          "cameo_code", "cameo_base", "cameo_root", "cameo_name", "plover_type", "plover_mode",
          "quad_class", "goldstein", "is_root_event", "num_mentions", "num_sources", "num_articles",
          "first_reported", "last_reported", "date_added", "source_url", "place_name", "place_country",
          "place_geonameid", "place_admin1", "place_feature_code", "place_lat", "place_lon",
          "place_precision", "place_how", "place_admin1_code", "place_gazetteer_name");

  /** The store's {@code mentions} columns, in its order. */
  static final List<String> MENTIONS =
      List.of(
          "mention_id", "event_id", "article_id", "doc_id", "source_name", "url", "published_date",
          "mentioned_at", PARTITION, "in_duplicate", "doc_length", "sentence", "sentence_begin",
          "sentence_end", "sentence_text", "trigger_begin", "trigger_end", "trigger_text",
          "source_begin", "source_end", "source_text", "target_begin", "target_end", "target_text",
          "date_begin", "date_end", "date_text", "source_actor_name", "target_actor_name");

  /** Article events: {@code dyad code}'s events, one row per event per article. */
  static final List<String> ARTICLE_EVENTS =
      List.of(
          "event_id", "article_id", "doc_id", "event_index", PARTITION, "date_source",
          "source_code", "source_kind", "source_country", "source_sector", "source_org",
          "source_name", "source_text",
          "target_code", "target_kind", "target_country", "target_sector", "target_org",
          "target_name", "target_text",
          "cameo_code", "cameo_base", "cameo_root", "cameo_name", "plover_type", "plover_mode",
          "quad_class", "goldstein", "place_name", "place_country", "place_geonameid", "place_admin1",
          "place_feature_code", "place_lat", "place_lon", "place_precision", "place_how", "place_admin1_code",
          "place_gazetteer_name", "place_json", "num_mentions");

  /** The SQL types of the store's columns that Spark must not infer: used by the writer's casts. */
  static final StructType TYPED_NULLS =
      struct(
          List.of(
              field("url_key", StringType),
              field("duplicate_of", LongType),
              field("similarity", DoubleType),
              field("minhash", DataTypes.BinaryType),
              field("ingested_at", TimestampNTZType),
              field("place_geonameid", LongType),
              field("place_admin1", StringType),
              field("place_feature_code", StringType),
              field("place_lat", DoubleType),
              field("place_lon", DoubleType),
              field("place_precision", StringType),
              field("place_how", StringType),
              field("place_admin1_code", StringType),
              field("place_gazetteer_name", StringType)));

  @SafeVarargs
  private static List<StructField> fields(List<StructField>... parts) {
    List<StructField> all = new ArrayList<>();
    for (List<StructField> p : parts) {
      all.addAll(p);
    }
    return all;
  }

  private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructType struct(List<StructField> fields) {
    return DataTypes.createStructType(fields);
  }
}
