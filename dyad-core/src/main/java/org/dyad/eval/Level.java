package org.dyad.eval;

/**
 * The five scoring levels of score.py, each a set of conditions on top of "same entities in the
 * gold direction (or either, when symmetric) and same CAMEO root".
 */
public enum Level {
  /** Entity dyad + CAMEO root. */
  DYAD(1, "entity dyad + CAMEO root", false, false, false, false),
  /** + the event date equals the gold date, when the gold gives one. */
  DATE(2, "+ date", true, false, false, false),
  /** + the actor sectors equal, when the gold gives one. */
  SECTOR(3, "+ sector", true, true, false, false),
  /** + the place names contain one another, when the gold gives a place. */
  PLACE(4, "+ place", true, true, true, false),
  /** Levels 1–2 with the 3-digit CAMEO code instead of the root. */
  CODE3(5, "dyad+root+date, 3-digit code", true, false, false, true);

  private final int number;
  private final String label;
  private final boolean checksDate;
  private final boolean checksSector;
  private final boolean checksPlace;
  private final boolean checksCode3;

  Level(int number, String label, boolean date, boolean sector, boolean place, boolean code3) {
    this.number = number;
    this.label = label;
    this.checksDate = date;
    this.checksSector = sector;
    this.checksPlace = place;
    this.checksCode3 = code3;
  }

  /** 1 to 5, as score.py prints it ("L3"). */
  public int number() {
    return number;
  }

  /** score.py's name of the level. */
  public String label() {
    return label;
  }

  public boolean checksDate() {
    return checksDate;
  }

  public boolean checksSector() {
    return checksSector;
  }

  public boolean checksPlace() {
    return checksPlace;
  }

  public boolean checksCode3() {
    return checksCode3;
  }

  /** How many leading characters of a CAMEO code this level compares. */
  int codeLength() {
    return checksCode3 ? 3 : 2;
  }
}
