package org.dyad.store;

import java.time.LocalDate;
import org.dyad.events.Event;

/**
 * The one-a-day key of an event across the whole database: {@code date|source|target|code}, with
 * {@code -} for a null date or target ("2024-07-06|AZEGOV|TURGOV|040").
 */
public final class EventKey {
  private EventKey() {}

  public static String of(Event e) {
    return of(e.date(), e.source().code(), e.target() == null ? null : e.target().code(), e.code().code());
  }

  public static String of(LocalDate date, String source, String target, String cameo) {
    return (date == null ? "-" : date.toString()) + "|" + source + "|" + (target == null ? "-" : target) + "|" + cameo;
  }
}
