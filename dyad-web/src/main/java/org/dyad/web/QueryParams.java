package org.dyad.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dyad.store.query.EventFilter;

/**
 * Query parameters read with their names: every filter of {@code dyad query} ({@code actor},
 * {@code country}, {@code sector}, {@code org}, {@code name}, {@code side}, {@code dyad},
 * {@code directed}, {@code cameo}, {@code plover}, {@code quad}, {@code from}, {@code to},
 * {@code place}, {@code place_country}, {@code source}, {@code text}) and paging. List parameters
 * may repeat or be comma-separated. Anything that cannot be read is an {@link ApiError.BadParameter}
 * naming the parameter; unknown parameters are refused too, so a typo never silently widens a query.
 */
final class QueryParams {
  static final Set<String> FILTERS = Set.of("actor", "country", "sector", "org", "name", "side", "dyad", "directed",
      "cameo", "plover", "quad", "from", "to", "place", "place_country", "source", "text");

  private final Function<String, List<String>> values;

  /**
   * @param all every parameter of the request with its values
   * @param allowed the parameters the endpoint takes besides the filters
   */
  QueryParams(Map<String, List<String>> all, Set<String> allowed) {
    for (String name : all.keySet()) {
      if (!FILTERS.contains(name) && !allowed.contains(name)) {
        throw ApiException.badParameter(name, "unknown parameter '" + name + "'");
      }
    }
    this.values = name -> all.getOrDefault(name, List.of());
  }

  /** The filter the parameters describe. */
  EventFilter filter() {
    EventFilter.Builder b = new EventFilter.Builder();
    b.actors(list("actor")).countries(list("country")).sectors(list("sector")).orgs(list("org"))
        .plover(list("plover")).name(text("name")).place(text("place")).placeCountry(text("place_country"))
        .publisher(text("source")).text(text("text")).from(date("from")).to(date("to"));
    String side = text("side");
    if (side != null) {
      try {
        b.side(EventFilter.Side.valueOf(side.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw ApiException.badParameter("side", "side must be either, source or target, not '" + side + "'");
      }
    }
    boolean directed = bool("directed", false);
    String dyad = text("dyad");
    if (dyad != null) {
      b.dyad(guard("dyad", () -> EventFilter.Dyad.parse(dyad, directed)));
    }
    b.cameo(list("cameo"));
    List<Integer> quads = new ArrayList<>();
    for (String q : list("quad")) {
      quads.add(integer("quad", q));
    }
    b.quads(quads);
    // The record checks what the parts mean (CAMEO digits, quad range, date order): name what it refuses.
    return guard("filter", b::build);
  }

  private <T> T guard(String parameter, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      String m = e.getMessage() == null ? "bad value" : e.getMessage();
      String named = parameter;
      if (parameter.equals("filter")) {
        // The record's message says which part it refuses.
        named = m.contains("CAMEO") ? "cameo" : m.contains("quad") ? "quad" : m.contains("date range") ? "to"
            : m.contains("empty actor") ? "actor" : "filter";
      }
      throw ApiException.badParameter(named, named + ": " + m);
    }
  }

  /** The single value of {@code name}, stripped, or null when absent or empty. */
  String text(String name) {
    List<String> v = values.apply(name);
    if (v.isEmpty()) {
      return null;
    }
    if (v.size() > 1) {
      throw ApiException.badParameter(name, name + " is given " + v.size() + " times; give it once");
    }
    String s = v.getFirst().strip();
    return s.isEmpty() ? null : s;
  }

  /** Every value of {@code name}, repeated or comma-separated. */
  List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String v : values.apply(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  LocalDate date(String name) {
    String s = text(name);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, name + " must be a date YYYY-MM-DD, not '" + s + "'");
    }
  }

  boolean bool(String name, boolean fallback) {
    String s = text(name);
    if (s == null) {
      return fallback;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiException.badParameter(name, name + " must be true or false, not '" + s + "'");
    };
  }

  /** An integer in {@code [min, max]}, or {@code fallback} when absent. */
  long integer(String name, long fallback, long min, long max) {
    String s = text(name);
    if (s == null) {
      return fallback;
    }
    long v = integer(name, s);
    if (v < min || v > max) {
      throw ApiException.badParameter(name, name + " must be " + min + " to " + max + ", not " + v);
    }
    return v;
  }

  private static int integer(String name, String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, name + " must be a whole number, not '" + s + "'");
    }
  }

  /** One of the enum's constants, named in lower case; {@code fallback} when absent. */
  <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
    String s = text(name);
    if (s == null) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        names.add(c.name().toLowerCase(Locale.ROOT));
      }
      throw ApiException.badParameter(name, name + " must be one of " + String.join(", ", names) + ", not '" + s + "'");
    }
  }
}
