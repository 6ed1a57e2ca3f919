package org.dyad.events.cameo;

import java.util.Objects;

/**
 * One entry of the CAMEO event codebook with its PLOVER mapping.
 *
 * @param code 2-, 3- or 4-digit CAMEO code as a string with leading zeros: "04", "040", "0311"
 * @param name CAMEO's short name ("Consult, not specified below")
 * @param goldstein Goldstein scale value, -10 (most conflictual) to +10
 * @param quad quad class of the code's root
 * @param plover PLOVER 2 event type
 * @param ploverMode PLOVER mode where the code implies one ("phone", "visit", "air"), or null
 */
public record CameoCode(String code, String name, double goldstein, QuadClass quad, PloverType plover, String ploverMode) {

  public CameoCode {
    Objects.requireNonNull(code);
    Objects.requireNonNull(name);
    Objects.requireNonNull(quad);
    Objects.requireNonNull(plover);
    if (code.length() < 2 || code.length() > 4 || !code.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not a CAMEO code: " + code);
    }
  }

  /** The two-digit root: "04" for "044". */
  public String root() {
    return code.substring(0, 2);
  }
}
