package org.dyad.store;

import java.nio.file.Path;

/** The {@link Sample} database, opened for tests in other packages. */
public final class SampleStore implements AutoCloseable {
  private final StoreFixture fixture;

  private SampleStore(StoreFixture fixture) {
    this.fixture = fixture;
  }

  public static SampleStore open(Path dir) {
    StoreFixture f = new StoreFixture(dir);
    Sample.fill(f);
    return new SampleStore(f);
  }

  /** The {@link Sample#fillPlaced placed} events' database: one event in a city, a division and a country. */
  public static SampleStore openPlaced(Path dir) {
    StoreFixture f = new StoreFixture(dir);
    Sample.fillPlaced(f);
    return new SampleStore(f);
  }

  public Database db() {
    return fixture.db;
  }

  @Override
  public void close() {
    fixture.close();
  }
}
