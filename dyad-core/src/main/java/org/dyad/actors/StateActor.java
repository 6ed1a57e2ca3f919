package org.dyad.actors;

import java.util.Objects;

/**
 * A country's state or people, or a part of it named by sector, or a person acting for it.
 *
 * @param country ISO 3166 alpha-3 code
 * @param sector the role, or null when the text gives none (the country as a whole)
 * @param name the resolved name: a person's full name, or the country's common name
 */
public record StateActor(String country, Sector sector, String name) implements Actor {

  public StateActor {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String code() {
    return sector == null ? country : country + sector.name();
  }

  @Override
  public String org() {
    return null;
  }

  public StateActor withSector(Sector s) {
    return new StateActor(country, s, name);
  }
}
