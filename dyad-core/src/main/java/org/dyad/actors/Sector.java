package org.dyad.actors;

import java.util.Optional;

/**
 * The role of an actor inside its country, as the three-letter CAMEO/ICEWS sector codes used in
 * actor codes like {@code AZEGOV}.
 */
public enum Sector {
  GOV("government: heads of state and government, ministers, diplomats, state agencies"),
  MIL("military: armed forces, defence ministry, commanders"),
  COP("police and interior security forces"),
  SPY("intelligence services"),
  JUD("judiciary: courts, judges, prosecutors"),
  LEG("legislature: parliament, legislators"),
  OPP("opposition parties and politicians, dissidents, activists"),
  PTY("political party acting as a party"),
  REB("rebels, insurgents, militants, armed non-state groups"),
  CVL("civilians, residents, citizens"),
  MED("media, journalists"),
  BUS("business, companies"),
  HRI("human rights groups"),
  REF("refugees, displaced people, migrants"),
  EDU("education: students, universities"),
  LAB("labour: unions, workers"),
  REL("religious leaders and bodies"),
  ELI("elites: named individuals without office"),
  CRM("criminals, gangs");

  private final String description;

  Sector(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** The sector with this three-letter code, case-insensitive. */
  public static Optional<Sector> fromCode(String code) {
    for (Sector s : values()) {
      if (s.name().equalsIgnoreCase(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
