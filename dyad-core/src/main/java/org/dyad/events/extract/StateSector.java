package org.dyad.events.extract;

import java.util.Set;
import org.dyad.actors.Actor;
import org.dyad.actors.Sector;
import org.dyad.actors.StateActor;
import org.dyad.events.cameo.CameoCode;

/**
 * The sector of a country named as a whole when it acts: a state acts through its government in
 * diplomacy, statements, sanctions and coercion ("Iran condemned", "a visit to China"), and
 * through its armed forces when it uses or shows force ("Israel struck", "Pakistan violated the
 * ceasefire"). The victim of force named only as a country keeps no sector: it may be its people.
 */
final class StateSector {
  private static final Set<String> MILITARY_CODES = Set.of("062", "072", "0874", "138");
  private static final Set<String> MILITARY_ROOTS = Set.of("15", "18", "19", "20");

  private StateSector() {}

  static Actor apply(Actor actor, CameoCode code, boolean source, String countryName) {
    if (!(actor instanceof StateActor s) || s.sector() != null || !s.name().equals(countryName)) {
      return actor;
    }
    boolean force = MILITARY_ROOTS.contains(code.root()) || MILITARY_CODES.contains(code.code());
    if (force) {
      return source || MILITARY_CODES.contains(code.code()) ? s.withSector(Sector.MIL) : s;
    }
    return s.withSector(Sector.GOV);
  }
}
