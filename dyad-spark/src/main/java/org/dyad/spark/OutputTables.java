package org.dyad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Derives the written tables from the coded rows ({@link Tables#CODED}) as Spark operations:
 * articles, article events (one per event per article, as {@code dyad code} prints them),
 * mentions (one per evidence sentence) and the GDELT-style events, merged over the whole run
 * to one per date, source, target and CAMEO code with their mention, article and source counts.
 *
 * <p>Ids are deterministic: articles by where they were read ({@link Ids#article}), events by
 * the rank of their {@code event_key}, mentions by the rank of (article, event, evidence); none
 * depends on partitioning, so a rerun or a retried task gives the same ids.
 */
final class OutputTables {
  private final SparkSession spark;
  private final Dataset<Row> coded;
  private final Column storedAt;
  private Dataset<Row> reported;
  private Dataset<Row> events;

  /**
   * @param coded the coded rows, persisted (each table reads them again)
   * @param storedAt the run's time, UTC: the store's {@code ingested_at}, {@code date_added} and
   *     {@code mentioned_at}
   */
  OutputTables(SparkSession spark, Dataset<Row> coded, LocalDateTime storedAt) {
    this.spark = spark;
    this.coded = coded;
    this.storedAt = lit(storedAt).cast(DataTypes.TimestampNTZType);
  }

  Dataset<Row> articles() {
    Dataset<Row> a = coded.filter(col("coded"));
    return a.select(Tables.ARTICLES.stream().map(c -> switch (c) {
      case "ingested_at" -> storedAt.as(c);
      default -> a.schema().getFieldIndex(c).isDefined() ? col(c) : typedNull(c);
    }).toArray(Column[]::new));
  }

  Dataset<Row> problems() {
    return coded.select(explode(col("problems")).as("p")).select(col("p.*"));
  }

  /** One row per event per article with the article's columns; mentions still nested. */
  private Dataset<Row> reported() {
    if (reported == null) {
      reported = coded.filter(col("coded"))
          .select(col("article_id"), col("doc_id"), col("source_name").as("publisher"), col("url"),
              col("published_date"), col("text_length"), explode(col("events")).as("e"))
          .select(col("article_id"), col("doc_id"), col("publisher"), col("url"), col("published_date"),
              col("text_length"), col("e.*"));
    }
    return reported;
  }

  /** The merged events with their ids, persisted: mentions and article events join them. */
  Dataset<Row> events() {
    if (events != null) {
      return events;
    }
    Dataset<Row> r = reported()
        .withColumn("lead", exists(col("mentions"), m -> m.getField("sentence").equalTo(0)))
        .withColumn("n", size(col("mentions")));
    List<Column> agg = new ArrayList<>();
    agg.add(min(Tables.PARTITION).as(Tables.PARTITION));
    agg.add(min(struct(col("article_id"), col("event_index"), col("date_source"), col("source_name"),
        col("target_name"))).as("first"));
    for (String side : List.of("source", "target")) {
      for (String f : List.of("_kind", "_country", "_sector", "_org")) {
        agg.add(min(side + f).as(side + f)); // functions of the actor code, the same in every report
      }
    }
    for (String c : List.of("cameo_base", "cameo_root", "cameo_name", "plover_type", "plover_mode", "quad_class",
        "goldstein")) {
      agg.add(min(c).as(c)); // functions of the CAMEO code
    }
    agg.add(max("lead").as("is_root_event"));
    agg.add(sum("n").cast("int").as("num_mentions"));
    agg.add(countDistinct(coalesce(col("publisher"), lit(""))).cast("int").as("num_sources"));
    agg.add(countDistinct(col("article_id")).cast("int").as("num_articles"));
    agg.add(min("published_date").as("first_reported"));
    agg.add(max("published_date").as("last_reported"));
    agg.add(min(when(col("url").isNotNull(), struct(col("article_id"), col("event_index"), col("url")))).as("u"));
    agg.add(min(when(col("place_name").isNotNull(),
        struct(col("article_id"), col("event_index"), col("place_name"), col("place_country"), col("place_geonameid"),
            col("place_admin1"), col("place_feature_code"), col("place_lat"), col("place_lon"), col("place_precision"),
            col("place_how"), col("place_admin1_code"), col("place_gazetteer_name")))).as("p"));
    Dataset<Row> merged = r.groupBy(col("event_key"), col("source_code"), col("target_code"), col("cameo_code"))
        .agg(agg.getFirst(), agg.subList(1, agg.size()).toArray(Column[]::new));
    Dataset<Row> shaped = merged.select(Tables.EVENTS.stream().filter(c -> !c.equals("event_id")).map(c -> switch (c) {
      case "date_source" -> col("first.date_source").as(c);
      case "source_name" -> col("first.source_name").as(c);
      case "target_name" -> col("first.target_name").as(c);
      case "date_added" -> storedAt.as(c);
      case "source_url" -> col("u.url").as(c);
      case "place_name", "place_country", "place_geonameid", "place_admin1", "place_feature_code", "place_lat",
          "place_lon", "place_precision", "place_how", "place_admin1_code", "place_gazetteer_name" ->
          col("p." + c).as(c);
      default -> merged.schema().getFieldIndex(c).isDefined() ? col(c) : typedNull(c);
    }).toArray(Column[]::new));
    events = ranked(shaped, "event_id", col("event_key")).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    return events;
  }

  Dataset<Row> mentions() {
    Dataset<Row> m = reported()
        .select(col("article_id"), col("doc_id"), col("publisher").as("source_name"), col("url"), col("published_date"),
            col(Tables.PARTITION), col("text_length").as("doc_length"), col("event_key"), col("event_index"),
            col("source_name").as("source_actor_name"), col("target_name").as("target_actor_name"),
            explode(col("mentions")).as("m"))
        .select(col("*"), col("m.*")).drop("m");
    Dataset<Row> withIds = ranked(m, "mention_id", col("article_id"), col("event_index"), col("mention_index"))
        .join(events().select("event_key", "event_id"), "event_key");
    return withIds.select(Tables.MENTIONS.stream().map(c -> switch (c) {
      case "mentioned_at" -> storedAt.as(c);
      case "in_duplicate" -> lit(false).as(c);
      default -> col(c);
    }).toArray(Column[]::new));
  }

  Dataset<Row> articleEvents() {
    Dataset<Row> e = reported().withColumn("num_mentions", size(col("mentions")))
        .join(events().select("event_key", "event_id"), "event_key");
    return e.select(Tables.ARTICLE_EVENTS.stream().map(c -> col(c)).toArray(Column[]::new));
  }

  /** Releases the persisted merged events, if they were computed. */
  void release() {
    if (events != null) {
      events.unpersist();
    }
  }

  /** {@code rows} with a first column {@code name}: {@link Ids#ranked} in the order of {@code by}. */
  private Dataset<Row> ranked(Dataset<Row> rows, String name, Column... by) {
    StructType schema = rows.schema();
    List<StructField> fields = new ArrayList<>(List.of(schema.fields()));
    fields.addFirst(DataTypes.createStructField(name, DataTypes.LongType, false));
    JavaRDD<Row> withIds = rows.orderBy(by).javaRDD().zipWithIndex().map(t -> {
      Object[] v = new Object[t._1().size() + 1];
      v[0] = Ids.ranked(t._2());
      for (int i = 0; i < t._1().size(); i++) {
        v[i + 1] = t._1().get(i);
      }
      return RowFactory.create(v);
    });
    return spark.createDataFrame(withIds, DataTypes.createStructType(fields));
  }

  private static Column typedNull(String column) {
    StructField f = Tables.TYPED_NULLS.apply(column);
    return lit(null).cast(f.dataType()).as(column);
  }
}
