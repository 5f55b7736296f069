package org.policyset.schema;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes JSON the way {@code JSON.stringify(value, null, 2)} does, plus a final newline: two-space
 * indent, {@code "key": value}, empty containers as {@code []} and {@code {}}, non-ASCII text kept
 * as is. Key order is the tree's own order, so the caller decides it.
 */
final class SchemaText {
  private SchemaText() {}

  /** Returns the text of {@code node}, ending with a newline. */
  static String write(JsonNode node) {
    StringBuilder sb = new StringBuilder(8192);
    value(node, sb, 0);
    return sb.append('\n').toString();
  }

  private static void value(JsonNode node, StringBuilder sb, int level) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        sb.append(first ? "\n" : ",\n");
        first = false;
        indent(sb, level + 1);
        string(e.getKey(), sb);
        sb.append(": ");
        value(e.getValue(), sb, level + 1);
      }
      sb.append('\n');
      indent(sb, level);
      sb.append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append('[');
      for (int i = 0; i < node.size(); i++) {
        sb.append(i == 0 ? "\n" : ",\n");
        indent(sb, level + 1);
        value(node.get(i), sb, level + 1);
      }
      sb.append('\n');
      indent(sb, level);
      sb.append(']');
    } else if (node.isString()) {
      string(node.asString(), sb);
    } else if (node.isNull()) {
      sb.append("null");
    } else if (node.isBoolean()) {
      sb.append(node.asBoolean());
    } else if (node.isIntegralNumber()) {
      sb.append(node.bigIntegerValue());
    } else if (node.isNumber()) {
      sb.append(node.decimalValue().toPlainString());
    } else {
      throw new IllegalArgumentException("cannot write " + node.getNodeType());
    }
  }

  private static void indent(StringBuilder sb, int level) {
    for (int i = 0; i < level; i++) {
      sb.append("  ");
    }
  }

  private static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          boolean loneHigh = Character.isHighSurrogate(c)
              && !(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)));
          boolean loneLow = Character.isLowSurrogate(c)
              && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
          if (c < 0x20 || loneHigh || loneLow) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
