package org.dyad.store.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which events a question is about. Every part is optional; the parts that are set must all hold.
 * Actor parts hold when either side matches, or only the side {@link #side} names.
 *
 * @param actors actor specs: a code ({@code AZEGOV}), a country ({@code AZE}) or an organisation
 *     ({@code UN}); an actor matching any of them holds
 * @param countries ISO alpha-3 codes
 * @param sectors sector codes (GOV, MIL, ...)
 * @param orgs organisation short names
 * @param name text in an actor's resolved name (case-insensitive)
 * @param side which side the actor parts apply to
 * @param dyad a pair of actor specs, or null
 * @param cameo CAMEO codes or roots: {@code 04} matches every code starting 04
 * @param plover PLOVER types
 * @param quads quad classes 1..4
 * @param from first event date, or null
 * @param to last event date, or null
 * @param place text in the place name (case-insensitive), or null
 * @param placeCountry ISO alpha-3 of the place, or null
 * @param publisher text in the name of a reporting source, or null
 * @param text text in an evidence sentence of a report, or null
 */
public record EventFilter(List<String> actors, List<String> countries, List<String> sectors, List<String> orgs,
    String name, Side side, Dyad dyad, List<String> cameo, List<String> plover, List<Integer> quads, LocalDate from,
    LocalDate to, String place, String placeCountry, String publisher, String text) {

  private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");

  /** Which side of an event an actor filter looks at. */
  public enum Side {
    EITHER,
    SOURCE,
    TARGET
  }

  /**
   * Two actor specs: events between them in both directions, or only from {@code a} to {@code b}
   * when {@code directed}.
   */
  public record Dyad(String a, String b, boolean directed) {
    public Dyad {
      a = spec(a);
      b = spec(b);
    }

    /** "AZE,ARM" or "AZE-ARM". */
    public static Dyad parse(String text, boolean directed) {
      String[] parts = text.split("[,\\-/]");
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IllegalArgumentException("a dyad is two actors, as AZE,ARM, not '" + text + "'");
      }
      return new Dyad(parts[0], parts[1], directed);
    }
  }

  public EventFilter {
    actors = specs(actors);
    countries = specs(countries);
    sectors = specs(sectors);
    orgs = specs(orgs);
    side = side == null ? Side.EITHER : side;
    cameo = List.copyOf(cameo == null ? List.of() : cameo);
    for (String c : cameo) {
      if (!CAMEO.matcher(c).matches()) {
        throw new IllegalArgumentException("a CAMEO code or root is 2 to 4 digits, not '" + c + "'");
      }
    }
    plover = specs(plover);
    quads = List.copyOf(quads == null ? List.of() : quads);
    for (int q : quads) {
      if (q < 1 || q > 4) {
        throw new IllegalArgumentException("a quad class is 1 to 4, not " + q);
      }
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** No filter: every event. */
  public static EventFilter all() {
    return new Builder().build();
  }

  private static List<String> specs(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values == null ? List.<String>of() : values) {
      out.add(spec(v));
    }
    return List.copyOf(out);
  }

  private static String spec(String v) {
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("empty actor, sector or type in a filter");
    }
    return v.strip().toUpperCase(Locale.ROOT);
  }

  /** Builds a filter part by part. */
  public static final class Builder {
    private final List<String> actors = new ArrayList<>();
    private final List<String> countries = new ArrayList<>();
    private final List<String> sectors = new ArrayList<>();
    private final List<String> orgs = new ArrayList<>();
    private final List<String> cameo = new ArrayList<>();
    private final List<String> plover = new ArrayList<>();
    private final List<Integer> quads = new ArrayList<>();
    private String name;
    private Side side;
    private Dyad dyad;
    private LocalDate from;
    private LocalDate to;
    private String place;
    private String placeCountry;
    private String publisher;
    private String text;

    public Builder actors(List<String> v) { actors.addAll(v); return this; }
    public Builder countries(List<String> v) { countries.addAll(v); return this; }
    public Builder sectors(List<String> v) { sectors.addAll(v); return this; }
    public Builder orgs(List<String> v) { orgs.addAll(v); return this; }
    public Builder cameo(List<String> v) { cameo.addAll(v); return this; }
    public Builder plover(List<String> v) { plover.addAll(v); return this; }
    public Builder quads(List<Integer> v) { quads.addAll(v); return this; }
    public Builder name(String v) { name = v; return this; }
    public Builder side(Side v) { side = v; return this; }
    public Builder dyad(Dyad v) { dyad = v; return this; }
    public Builder from(LocalDate v) { from = v; return this; }
    public Builder to(LocalDate v) { to = v; return this; }
    public Builder place(String v) { place = v; return this; }
    public Builder placeCountry(String v) { placeCountry = v; return this; }
    public Builder publisher(String v) { publisher = v; return this; }
    public Builder text(String v) { text = v; return this; }

    public EventFilter build() {
      return new EventFilter(actors, countries, sectors, orgs, name, side, dyad, cameo, plover, quads, from, to, place,
          placeCountry == null ? null : placeCountry.strip().toUpperCase(Locale.ROOT), publisher, text);
    }
  }
}
