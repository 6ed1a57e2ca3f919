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

  /**
   * The quad class of a two-digit CAMEO root, by GDELT's convention: 01-05 verbal cooperation,
   * 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict. Other datasets
   * draw the lines a little differently; we follow GDELT so that our output compares with its data.
   *
   * @throws IllegalArgumentException if {@code root} is not one of "01" to "20"
   */
  public static QuadClass forRoot(String root) {
    if (root == null || root.length() != 2 || !root.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not a CAMEO root: " + root);
    }
    int n = Integer.parseInt(root);
    if (n >= 1 && n <= 5) {
      return VERBAL_COOPERATION;
    } else if (n >= 6 && n <= 8) {
      return MATERIAL_COOPERATION;
    } else if (n >= 9 && n <= 13) {
      return VERBAL_CONFLICT;
    } else if (n >= 14 && n <= 20) {
      return MATERIAL_CONFLICT;
    }
    throw new IllegalArgumentException("not a CAMEO root: " + root);
  }
}
