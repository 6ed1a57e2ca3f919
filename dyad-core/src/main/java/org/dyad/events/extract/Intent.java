package org.dyad.events.extract;

import org.dyad.events.cameo.CameoCode;
import org.dyad.events.cameo.Codebook;

/**
 * Maps an event an actor says will happen to CAMEO's intent codes: "will meet" is 036, "agreed to
 * provide aid" 033; a stated intention to use force is a threat (138).
 */
final class Intent {
  private Intent() {}

  static CameoCode of(CameoCode code, Codebook codebook) {
    String intent = switch (code.root()) {
      case "01", "02", "03", "10", "11", "12", "13" -> code.code();
      case "04" -> "036";
      case "05" -> "032";
      case "06" -> "031";
      case "07" -> "033";
      case "08" -> "035";
      case "09" -> "030";
      case "14", "15" -> "130";
      case "16" -> "132";
      case "17" -> "137";
      default -> "138";
    };
    return codebook.get(intent);
  }

  /** A decision taken by the actor itself: sanctions and coercion are done by deciding them. */
  static CameoCode decided(CameoCode code, Codebook codebook) {
    return switch (code.root()) {
      case "16", "17" -> code;
      default -> of(code, codebook);
    };
  }
}
