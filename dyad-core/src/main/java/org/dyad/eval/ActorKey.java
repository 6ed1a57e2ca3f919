package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the scorer compares an actor on: its entity (ISO alpha-3 country, or a normalised
 * organisation such as {@code UN}) and, for country actors, its sector.
 *
 * <p>The factories reproduce score.py's {@code gold_actor} and {@code sys_actor} exactly, so that
 * both sides of a comparison are reduced the same way.
 *
 * @param entity ISO alpha-3 country or normalised organisation name
 * @param sector three-letter sector such as {@code GOV}, or null when none is given (always null
 *     for organisations)
 */
public record ActorKey(String entity, String sector) {

  /** The United Nations under the names coders use for it. */
  private static final Set<String> UN_FAMILY = Set.of("UN", "UNSC", "UNGA", "UNO", "UNITED_NATIONS");

  /** CAMEO code prefixes whose rest names an organisation, not a sector. */
  private static final Set<String> ORG_PREFIXES = Set.of("IGO", "NGO", "MNC", "IMG");

  public ActorKey {
    Objects.requireNonNull(entity, "entity");
  }

  /**
   * The key of a gold actor code ({@code AZE.GOV}, {@code IGO.UN}, {@code NGO.HRW}), or null for a
   * null code.
   */
  public static ActorKey ofGold(String code) {
    if (code == null) {
      return null;
    }
    if (code.startsWith("IGO.") || code.startsWith("NGO.")) {
      return new ActorKey(normaliseOrg(code.substring(4)), null);
    }
    int dot = code.indexOf('.');
    String country = dot < 0 ? code : code.substring(0, dot);
    String sector = dot < 0 ? "" : code.substring(dot + 1);
    return new ActorKey(upper(country), sector.isEmpty() ? null : upper(sector));
  }

  /**
   * The key of a system event's actor: an object with {@code country}, {@code sector}, {@code org}
   * or a CAMEO-style {@code code} ({@code AZEGOV}, {@code IGOUNO}), or such a code as a bare string.
   * Returns null when it names no actor.
   */
  public static ActorKey ofSystem(JsonNode actor) {
    if (!Json.truthy(actor) || !(actor.isObject() || actor.isTextual())) {
      return null;
    }
    String country = null;
    String sector = null;
    String org = null;
    String code;
    if (actor.isTextual()) {
      code = actor.textValue();
    } else {
      country = Json.truthyText(actor, "country");
      sector = Json.truthyText(actor, "sector");
      org = Json.truthyText(actor, "org");
      code = Json.truthyText(actor, "code");
    }
    code = code == null ? "" : upper(code);
    // Explicit fields win; the code is only split when neither a country nor an org is given.
    if (country == null && org == null && !code.isEmpty()) {
      if (ORG_PREFIXES.contains(prefix(code, 3))) {
        org = code.length() > 3 ? code.substring(3) : code;
      } else {
        country = prefix(code, 3);
        sector = code.length() > 3 ? code.substring(3, Math.min(6, code.length())) : null;
      }
    }
    if (country != null) {
      return new ActorKey(upper(country), sector == null ? null : upper(sector));
    }
    return org == null ? null : new ActorKey(normaliseOrg(org), null);
  }

  /** Upper case, spaces to underscores, and the UN family to {@code UN}. */
  public static String normaliseOrg(String org) {
    String name = upper(org == null ? "" : org).replace(" ", "_");
    return UN_FAMILY.contains(name) ? "UN" : name;
  }

  /** The first {@code n} characters, or all of a shorter string: Python's {@code s[:n]}. */
  static String prefix(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
