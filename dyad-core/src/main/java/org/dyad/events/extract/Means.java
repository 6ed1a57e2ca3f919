package org.dyad.events.extract;

import java.util.Set;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.events.cameo.CameoCode;
import org.dyad.events.cameo.Codebook;
import org.dyad.nlp.Parse;

/**
 * Refines a generic use of force (CAMEO 190) by the weapons the clause names: aircraft and drones
 * make it an air strike (195), artillery and tanks 194, guns and snipers 193 — "attacked by
 * Russian drones", "shelled with artillery".
 */
final class Means {
  private static final Set<String> AIR = Set.of("drone", "drones", "warplane", "warplanes", "jet", "jets", "aircraft",
      "helicopter", "helicopters", "airstrike", "airstrikes", "bomber", "bombers", "air", "uav", "uavs", "missile",
      "missiles");
  private static final Set<String> ARTILLERY = Set.of("artillery", "tank", "tanks", "mortar", "mortars", "howitzer",
      "shell", "shells", "shelling", "rocket", "rockets");
  private static final Set<String> SMALL_ARMS = Set.of("sniper", "snipers", "gunfire", "rifle", "rifles", "gunmen");
  private static final int DEPTH = 3;

  private Means() {}

  static CameoCode refine(CameoCode code, SentenceView v, int trigger, Codebook codebook) {
    if (!code.code().equals("190")) {
      return code;
    }
    String found = search(v, trigger, 0);
    return found == null ? code : codebook.get(found);
  }

  private static String search(SentenceView v, int t, int depth) {
    Parse p = v.parse();
    for (int c : p.children(t)) {
      String rel = p.relation(c);
      if (rel.startsWith("acl") || rel.startsWith("advcl") || rel.startsWith("ccomp") || rel.startsWith("parataxis")
          || rel.startsWith("conj")) {
        continue;
      }
      String w = v.token(c).word().toLowerCase(java.util.Locale.ROOT);
      if (AIR.contains(w)) {
        return "195";
      }
      if (ARTILLERY.contains(w)) {
        return "194";
      }
      if (SMALL_ARMS.contains(w)) {
        return "193";
      }
      if (depth < DEPTH) {
        String below = search(v, c, depth + 1);
        if (below != null) {
          return below;
        }
      }
    }
    return null;
  }
}
