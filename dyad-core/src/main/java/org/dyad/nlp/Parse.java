package org.dyad.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The dependency parse of one {@link Sentence}: for each token its head and relation.
 *
 * <p>Built once per parsed sentence; lookups are by token index and allocate nothing but the
 * returned lists.
 */
public final class Parse {
  private final int[] heads;
  private final String[] relations;
  private final List<List<Integer>> children;

  /** Builds a parse over {@code size} tokens from its edges; tokens without an edge are roots. */
  public Parse(int size, List<Dependency> edges) {
    heads = new int[size];
    relations = new String[size];
    java.util.Arrays.fill(heads, -1);
    java.util.Arrays.fill(relations, "root");
    children = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      children.add(new ArrayList<>(2));
    }
    for (Dependency d : edges) {
      heads[d.dependent()] = d.head();
      relations[d.dependent()] = d.relation();
      if (d.head() >= 0) {
        children.get(d.head()).add(d.dependent());
      }
    }
  }

  public int size() {
    return heads.length;
  }

  /** Index of the head of token {@code i}, or -1 when it is the root. */
  public int head(int i) {
    return heads[i];
  }

  /** Full relation of token {@code i} to its head ("obl:with"). */
  public String relation(int i) {
    return relations[i];
  }

  /** Relation of token {@code i} without subtype ("obl"). */
  public String baseRelation(int i) {
    String r = relations[i];
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  /** Dependents of token {@code i}, in sentence order. */
  public List<Integer> children(int i) {
    return Collections.unmodifiableList(children.get(i));
  }

  /** True when {@code ancestor} dominates {@code i} (or is {@code i}). */
  public boolean dominates(int ancestor, int i) {
    for (int k = i, guard = 0; k >= 0 && guard <= heads.length; k = heads[k], guard++) {
      if (k == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Number of edges between token {@code i} and the root. */
  public int depth(int i) {
    int d = 0;
    for (int k = heads[i]; k >= 0 && d <= heads.length; k = heads[k]) {
      d++;
    }
    return d;
  }
}
