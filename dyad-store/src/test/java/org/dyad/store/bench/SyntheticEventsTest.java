package org.dyad.store.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.dyad.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad bench-store}'s generator writes into the current schema (it is otherwise run only by hand). */
class SyntheticEventsTest {
  @Test
  void generatesEventsAndMentionsInTheCurrentSchema(@TempDir Path dir) throws Exception {
    try (Database db = Database.open(dir.resolve("bench.duckdb"))) {
      SyntheticEvents.generate(db, 500, 7);
      try (Statement s = db.connection().createStatement();
          ResultSet r = s.executeQuery("SELECT count(*), count(place_admin1_code),"
              + " (SELECT count(*) FROM mentions m LEFT JOIN events e USING (event_id) WHERE e.event_id IS NULL)"
              + " FROM events")) {
        r.next();
        assertTrue(r.getLong(1) > 0);
        assertEquals(0, r.getLong(2), "synthetic events have no place");
        assertEquals(0, r.getLong(3), "every mention has its event");
      }
    }
  }
}
