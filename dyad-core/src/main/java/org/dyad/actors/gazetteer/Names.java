package org.dyad.actors.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one normalisation every name lookup goes through: accents folded, lower case, one space. */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private Names() {}

  /** "Türkiye" → "turkiye"; "Côte  d’Ivoire" → "cote d'ivoire". */
  public static String normalize(String s) {
    String t = s;
    if (!isAscii(t)) {
      t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
      t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('ı', 'i');
    }
    t = t.toLowerCase(Locale.ROOT);
    if (t.indexOf("  ") >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\t') >= 0) {
      t = SPACE.matcher(t).replaceAll(" ");
    }
    return t.strip();
  }

  /** English plural of the last word of a role phrase: minister → ministers, party → parties. */
  public static String plural(String phrase) {
    if (phrase.endsWith("man")) {
      return phrase.substring(0, phrase.length() - 3) + "men";
    }
    if (phrase.endsWith("person")) {
      return phrase.substring(0, phrase.length() - 6) + "people";
    }
    if (phrase.endsWith("s") || phrase.endsWith("x") || phrase.endsWith("ch") || phrase.endsWith("sh")) {
      return phrase + "es";
    }
    if (phrase.endsWith("y") && phrase.length() > 1 && "aeiou".indexOf(phrase.charAt(phrase.length() - 2)) < 0) {
      return phrase.substring(0, phrase.length() - 1) + "ies";
    }
    return phrase + "s";
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
