package org.dyad.coding;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Nanoseconds spent in each stage of the coder, summed over all articles and threads, and how
 * many sentences were tagged and parsed. For {@code dyad bench}.
 */
public final class StageTimes {
  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
  private final LongAdder sentences = new LongAdder();
  private final LongAdder parsed = new LongAdder();
  private final LongAdder articles = new LongAdder();

  public StageTimes() {
    for (Stage s : Stage.values()) {
      nanos.put(s, new LongAdder());
    }
  }

  void add(Stage stage, long ns) {
    nanos.get(stage).add(ns);
  }

  void counted(int sentenceCount, int parsedCount) {
    sentences.add(sentenceCount);
    parsed.add(parsedCount);
    articles.increment();
  }

  public long nanos(Stage stage) {
    return nanos.get(stage).sum();
  }

  public long sentences() {
    return sentences.sum();
  }

  public long parsedSentences() {
    return parsed.sum();
  }

  public long articles() {
    return articles.sum();
  }
}
