package org.dyad.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One date pattern and the parser that turns its matches into {@link DateExpression}s.
 *
 * <p>Every pattern names the expression proper as group {@code core}; words that only introduce
 * it ("on", "in") are matched outside it. The parser returns null to reject a match that the
 * pattern alone cannot rule out, such as the count in "in July 3 people died".
 *
 * @param name a short name for messages and benchmarks
 * @param requires the {@link Triggers} bits a text must hold for the pattern to match in it
 * @param pattern the compiled pattern
 * @param parser turns a match into an expression
 */
record Rule(String name, int requires, Pattern pattern, Parser parser) {

  /** Turns one match into an expression, or null to reject it. */
  @FunctionalInterface
  interface Parser {
    DateExpression parse(Matcher match, CharSequence text);
  }

  static Rule of(String name, int requires, String regex, Parser parser) {
    return new Rule(name, requires, Pattern.compile(regex), parser);
  }
}
