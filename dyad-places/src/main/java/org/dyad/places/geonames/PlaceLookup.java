package org.dyad.places.geonames;

import java.util.ArrayList;
import java.util.List;

/** The gazetteer as the geoparser sees it: the user's places first, then the index. */
final class PlaceLookup {
  private final PlaceIndex index;
  private final UserPlaces user;

  PlaceLookup(PlaceIndex index, UserPlaces user) {
    this.index = index;
    this.user = user;
  }

  /** The records a normalised name may name; the user's own, when the user lists the name. */
  List<PlaceRecord> candidates(String key) {
    List<PlaceRecord> mine = user.lookup(key);
    if (mine != null) {
      return mine;
    }
    int[] ids = index.lookup(key);
    List<PlaceRecord> out = new ArrayList<>(ids.length);
    for (int id : ids) {
      out.add(index.record(id));
    }
    return out;
  }

  boolean knows(String key) {
    return user.lookup(key) != null || index.lookup(key).length > 0;
  }

  /** A country's record by ISO alpha-3 code, or null. */
  PlaceRecord country(String iso3) {
    int id = index.countryRecord(iso3);
    return id < 0 ? null : index.record(id);
  }
}
