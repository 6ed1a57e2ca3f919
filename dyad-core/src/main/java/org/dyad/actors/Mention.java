package org.dyad.actors;

import java.util.List;
import org.dyad.actors.gazetteer.Entry;

/**
 * A phrase of a sentence found in the gazetteer.
 *
 * @param start index of its first token
 * @param end index just past its last token
 * @param entries what it can mean (at least one)
 */
public record Mention(int start, int end, List<Entry> entries) {

  public Mention {
    entries = List.copyOf(entries);
  }

  public boolean covers(int token) {
    return token >= start && token < end;
  }

  /** The first entry of the given kind, or null. */
  public <T extends Entry> T first(Class<T> kind) {
    for (Entry e : entries) {
      if (kind.isInstance(e)) {
        return kind.cast(e);
      }
    }
    return null;
  }
}
