package org.dyad.places.geonames.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The ways a first-level division is written: "Shusha District" is also "Shusha". */
final class Admin1Names {
  private static final Pattern KIND = Pattern.compile(
      "\\s+(District|Province|Region|Governorate|Oblast|State|Municipality|County|Prefecture|Department|Division|"
          + "Territory|Voivodeship|Krai|Republic|Emirate|Parish|Canton|Autonomous Region|Autonomous Province|Rayon|Strip)$");
  private static final Pattern PREFIX = Pattern.compile("^(Autonomous Republic of|Republic of|Province of|Region of|State of)\\s+");

  private Admin1Names() {}

  static List<String> variants(String name) {
    List<String> out = new ArrayList<>(3);
    out.add(name);
    String bare = PREFIX.matcher(KIND.matcher(name).replaceFirst("")).replaceFirst("");
    if (!bare.equals(name) && bare.length() > 2) {
      out.add(bare);
    }
    return out;
  }
}
