package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Python's view of JSON values, which {@code score.py} relies on: its {@code x or y} and
 * {@code if x:} treat null, "", 0, false, [] and {} alike as absent.
 */
final class Json {

  private Json() {}

  /** Python truthiness of a JSON value; a missing field is falsy. */
  static boolean truthy(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return false;
    }
    if (node.isTextual()) {
      return !node.textValue().isEmpty();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return node.doubleValue() != 0.0;
    }
    return node.size() > 0;
  }

  /** The field as text when truthy, else null: the {@code a.get(k) or None} idiom. */
  static String truthyText(JsonNode object, String field) {
    JsonNode value = object.get(field);
    return truthy(value) ? text(value) : null;
  }

  /** The value as text (Python's {@code str} for strings and numbers), or null for null/missing. */
  static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }
}
