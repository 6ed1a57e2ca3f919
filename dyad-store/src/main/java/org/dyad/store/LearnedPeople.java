package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.actors.gazetteer.Names;
import org.dyad.actors.resolve.Person;
import org.dyad.actors.resolve.PersonDirectory;

/**
 * The coder's {@link PersonDirectory} over what the database knows: an immutable snapshot of the
 * learned {@code actors} and the user's {@code actor_corrections}, taken between ingest batches
 * (so that every article of a batch sees the same people, whatever the thread timing).
 *
 * <p>A name of several words must match a full name; a single word ("Fidan") matches a last name
 * (or a one-word name). Corrections covering the article's date decide first, the latest winning;
 * a {@code forget} hides the name. Otherwise a learned person counts only if they have a country
 * and were seen within a window around the date — from {@link #TRUST_BEFORE} before they were
 * first seen to {@link #TRUST_AFTER} after they were last seen, since people change office — and
 * the name is not shared by two different people in that window (then it is ambiguous: null).
 */
public final class LearnedPeople implements PersonDirectory {
  static final int TRUST_BEFORE = 365;
  static final int TRUST_AFTER = 730;

  private final Map<String, List<LearnedActor>> byName = new HashMap<>();
  private final Map<String, List<LearnedActor>> byLastName = new HashMap<>();
  private final Map<String, List<ActorCorrection>> corrections = new HashMap<>();

  public LearnedPeople(List<LearnedActor> learned, List<ActorCorrection> corrected) {
    for (LearnedActor a : learned) {
      byName.computeIfAbsent(Names.normalize(a.name()), k -> new ArrayList<>()).add(a);
      byLastName.computeIfAbsent(lastNameKey(a.name()), k -> new ArrayList<>()).add(a);
    }
    List<ActorCorrection> latestFirst = new ArrayList<>(corrected);
    latestFirst.sort(Comparator.comparingLong(ActorCorrection::id).reversed());
    for (ActorCorrection c : latestFirst) {
      corrections.computeIfAbsent(Names.normalize(c.name()), k -> new ArrayList<>()).add(c);
      String last = lastNameKey(c.name());
      if (!last.equals(Names.normalize(c.name()))) {
        corrections.computeIfAbsent(last, k -> new ArrayList<>()).add(c);
      }
    }
  }

  /** Knows nobody. */
  public static LearnedPeople empty() {
    return new LearnedPeople(List.of(), List.of());
  }

  /** The normalised last word of a name: "Hakan Fidan" → "fidan". */
  public static String lastNameKey(String name) {
    String key = Names.normalize(name);
    int space = key.lastIndexOf(' ');
    return space < 0 ? key : key.substring(space + 1);
  }

  @Override
  public Person find(String name, LocalDate date) {
    String key = Names.normalize(name);
    if (key.isEmpty()) {
      return null;
    }
    boolean single = key.indexOf(' ') < 0;
    for (ActorCorrection c : corrections.getOrDefault(key, List.of())) {
      boolean applies = Names.normalize(c.name()).equals(key) || single;
      if (applies && c.covers(date)) {
        return c.forget() || c.country() == null ? null : new Person(c.name(), c.country(), c.sector());
      }
    }
    List<LearnedActor> candidates = new ArrayList<>(byName.getOrDefault(key, List.of()));
    if (single) {
      for (LearnedActor a : byLastName.getOrDefault(key, List.of())) {
        if (!candidates.contains(a)) {
          candidates.add(a);
        }
      }
    }
    candidates.removeIf(a -> a.country() == null || !seenAround(a, date) || forgotten(a.name(), date));
    if (candidates.isEmpty()) {
      return null;
    }
    String person = Names.normalize(candidates.getFirst().name());
    if (candidates.stream().anyMatch(a -> !Names.normalize(a.name()).equals(person))) {
      return null;
    }
    LearnedActor best = candidates.stream()
        .max(Comparator.comparingInt(LearnedActor::articles)
            .thenComparing(LearnedActor::lastSeen, Comparator.nullsFirst(Comparator.naturalOrder())))
        .orElseThrow();
    return new Person(best.name(), best.country(), best.sector());
  }

  private boolean forgotten(String fullName, LocalDate date) {
    for (ActorCorrection c : corrections.getOrDefault(Names.normalize(fullName), List.of())) {
      if (Names.normalize(c.name()).equals(Names.normalize(fullName)) && c.covers(date)) {
        return c.forget();
      }
    }
    return false;
  }

  private static boolean seenAround(LearnedActor a, LocalDate date) {
    if (date == null || a.firstSeen() == null || a.lastSeen() == null) {
      return true;
    }
    return !date.isBefore(a.firstSeen().minusDays(TRUST_BEFORE)) && !date.isAfter(a.lastSeen().plusDays(TRUST_AFTER));
  }
}
