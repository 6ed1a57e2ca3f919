package org.dyad.actors.gazetteer;

/**
 * One meaning of a phrase in the gazetteer, with the letter case the text must show for it to
 * count ("US" is the country, "us" is not; "police" counts in any case).
 *
 * @param entry what the phrase means
 * @param form the phrase as listed, whitespace-normalised, for {@link CaseRule#EXACT}
 * @param rule how the text's case must match
 */
record Listing(Entry entry, String form, CaseRule rule) {

  boolean accepts(String surface) {
    return switch (rule) {
      case ANY -> true;
      // A name listed with a lower-case particle ("al-Shabaab") also counts as listed.
      case CAPITALISED -> !surface.isEmpty() && (Character.isUpperCase(surface.charAt(0))
          || Character.isDigit(surface.charAt(0)) || surface.charAt(0) == form.charAt(0));
      case EXACT -> surface.replaceAll("\\s+", " ").equals(form);
    };
  }

  /** How a match must be written. */
  enum CaseRule {
    /** Common words: any case. */
    ANY,
    /** Proper names: the first letter in upper case. */
    CAPITALISED,
    /** Acronyms: exactly as listed ("US", "WHO"). */
    EXACT;

    static CaseRule forName(String form) {
      boolean hasLower = form.chars().anyMatch(Character::isLowerCase);
      return hasLower ? CAPITALISED : EXACT;
    }
  }
}
