package org.dyad.nlp;

/**
 * One typed edge of a Universal Dependencies parse.
 *
 * @param head index of the governing token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation the UD relation with its subtype, e.g. "nsubj", "obl:with", "nsubj:pass"
 */
public record Dependency(int head, int dependent, String relation) {

  /** The relation without its subtype: "obl" for "obl:with". */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
