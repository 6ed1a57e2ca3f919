package org.dyad.store;

import static org.dyad.store.Articles.article;

/** A small database of our own: AZE–ARM and AZE–TUR events over 2024, for query and export tests. */
public final class Sample {
  private Sample() {}

  /** Ingests the sample articles into the fixture's database. */
  static void fill(StoreFixture f) {
    f.ingest(
        article("s1", "2024-01-10", "https://wire.example/s1", "Wire", "Baku talks: [AZEGOV 040 ARMGOV @Baku]"
            + " and a complaint [ARMGOV 111 AZEGOV]."),
        article("s2", "2024-01-11", "https://daily.example/s2", "Daily", "Shelling [AZEMIL 194 ARMMIL 2024-01-09]"
            + " near the border, said officials in \"Yerevan\", and [AZEGOV 040 TURGOV]."),
        article("s3", "2024-03-05", "https://wire.example/s3", "Wire", "Agreement [ARMGOV 057 AZEGOV @Washington]"
            + " signed; the UN [IGOUN 020 AZEGOV] called for calm."),
        article("s4", "2024-03-05", null, "Gazette", "Again the agreement [ARMGOV 057 AZEGOV] was reported."));
  }

  /**
   * Three events at resolved places ({@link MarkupCoder#PLACES}): in a city (Shusha, Azerbaijan),
   * a first-level division (Texas) and a country (Germany), for the GDELT geography fields.
   */
  static void fillPlaced(StoreFixture f) {
    f.ingest(
        article("p1", "2024-05-08", "https://wire.example/p1", "Wire", "Talks in the city:"
            + " [AZEGOV 040 TURGOV @Shusha] on the reopening of roads."),
        article("p2", "2024-05-09", "https://daily.example/p2", "Daily", "Border visit:"
            + " [USAGOV 042 MEXGOV @Texas] by the delegation."),
        article("p3", "2024-05-10", "https://wire.example/p3", "Wire", "Summit:"
            + " [DEUGOV 036 FRAGOV @Germany] on energy."));
  }
}
