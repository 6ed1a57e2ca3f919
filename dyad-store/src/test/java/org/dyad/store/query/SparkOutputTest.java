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
      // Write the tables as the Spark job lays them out.
      Files.createDirectories(out);
      try (Statement s = store.db().connection().createStatement()) {
        for (String table : List.of("events", "mentions")) {
          s.execute("COPY " + table + " TO '" + out.resolve(table) + "' (FORMAT PARQUET, PARTITION_BY (event_date))");
        }
        Files.createDirectories(out.resolve("articles"));
        s.execute("COPY articles TO '" + out.resolve("articles/part-0.parquet") + "' (FORMAT PARQUET)");
      }
    }
    Files.writeString(out.resolve("_dyad.json"), "{}");
    try (Database spark = Database.open(out)) {
      assertEquals(fromDatabase, cameo(EventQuery.run(spark, dyad, EventQuery.Sort.ID, false, 100)));
      assertTrue(!fromDatabase.isEmpty());
      assertTrue(spark.readOnly());
      StoreException e = assertThrows(StoreException.class,
          () -> new org.dyad.store.Ingestor(spark, null, new org.dyad.store.Ingestor.Settings(50, 1), p -> { }));
      assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    }
  }

  @Test
  void aFolderWithoutTheManifestIsRefused(@TempDir Path dir) {
    StoreException e = assertThrows(StoreException.class, () -> Database.openExisting(dir));
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }
}
