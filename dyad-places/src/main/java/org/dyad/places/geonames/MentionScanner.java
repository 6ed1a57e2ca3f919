package org.dyad.places.geonames;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.actors.Mention;
import org.dyad.actors.gazetteer.Entry;
import org.dyad.actors.gazetteer.Names;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.events.Place;
import org.dyad.events.Span;
import org.dyad.nlp.Token;

/**
 * Finds place names in a tagged sentence without a named-entity recogniser: a run of capitalised
 * proper nouns (joined by "of", "de", "al"...) is a place when the gazetteer knows the whole run,
 * or the run less a trailing kind word ("Gaza City", "Borno State"), or what follows its last
 * "of" ("Governor of Texas"). Another part of a longer name is not taken ("Kent State University",
 * "Paris Hilton"), and neither is a run the actor gazetteer
 * reads as a person, organisation, role or demonym; its country names and capitals are places.
 * Names joined by "and" are one name when the gazetteer knows the whole ("Jammu and Kashmir"). A
 * lower-case division word after a name ("the Donetsk region") and another name of a country that
 * names one of its divisions ("the Gaza Strip") mean the division.
 *
 * <p>So "Shusha" counts wherever the tagger calls it a proper noun, whatever a recogniser would
 * have called it.
 */
final class MentionScanner {
  private static final int MAX_TOKENS = 6;
  private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "al", "el", "la", "le", "du", "des", "upon", "-",
      "der", "dos", "das");
  private static final Set<String> KIND_WORDS = Set.of("city", "province", "district", "region", "state", "governorate",
      "oblast", "county", "strip", "dc", "d.c.", "municipality", "prefecture", "town", "village", "capital");
  /** Lower-case words after a name that make it a division: "the Donetsk region", "Idlib province". */
  private static final Set<String> DIVISION_KINDS = Set.of("region", "province", "oblast", "governorate", "state",
      "prefecture", "county", "district");
  /** Lower-case words a place name may modify: "the Jenin refugee camp", "the Rafah crossing". */
  private static final Set<String> PLACE_HEADS = Set.of("camp", "refugee", "crossing", "border", "area", "region",
      "city", "town", "village", "outskirts", "suburb", "countryside", "valley", "airport", "port", "neighbourhood",
      "neighborhood", "district", "province");
  /** Last (or first) words of names of waters: "the Red Sea", "the Gulf of Aden", "the Strait of Hormuz". */
  private static final Set<String> WATERS = Set.of("sea", "ocean", "gulf", "strait", "straits", "bay", "channel",
      "lake", "river");
  private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "god", "allah", "reuters", "afp", "xinhua", "tass", "ap", "parliament", "congress", "senate",
      "cabinet", "police", "army", "president", "minister", "mr", "mrs", "ms", "dr", "mount", "lake", "river");
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "lady");
  private static final Set<String> SAYING = Set.of("say", "tell", "add", "note", "stress", "state", "announce", "claim",
      "insist", "warn", "accuse", "urge", "deny");

  private final PlaceLookup lookup;

  MentionScanner(PlaceLookup lookup) {
    this.lookup = lookup;
  }

  List<FoundName> scan(int sentence, SentenceView v) {
    List<FoundName> out = new ArrayList<>();
    int i = 0;
    while (i < v.size()) {
      Mention m = v.mentionAt(i);
      if (m != null) {
        FoundName f = actorPlace(sentence, v, m);
        if (f != null) {
          out.add(f);
        }
        i = m.end();
        continue;
      }
      if (!startsName(v.token(i)) || i > 0 && HONORIFICS.contains(v.token(i - 1).word().toLowerCase(java.util.Locale.ROOT))) {
        i = skipRun(v, i);
        continue;
      }
      // "Jammu and Kashmir", "Trinidad and Tobago": one name when the gazetteer knows it whole.
      int joined = runEnd(v, i, true);
      int run = runEnd(v, i, false);
      if (joined > run) {
        String key = key(v, i, joined);
        List<PlaceRecord> whole = lookup.candidates(key);
        if (!whole.isEmpty()) {
          out.add(division(v, found(sentence, v, i, joined, key, whole, null)));
          i = joined;
          continue;
        }
      }
      boolean kindAfter = run < v.size() && DIVISION_KINDS.contains(v.token(run).word());
      boolean afterThe = i > 0 && v.token(i - 1).word().equals("the");
      // "in the Pacific", "across the Gulf": a lone proper noun after a lower-case "the" is a sea,
      // a region or a name, not a town (towns that take an article write it as part of the name)
      // unless it modifies a place word: "the Jenin refugee camp", "the Rafah crossing".
      boolean placeWordAfter = run < v.size() && PLACE_HEADS.contains(v.token(run).word());
      if (run - i == 1 && afterThe && !kindAfter && !placeWordAfter) {
        i = run;
        continue;
      }
      // "the Red Sea", "the Strait of Hormuz": waters, which the gazetteer does not hold; a
      // division named after one ("Red Sea state") is written with its kind word.
      if (afterThe && !kindAfter && WATERS.contains(v.token(run - 1).word().toLowerCase(java.util.Locale.ROOT))
          || afterThe && WATERS.contains(v.token(i).word().toLowerCase(java.util.Locale.ROOT))) {
        i = run;
        continue;
      }
      // A run that runs into an organisation or role ("Kent State University", "Gaza Health
      // Ministry") is a modifier of that name, not a place of its own.
      if (run < v.size() && v.mentionAt(run) != null && v.mentionAt(run).start() == run && !placeLike(v.mentionAt(run))
          && !placeWordAfter && !kindAfter) {
        i = run;
        continue;
      }
      FoundName f = whole(sentence, v, i, run);
      if (f != null) {
        out.add(division(v, f));
      }
      i = run;
    }
    return out;
  }

  /**
   * A name followed by a lower-case division word ("the Donetsk region", "Sulaymaniyah province")
   * means the division when the gazetteer has one by that name: its records only, and the word
   * joins the name.
   */
  private static FoundName division(SentenceView v, FoundName f) {
    if (f.end() >= v.size() || !DIVISION_KINDS.contains(v.token(f.end()).word())) {
      return f;
    }
    List<PlaceRecord> divisions = f.candidates().stream().filter(r -> r.precision() == Place.Precision.ADMIN1).toList();
    if (divisions.isEmpty()) {
      return f;
    }
    Span span = Span.of(v.text(), f.span().begin(), v.token(f.end()).end());
    return new FoundName(f.sentence(), f.start(), f.end() + 1, span, f.key(), divisions, f.actorCountry(), f.speaker());
  }

  private static boolean placeLike(Mention m) {
    return m.first(Entry.CountryName.class) != null || m.first(Entry.Capital.class) != null;
  }

  /** A country name or capital the actor gazetteer found: a place, its country a hint. */
  private FoundName actorPlace(int sentence, SentenceView v, Mention m) {
    String country = null;
    String seat = null;
    boolean countryName = false;
    for (Entry e : m.entries()) {
      switch (e) {
        case Entry.CountryName n -> {
          countryName |= country == null;
          country = country == null ? n.iso3() : country;
        }
        case Entry.Capital c -> country = country == null ? c.iso3() : country;
        case Entry.Metonym mt -> seat = seat == null ? mt.iso3() : seat;
        case Entry.OrgName o -> { return null; }
        case Entry.Known k -> { return null; }
        case Entry.Demonym d -> { return null; }
        case Entry.Role r -> { return null; }
      }
    }
    if (country == null) {
      return seat == null ? null : seatPlace(sentence, v, m, seat);
    }
    int start = nameStart(v, m);
    String key = key(v, start, m.end());
    List<PlaceRecord> candidates = lookup.candidates(key);
    if (candidates.isEmpty()) {
      PlaceRecord c = lookup.country(country);
      if (c == null) {
        return null;
      }
      candidates = List.of(c);
    }
    // "the West Bank", "Gaza Strip", "Scotland": another name of the country that is the name of
    // one of its divisions means the division. Not the country's own name ("Mexico", "Luxembourg"
    // are divisions too), nor a capital ("Washington").
    PlaceRecord self = lookup.country(country);
    if (countryName && self != null && !Names.normalize(self.name()).equals(key)) {
      String iso3 = country;
      List<PlaceRecord> own = candidates.stream()
          .filter(r -> r.precision() == Place.Precision.ADMIN1 && r.country().equals(iso3)).toList();
      if (!own.isEmpty()) {
        candidates = own;
      }
    }
    return found(sentence, v, start, m.end(), key, candidates, country);
  }

  /**
   * A seat of government that stands for it ("Tehran said", "Beijing warned") is also a town:
   * "in Tehran" is a place. Only a seat (capital or seat of a division) of its country by those
   * words: "the Kremlin" is no town, and the "White House" of Tennessee is no seat.
   */
  private FoundName seatPlace(int sentence, SentenceView v, Mention m, String iso3) {
    int start = nameStart(v, m);
    String key = key(v, start, m.end());
    List<PlaceRecord> towns = lookup.candidates(key).stream()
        .filter(r -> r.precision() == Place.Precision.CITY && r.country().equals(iso3) && r.isSeat()).toList();
    return towns.isEmpty() ? null : found(sentence, v, start, m.end(), key, towns, iso3);
  }

  /** The mention's first word, past a leading "the" ("the West Bank"). */
  private static int nameStart(SentenceView v, Mention m) {
    return v.token(m.start()).word().equalsIgnoreCase("the") && m.end() - m.start() > 1 ? m.start() + 1 : m.start();
  }

  /** The run from {@code start}, when the gazetteer knows all of it (less a kind word). */
  private FoundName whole(int sentence, SentenceView v, int start, int run) {
    for (int end = Math.min(run, start + MAX_TOKENS); end > start; end--) {
      if (end < run && !kindWordsOnly(v, end, run)) {
        continue;
      }
      String key = key(v, start, end);
      if (end - start == 1 && NOT_PLACES.contains(key)) {
        return null;
      }
      List<PlaceRecord> candidates = lookup.candidates(key);
      if (!candidates.isEmpty()) {
        return found(sentence, v, start, run, key, candidates, null);
      }
    }
    // "Governor of Texas", "University of Tehran": the place after the last "of".
    for (int k = run - 2; k > start; k--) {
      if (v.token(k).word().equals("of")) {
        return whole(sentence, v, k + 1, run);
      }
    }
    return null;
  }

  private FoundName found(int sentence, SentenceView v, int start, int end, String key, List<PlaceRecord> candidates,
      String actorCountry) {
    Span span = Span.of(v.text(), v.token(start).begin(), v.token(end - 1).end());
    boolean speaker = end < v.size() && v.token(end).isVerb() && SAYING.contains(v.token(end).key());
    return new FoundName(sentence, start, end, span, key, candidates, actorCountry, speaker);
  }

  private static boolean kindWordsOnly(SentenceView v, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!KIND_WORDS.contains(v.token(k).word().toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Just past the run of proper nouns from {@code start}, not crossing an actor mention. */
  private static int runEnd(SentenceView v, int start) {
    return runEnd(v, start, false);
  }

  /** Just past the run, crossing "and" between proper nouns when {@code acrossAnd}. */
  private static int runEnd(SentenceView v, int start, boolean acrossAnd) {
    int end = start + 1;
    while (end < v.size() && v.mentionAt(end) == null) {
      Token t = v.token(end);
      if (startsName(t)) {
        end++;
      } else if ((CONNECTORS.contains(t.word().toLowerCase(java.util.Locale.ROOT)) || acrossAnd && t.word().equals("and"))
          && end + 1 < v.size()
          && startsName(v.token(end + 1)) && v.mentionAt(end + 1) == null) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  private static int skipRun(SentenceView v, int i) {
    return startsName(v.token(i)) ? runEnd(v, i) : i + 1;
  }

  static boolean startsName(Token t) {
    return t.isProperNoun() && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }

  private static String key(SentenceView v, int start, int end) {
    return Names.normalize(v.text().substring(v.token(start).begin(), v.token(end - 1).end()));
  }
}
