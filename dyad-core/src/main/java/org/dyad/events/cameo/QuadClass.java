package org.dyad.events.cameo;

/** The four quad classes of CAMEO roots, numbered as in GDELT and ICEWS. */
public enum QuadClass {
  VERBAL_COOPERATION(1),
  MATERIAL_COOPERATION(2),
  VERBAL_CONFLICT(3),
  MATERIAL_CONFLICT(4);

  private final int number;

  QuadClass(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }
}
