package org.dyad.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.dyad.store.Database;
import org.dyad.store.SampleStore;
import org.dyad.store.StoreException;
import org.dyad.store.export.ExportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spark output folder (Parquet tables in the store's schema, events and mentions partitioned by
 * event date, a manifest written last) is queried in place like a database file.
 */
class SparkOutputTest {

  private static List<Object> cameo(Table t) {
    return t.rows().stream().map(r -> r.get(t.columns().indexOf("cameo"))).toList();
  }

  @Test
  void aSparkOutputFolderAnswersTheSameQueriesAsTheDatabase(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("spark-out");
    EventFilter dyad = new EventFilter.Builder().dyad(EventFilter.Dyad.parse("AZE,ARM", false)).build();
    List<Object> fromDatabase;
    try (SampleStore store = SampleStore.open(dir)) {
      fromDatabase = cameo(EventQuery.run(store.db(), dyad, EventQuery.Sort.ID, false, 100));
      writeSparkLayout(store.db(), out, "events");
    }
    try (Database spark = Database.open(out)) {
      assertEquals(fromDatabase, cameo(EventQuery.run(spark, dyad, EventQuery.Sort.ID, false, 100)));
      assertTrue(!fromDatabase.isEmpty());
      assertTrue(spark.readOnly());
      StoreException e = assertThrows(StoreException.class,
          () -> new org.dyad.store.Ingestor(spark, null, new org.dyad.store.Ingestor.Settings(50, 1), p -> { }));
      assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    }
  }

  /**
   * Writes the tables as the Spark job lays them out, events from {@code events} (a table or a
   * query), then the manifest.
   */
  private static void writeSparkLayout(Database db, Path out, String events) throws Exception {
    Files.createDirectories(out);
    try (Statement s = db.connection().createStatement()) {
      s.execute("COPY (FROM " + events + ") TO '" + out.resolve("events") + "' (FORMAT PARQUET, PARTITION_BY (event_date))");
      s.execute("COPY mentions TO '" + out.resolve("mentions") + "' (FORMAT PARQUET, PARTITION_BY (event_date))");
      Files.createDirectories(out.resolve("articles"));
      s.execute("COPY articles TO '" + out.resolve("articles/part-0.parquet") + "' (FORMAT PARQUET)");
    }
    Files.writeString(out.resolve("_dyad.json"), "{}");
  }

  @Test
  void aSparkOutputHasThePlacesAdmin1CodeAndGazetteerName(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("spark-out");
    try (SampleStore store = SampleStore.openPlaced(dir)) {
      writeSparkLayout(store.db(), out, "events");
    }
    try (Database spark = Database.openExisting(out)) {
      Table t = EventQuery.run(spark, EventFilter.all(), EventQuery.Sort.ID, false, 100);
      assertEquals(List.of("55", "TX"), column(t, "place_admin1_code").subList(0, 2));
      assertEquals("Şuşa", column(t, "place_gazetteer_name").getFirst());
    }
  }

  @Test
  void aSparkOutputWrittenBeforeSchemaVersionTwoReadsItsNewColumnsAsNull(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("old-spark-out");
    try (SampleStore store = SampleStore.openPlaced(dir)) {
      writeSparkLayout(store.db(), out, "(SELECT * EXCLUDE (place_admin1_code, place_gazetteer_name) FROM events)");
    }
    try (Database spark = Database.openExisting(out)) {
      try (Statement s = spark.connection().createStatement();
          java.sql.ResultSet r = s.executeQuery("SELECT column_type FROM (DESCRIBE events)"
              + " WHERE column_name IN ('place_admin1_code', 'place_gazetteer_name')")) {
        int n = 0;
        while (r.next()) {
          assertEquals("VARCHAR", r.getString(1));
          n++;
        }
        assertEquals(2, n, "both columns are there");
      }
      Table t = EventQuery.run(spark, EventFilter.all(), EventQuery.Sort.ID, false, 100);
      assertEquals(3, t.rows().size());
      assertEquals(java.util.Arrays.asList(null, null, null), column(t, "place_admin1_code"));
      assertEquals(java.util.Arrays.asList(null, null, null), column(t, "place_gazetteer_name"));

      // Exports that name the columns work too; GDELT's codes that need them are left empty.
      Path gdelt = dir.resolve("old.export.CSV");
      ExportFormat.GDELT.export(spark, EventFilter.all(), gdelt);
      String[] shusha = Files.readAllLines(gdelt).getFirst().split("\t", -1);
      assertEquals(List.of("4", "Shusha, Shusha District, Azerbaijan", "AJ", ""), List.of(shusha).subList(51, 55));
      Path csv = dir.resolve("old.csv");
      ExportFormat.CSV.export(spark, EventFilter.all(), csv);
      assertTrue(Files.readAllLines(csv).getFirst().contains("place_admin1_code"));
    }
  }

  private static List<Object> column(Table t, String name) {
    return t.rows().stream().map(r -> r.get(t.columns().indexOf(name))).toList();
  }

  @Test
  void aFolderWithoutTheManifestIsRefused(@TempDir Path dir) {
    StoreException e = assertThrows(StoreException.class, () -> Database.openExisting(dir));
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }
}
