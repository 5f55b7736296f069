package org.policyset.core.internal.json;

import tools.jackson.databind.JsonNode;

/**
 * How policyset prints JSON reports: pretty-printed with two-space indent, UTF-8, keys in the order
 * they were added.
 */
public final class JsonOutput {
  private JsonOutput() {}

  /**
   * Returns {@code node} pretty-printed, without a trailing newline.
   *
   * @param node the JSON value
   * @return the text
   */
  public static String pretty(JsonNode node) {
    return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
  }
}
