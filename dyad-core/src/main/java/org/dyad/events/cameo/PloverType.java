package org.dyad.events.cameo;

/** PLOVER 2 event types; {@link #OTHER} stands for CAMEO 01 and 09, which PLOVER does not code. */
public enum PloverType {
  AGREE,
  CONSULT,
  SUPPORT,
  CONCEDE,
  COOPERATE,
  AID,
  RETREAT,
  REQUEST,
  ACCUSE,
  REJECT,
  THREATEN,
  PROTEST,
  SANCTION,
  MOBILIZE,
  COERCE,
  ASSAULT,
  OTHER
}
