package org.dyad.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scores of a system against a gold set, at every level.
 *
 * @param levels one total per level, in level order
 * @param documents per level, one score per gold document in gold order
 * @param documentCount gold documents scored
 * @param documentsWithSystemEvents gold documents for which the system has at least one event
 */
public record ScoreResult(
    List<LevelScore> levels,
    Map<Level, List<DocumentScore>> documents,
    int documentCount,
    int documentsWithSystemEvents) {

  public ScoreResult {
    levels = List.copyOf(levels);
    Map<Level, List<DocumentScore>> copy = new EnumMap<>(Level.class);
    documents.forEach((level, docs) -> copy.put(level, List.copyOf(docs)));
    documents = Collections.unmodifiableMap(copy);
  }

  /** The totals of one level. */
  public LevelScore level(Level level) {
    Objects.requireNonNull(level, "level");
    return levels.stream()
        .filter(s -> s.level() == level)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("level not scored: " + level));
  }

  /** The per-document scores at one level (misses and false positives at that level). */
  public List<DocumentScore> documents(Level level) {
    return documents.getOrDefault(level, List.of());
  }
}
