package org.dyad.events;

/**
 * A stretch of the article text.
 *
 * @param begin character offset in the article text, inclusive
 * @param end character offset, exclusive
 * @param text the words between them
 */
public record Span(int begin, int end, String text) {

  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
  }

  /** The span of {@code articleText} between the offsets. */
  public static Span of(String articleText, int begin, int end) {
    return new Span(begin, end, articleText.substring(begin, end));
  }
}
