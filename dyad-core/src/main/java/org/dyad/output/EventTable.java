package org.dyad.output;

import java.io.PrintWriter;
import java.util.List;
import org.dyad.actors.Actor;
import org.dyad.events.Event;

/** The events of an article as a table for a person to read ({@code dyad code --format table}). */
public final class EventTable {
  private EventTable() {}

  public static void print(PrintWriter out, String doc, List<Event> events) {
    out.printf("== %s: %d event%s%n", doc, events.size(), events.size() == 1 ? "" : "s");
    if (events.isEmpty()) {
      return;
    }
    out.printf("%-10s  %-22s  %-22s  %-5s  %-9s  %-4s  %6s  %-15s%n", "date", "source", "target", "cameo", "plover", "quad",
        "gold.", "place");
    for (Event e : events) {
      out.printf("%-10s  %-22s  %-22s  %-5s  %-9s  %-4d  %6.1f  %-15s%n",
          e.date() == null ? "?" : e.date() + (e.dateSource() == org.dyad.events.DateSource.PUBLICATION ? "*" : ""),
          actor(e.source()), e.target() == null ? "-" : actor(e.target()), e.code().code(), e.code().plover().name(),
          e.code().quad().number(), e.code().goldstein(), place(e.place()));
      out.printf("            %s: \"%s\"%n", e.code().name(), clip(e.evidence().getFirst().sentenceSpan().text(), 110));
    }
    out.println("(* date taken from the publication date)");
  }

  /** "Shusha (AZE, city, trigger)": the name, and what the gazetteer made of it. */
  private static String place(org.dyad.events.Place p) {
    if (p == null) {
      return "";
    }
    String how = p.how().name().toLowerCase(java.util.Locale.ROOT);
    if (!p.resolved()) {
      return p.name() + (p.country() == null ? "" : " (" + p.country() + ")") + " [" + how + "]";
    }
    return String.format(java.util.Locale.ROOT, "%s (%s%s, %s %.2f %.2f) [%s]", p.name(), p.country(),
        p.admin1() == null || p.precision() != org.dyad.events.Place.Precision.CITY ? "" : ", " + p.admin1(),
        p.precision().name().toLowerCase(java.util.Locale.ROOT), p.lat(), p.lon(), how);
  }

  private static String actor(Actor a) {
    String name = a.name();
    String s = a.code() + (name == null ? "" : " " + name);
    return s.length() > 22 ? s.substring(0, 21) + "…" : s;
  }

  private static String clip(String s, int n) {
    String t = s.replaceAll("\\s+", " ");
    return t.length() > n ? t.substring(0, n - 1) + "…" : t;
  }
}
