package org.dyad.spark;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dyad.spark.InputItem.ProblemData;
import org.dyad.spark.StandardCoderSource.ActorFile;
import scala.Tuple2;

/**
 * One run: list the inputs, read them (one task per group of files), spread the articles over
 * the coding partitions by their id, code each partition with the executor's one pipeline, and
 * write articles, article events, mentions, merged events and problems as Parquet to a staging
 * folder committed atomically ({@link OutputFolder}).
 *
 * <p>Coding is the only expensive step and runs once: its rows are persisted and every table is
 * derived from them. Every step is deterministic (files in URI order, items numbered in file
 * order, ids from those numbers or from ranks), so a retried task writes what the failed one
 * would have, Spark's commit protocol keeps only one attempt's files, and a rerun over the same
 * input writes the same rows.
 */
public final class CodingJob {
  static final int PROBLEMS_SHOWN = 20;

  private final SparkSession spark;
  private final JobSettings settings;
  private final CoderSource coders;

  public CodingJob(SparkSession spark, JobSettings settings, CoderSource coders) {
    this.spark = spark;
    this.settings = settings;
    this.coders = coders;
  }

  /** A job with {@code dyad code}'s coder and the settings' actor dictionaries, checked here. */
  public static CodingJob standard(SparkSession spark, JobSettings settings) throws IOException {
    List<ActorFile> actors = new ArrayList<>();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    for (String file : settings.actorFiles()) {
      Path p = new Path(file);
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.isFile(p)) {
        throw new IllegalArgumentException("cannot read actor dictionary " + file + ": no such file");
      }
      try (InputStream in = fs.open(p)) {
        actors.add(new ActorFile(p.getName(), in.readAllBytes()));
      }
    }
    StandardCoderSource source = new StandardCoderSource(actors);
    try {
      source.gazetteer();
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read actor dictionary: " + e.getMessage(), e);
    }
    return new CodingJob(spark, settings, source);
  }

  public JobReport run() throws IOException {
    long t0 = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    OutputFolder out = new OutputFolder(conf, settings.output(), spark.sparkContext().applicationId());
    if (out.exists() && !settings.overwrite()) {
      throw new IllegalArgumentException(settings.output() + " exists: name a new output folder, or pass --overwrite");
    }
    InputListing.Listing listing = new InputListing(conf).list(settings.inputs());
    int partitions = settings.partitionsFor(jsc.defaultParallelism());
    JavaRDD<InputItem> items = read(jsc, listing, conf, partitions);
    CoderSource source = coders; // a local, so the task closure does not capture this job
    JavaRDD<Row> codedRows = items.mapToPair(i -> new Tuple2<>(i.key(), i))
        .partitionBy(new HashPartitioner(partitions))
        .values()
        .mapPartitions(it -> CodingTask.code(it, source));
    Dataset<Row> coded = spark.createDataFrame(codedRows, Tables.CODED).persist(StorageLevel.MEMORY_AND_DISK());
    LocalDateTime storedAt = settings.storedAt() != null ? settings.storedAt()
        : LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    OutputTables tables = new OutputTables(spark, coded, storedAt);
    try {
      write(tables.articles().repartition(partitions).sortWithinPartitions("article_id"), out, Tables.ARTICLES_DIR, null);
      byDate(tables.articleEvents(), partitions, "event_id", out, Tables.ARTICLE_EVENTS_DIR);
      byDate(tables.mentions(), partitions, "mention_id", out, Tables.MENTIONS_DIR);
      byDate(tables.events(), partitions, "event_id", out, Tables.EVENTS_DIR);
      Dataset<Row> problems = tables.problems().union(driverProblems(listing.problems()));
      write(problems.coalesce(1).sortWithinPartitions("input", "location", "message"), out, Tables.PROBLEMS_DIR, null);
      JobReport report = report(coded, tables.events().count(), problems, listing, out, t0);
      out.commit(manifest(report, storedAt, partitions), settings.overwrite());
      return report;
    } catch (IOException | RuntimeException failure) {
      out.abandon();
      throw failure;
    } finally {
      coded.unpersist();
      tables.release();
    }
  }

  private JavaRDD<InputItem> read(JavaSparkContext jsc, InputListing.Listing listing, Configuration conf, int slices) {
    List<InputFile> text = listing.ofKind(InputFile.Kind.TEXT);
    HashMap<String, String> confValues = new HashMap<>();
    conf.forEach(e -> confValues.put(e.getKey(), e.getValue()));
    Broadcast<HashMap<String, String>> shared = jsc.broadcast(confValues);
    ReadOptions options = settings.read();
    JavaRDD<InputItem> fromText = text.isEmpty() ? jsc.emptyRDD()
        : jsc.parallelize(text, Math.min(text.size(), slices))
            .flatMap(f -> TextFileReader.read(f, options.settings(), configuration(shared.value())));
    return fromText.union(ParquetArticles.read(spark, listing.ofKind(InputFile.Kind.PARQUET), options));
  }

  private static Configuration configuration(Map<String, String> values) {
    Configuration c = new Configuration(false);
    values.forEach(c::set);
    return c;
  }

  private Dataset<Row> driverProblems(List<ProblemData> problems) {
    List<Row> rows = problems.stream()
        .map(p -> org.apache.spark.sql.RowFactory.create(p.severity(), p.input(), p.location(), p.message())).toList();
    return spark.createDataFrame(rows, Tables.PROBLEMS);
  }

  private static void byDate(Dataset<Row> table, int partitions, String id, OutputFolder out, String name) {
    // One task per date: a decade of news is some 3,650 folders of a few files, not one file per task and date.
    write(table.repartition(partitions, col(Tables.PARTITION)).sortWithinPartitions(col(Tables.PARTITION), col(id)),
        out, name, Tables.PARTITION);
  }

  private static void write(Dataset<Row> table, OutputFolder out, String name, String partitionColumn) {
    var writer = table.write().mode(SaveMode.ErrorIfExists);
    if (partitionColumn != null) {
      writer = writer.partitionBy(partitionColumn);
    }
    writer.parquet(out.table(name));
  }

  private JobReport report(Dataset<Row> coded, long events, Dataset<Row> problems, InputListing.Listing listing,
      OutputFolder out, long t0) {
    Row counts = coded.agg(
        sum(when(col("coded"), 1).otherwise(0)),
        sum(size(col("events"))),
        sum(aggregate(col("events"), lit(0), (acc, e) -> acc.plus(size(e.getField("mentions")))))).first();
    Row severities = problems.agg(count(when(col("severity").equalTo("error"), 1)),
        count(when(col("severity").equalTo("warning"), 1))).first();
    List<String> shown = problems.limit(PROBLEMS_SHOWN).collectAsList().stream()
        .map(r -> new ProblemData(r.getString(0), r.getString(1), r.getString(2), r.getString(3)).describe()).toList();
    return new JobReport(out.path().toString(), listing.files().size(), longOf(counts, 0), longOf(counts, 1), events,
        longOf(counts, 2), severities.getLong(0), severities.getLong(1), shown, (System.nanoTime() - t0) / 1e9);
  }

  private static long longOf(Row r, int i) {
    return r.isNullAt(i) ? 0 : ((Number) r.get(i)).longValue();
  }

  private String manifest(JobReport report, LocalDateTime storedAt, int partitions) {
    ObjectNode m = new ObjectMapper().createObjectNode();
    m.put("format", "dyad-spark");
    m.put("schema_version", Tables.SCHEMA_VERSION);
    m.put("stored_at", storedAt.toString());
    m.put("spark_version", spark.version());
    m.put("partitions", partitions);
    settings.inputs().forEach(m.putArray("inputs")::add);
    ObjectNode counts = m.putObject("counts");
    counts.put("input_files", report.inputFiles());
    counts.put("articles", report.articles());
    counts.put("article_events", report.articleEvents());
    counts.put("events", report.events());
    counts.put("mentions", report.mentions());
    counts.put("errors", report.errors());
    counts.put("warnings", report.warnings());
    return m.toPrettyString() + "\n";
  }
}
