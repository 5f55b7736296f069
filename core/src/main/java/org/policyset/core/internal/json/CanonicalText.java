package org.policyset.core.internal.json;

import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records as JSON trees and trees as canonical text (two-space indent, one element a line, keys in
 * the order given), for the canonical writer and for merge and diff, which compare records as
 * trees and show their values as canonical text.
 */
public final class CanonicalText {
  private CanonicalText() {}

  /**
   * Returns a record (or a manifest) as a JSON tree, keys in component order, absent fields omitted.
   *
   * @param value the record
   * @return the tree
   */
  public static ObjectNode tree(Object value) {
    return (ObjectNode) Json.mapper().valueToTree(value);
  }

  /**
   * Returns the canonical text of one JSON value, without a trailing newline.
   *
   * @param node the value
   * @return the text
   */
  public static String text(JsonNode node) {
    StringBuilder sb = new StringBuilder();
    write(node, sb, 0);
    return sb.toString();
  }

  /** Appends the canonical text of {@code n}, indented by {@code indent} spaces after line breaks. */
  public static void write(JsonNode n, StringBuilder sb, int indent) {
    if (n.isObject()) {
      if (n.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      int i = 0;
      for (var e : n.properties()) {
        pad(sb, indent + 2);
        quote(e.getKey(), sb);
        sb.append(": ");
        write(e.getValue(), sb, indent + 2);
        sb.append(++i < n.size() ? ",\n" : "\n");
      }
      pad(sb, indent);
      sb.append('}');
    } else if (n.isArray()) {
      if (n.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append("[\n");
      for (int i = 0; i < n.size(); i++) {
        pad(sb, indent + 2);
        write(n.get(i), sb, indent + 2);
        sb.append(i + 1 < n.size() ? ",\n" : "\n");
      }
      pad(sb, indent);
      sb.append(']');
    } else if (n.isString()) {
      quote(n.asString(), sb);
    } else {
      sb.append(n.toString());
    }
  }

  private static void quote(String s, StringBuilder sb) {
    sb.append('"');
    JsonStringEncoder.getInstance().quoteAsString(s, sb);
    sb.append('"');
  }

  private static void pad(StringBuilder sb, int n) {
    for (int i = 0; i < n; i++) {
      sb.append(' ');
    }
  }
}
