package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet articles with the JSON article's columns are coded as the same JSON lines would be. */
class ParquetInputTest {
  @Test
  void parquetArticles_giveTheEventsOfTheSameJsonLines_andRowsAreNamedInProblems(@TempDir Path temp) throws IOException {
    Fixtures.Run json = Fixtures.standardRun();
    SparkSession spark = LocalSpark.session();
    // The JSON articles as Parquet rows, in file order (the broken line left out), then a row without text.
    List<Row> rows = new ArrayList<>();
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    for (String line : Files.readAllLines(json.input().resolve("articles.jsonl"))) {
      com.fasterxml.jackson.databind.JsonNode o;
      try {
        o = mapper.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException broken) {
        continue;
      }
      // A DATE column is read as the ISO date it holds.
      rows.add(RowFactory.create(text(o, "id"), o.hasNonNull("date") ? java.time.LocalDate.parse(o.get("date").asText()) : null,
          text(o, "title"), text(o, "url"), text(o, "source"), text(o, "text")));
    }
    rows.add(RowFactory.create("no-text", null, null, null, null, null));
    StructType schema = new StructType().add("id", DataTypes.StringType).add("date", DataTypes.DateType)
        .add("title", DataTypes.StringType).add("url", DataTypes.StringType).add("source", DataTypes.StringType)
        .add("text", DataTypes.StringType);
    Dataset<Row> typed = spark.createDataFrame(rows, schema);
    Path in = Files.createDirectories(temp.resolve("in"));
    typed.coalesce(1).write().parquet(in.resolve("articles.parquet").toString());
    Files.copy(json.input().resolve("kyiv-note.txt"), in.resolve("kyiv-note.txt"));

    JobReport report = new CodingJob(spark, LocalSpark.settings(List.of(in.toString()), temp.resolve("out")),
        new StandardCoderSource(List.of())).run();

    List<String> fromJson = export(json.output());
    List<String> fromParquet = export(temp.resolve("out"));
    // The one article without an id is named after its file and line or row: the only difference.
    assertEquals(fromJson.stream().filter(l -> !l.contains("articles.jsonl:2")).toList(),
        fromParquet.stream().filter(l -> !l.matches(".*\"doc\":\"part-[^\"]*\\.parquet:2\".*")).toList());
    assertTrue(fromParquet.stream().anyMatch(l -> l.matches(".*\"doc\":\"part-[^\"]*\\.parquet:2\".*")), fromParquet.toString());
    assertEquals(7, report.articles());
    assertTrue(report.firstProblems().stream().anyMatch(p -> p.matches("error: .*part-.*\\.parquet: row 7: no \"text\" field")),
        report.firstProblems().toString());
  }

  private static String text(com.fasterxml.jackson.databind.JsonNode o, String field) {
    return o.hasNonNull(field) ? o.get(field).asText() : null;
  }

  private static List<String> export(Path output) {
    List<String> lines = new ArrayList<>();
    EventsExport.export(LocalSpark.session(), output.toString(), lines::add);
    return lines;
  }
}
