package org.dyad.actors;

import java.util.Objects;

/**
 * An international (IGO) or non-governmental (NGO) organisation.
 *
 * @param kind intergovernmental or not
 * @param acronym short name, upper case: "UN", "NATO", "OTS", "AMNESTY"
 * @param name full name: "Organization of Turkic States"
 */
public record Organisation(Kind kind, String acronym, String name) implements Actor {

  public Organisation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(acronym, "acronym");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String code() {
    return kind.name() + acronym;
  }

  @Override
  public String country() {
    return null;
  }

  @Override
  public Sector sector() {
    return null;
  }

  @Override
  public String org() {
    return acronym;
  }

  /** Intergovernmental or non-governmental. */
  public enum Kind {
    IGO,
    NGO
  }
}
