package org.dyad.actors;

/**
 * Who takes part in an event: a state actor (a country, possibly with a sector, possibly a named
 * person) or an international or non-governmental organisation.
 */
public sealed interface Actor permits StateActor, Organisation {

  /** CAMEO-style code: {@code AZEGOV}, {@code TUR}, {@code IGOUN}, {@code NGOAMNESTY}. */
  String code();

  /** ISO 3166 alpha-3 code of the actor's country, or null for organisations. */
  String country();

  /** The actor's sector, or null when the text gives no role. */
  Sector sector();

  /** Short name of the organisation ("UN", "OTS"), or null for state actors. */
  String org();

  /** Resolved name: the person's full name, the organisation's or country's name. */
  String name();

  /** True when both are the same entity for event coding: same country, or same organisation. */
  default boolean sameEntity(Actor other) {
    return other != null && code().equals(other.code());
  }
}
