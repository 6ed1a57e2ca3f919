package org.dyad.dates;

/** Looks at the words around a match, for the checks a regular expression cannot make. */
final class Words {

  private Words() {}

  /** The word (letters only) ending just before {@code pos}, skipping spaces; "" if none. */
  static String before(CharSequence text, int pos) {
    int end = pos;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.subSequence(start, end).toString();
  }

  /** The word (letters only) starting at {@code pos} after spaces; "" if none. */
  static String after(CharSequence text, int pos) {
    int start = pos;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.subSequence(start, end).toString();
  }

  /** Whether {@code word} begins with an upper-case letter. */
  static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  static boolean startsWithIgnoreCase(String s, String prefix) {
    return s.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}
