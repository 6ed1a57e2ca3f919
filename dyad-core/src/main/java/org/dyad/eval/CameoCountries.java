package org.dyad.eval;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ISO alpha-3 country of a CAMEO actor code, as used in the PLOVER gold-standard records.
 *
 * <p>CAMEO's country codes are ISO 3166 alpha-3 except for a few older ones; those that occur in
 * the GSR file are mapped here. Codes for non-state actors (IGO, NGO, ...) and sector-only codes
 * name no country. A code longer than three letters ({@code USAGOV}) is read by its first three.
 */
public final class CameoCountries {

  /** CAMEO's own codes where ISO differs. */
  private static final Map<String, String> OLD_CODES = Map.of(
      "JAP", "JPN", // Japan
      "ITL", "ITA", // Italy
      "VTN", "VNM"); // Vietnam

  /** Codes that name no country: non-state actors, CAMEO religion/ethnic groups, and sectors. */
  private static final Set<String> NOT_COUNTRIES = Set.of(
      "IGO", "NGO", "IMG", "MNC", "ISM", "UAF",
      "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "REB", "CVL", "MED", "BUS", "HRI",
      "REF", "EDU", "LAB", "REL", "ELI", "CRM", "AGR", "ENV", "HLT", "INS", "MOD", "RAD", "SEP");

  private CameoCountries() {}

  /** The ISO alpha-3 country of a CAMEO code; empty for non-state, sector-only or malformed codes. */
  public static Optional<String> iso(String cameoCode) {
    if (cameoCode == null) {
      return Optional.empty();
    }
    String code = cameoCode.strip().toUpperCase(Locale.ROOT);
    if (code.length() < 3 || !code.substring(0, 3).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return Optional.empty();
    }
    String head = code.substring(0, 3);
    if (NOT_COUNTRIES.contains(head)) {
      return Optional.empty();
    }
    return Optional.of(OLD_CODES.getOrDefault(head, head));
  }
}
