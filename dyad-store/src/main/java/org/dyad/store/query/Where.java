package org.dyad.store.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code WHERE} clause of an {@link EventFilter} over {@code events e}, with its parameters.
 * Only fixed column names and {@code ?} marks go into the SQL text; every value the user gave is
 * a parameter.
 *
 * @param sql the condition (never empty: {@code TRUE} when nothing is filtered)
 * @param params the values for its {@code ?} marks, in order
 */
public record Where(String sql, List<Object> params) {

  public Where {
    params = java.util.Collections.unmodifiableList(new ArrayList<>(params));
  }

  /** The condition for {@code filter}. */
  public static Where of(EventFilter f) {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    sides(f, parts, params);
    if (f.dyad() != null) {
      String ab = "(" + spec("source", params, f.dyad().a()) + " AND " + spec("target", params, f.dyad().b()) + ")";
      if (f.dyad().directed()) {
        parts.add(ab);
      } else {
        String ba = "(" + spec("source", params, f.dyad().b()) + " AND " + spec("target", params, f.dyad().a()) + ")";
        parts.add("(" + ab + " OR " + ba + ")");
      }
    }
    anyOf(parts, params, "starts_with(e.cameo_code, ?)", f.cameo());
    anyOf(parts, params, "e.plover_type = ?", f.plover());
    anyOf(parts, params, "e.quad_class = ?", f.quads());
    if (f.from() != null) {
      parts.add("e.event_date >= ?");
      params.add(f.from());
    }
    if (f.to() != null) {
      parts.add("e.event_date <= ?");
      params.add(f.to());
    }
    if (f.place() != null) {
      parts.add("e.place_name ILIKE ? ESCAPE '\\'");
      params.add(contains(f.place()));
    }
    if (f.placeCountry() != null) {
      parts.add("e.place_country = ?");
      params.add(f.placeCountry());
    }
    if (f.publisher() != null) {
      parts.add("e.event_id IN (SELECT m.event_id FROM mentions m WHERE m.source_name ILIKE ? ESCAPE '\\')");
      params.add(contains(f.publisher()));
    }
    if (f.text() != null) {
      parts.add("e.event_id IN (SELECT m.event_id FROM mentions m WHERE m.sentence_text ILIKE ? ESCAPE '\\')");
      params.add(contains(f.text()));
    }
    return new Where(parts.isEmpty() ? "TRUE" : String.join(" AND ", parts), params);
  }

  private static void sides(EventFilter f, List<String> parts, List<Object> params) {
    List<String> columns = switch (f.side()) {
      case EITHER -> List.of("source", "target");
      case SOURCE -> List.of("source");
      case TARGET -> List.of("target");
    };
    boolean any = !f.actors().isEmpty() || !f.countries().isEmpty() || !f.sectors().isEmpty() || !f.orgs().isEmpty()
        || f.name() != null;
    if (!any) {
      return;
    }
    List<String> perSide = new ArrayList<>();
    for (String side : columns) {
      List<String> conds = new ArrayList<>();
      if (!f.actors().isEmpty()) {
        List<String> alts = new ArrayList<>();
        for (String a : f.actors()) {
          alts.add(spec(side, params, a));
        }
        conds.add("(" + String.join(" OR ", alts) + ")");
      }
      inList(conds, params, "e." + side + "_country", f.countries());
      inList(conds, params, "e." + side + "_sector", f.sectors());
      inList(conds, params, "e." + side + "_org", f.orgs());
      if (f.name() != null) {
        conds.add("e." + side + "_name ILIKE ? ESCAPE '\\'");
        params.add(contains(f.name()));
      }
      perSide.add("(" + String.join(" AND ", conds) + ")");
    }
    parts.add("(" + String.join(" OR ", perSide) + ")");
  }

  /** An actor spec on one side: its code, its country or its organisation. */
  private static String spec(String side, List<Object> params, String spec) {
    params.add(spec);
    params.add(spec);
    params.add(spec);
    return "(e." + side + "_code = ? OR e." + side + "_country = ? OR e." + side + "_org = ?)";
  }

  private static void inList(List<String> conds, List<Object> params, String column, List<String> values) {
    if (!values.isEmpty()) {
      conds.add(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")");
      params.addAll(values);
    }
  }

  private static void anyOf(List<String> parts, List<Object> params, String cond, List<?> values) {
    if (values.isEmpty()) {
      return;
    }
    List<String> alts = new ArrayList<>();
    for (Object v : values) {
      alts.add(cond);
      params.add(v);
    }
    parts.add("(" + String.join(" OR ", alts) + ")");
  }

  /** A LIKE pattern for "contains", with the user's own wildcards taken literally. */
  private static String contains(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
