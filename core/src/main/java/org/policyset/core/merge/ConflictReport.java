package org.policyset.core.merge;

import org.policyset.core.diagnostic.Location;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.TerminalText;

/**
 * Renders merge conflicts for people: each record, where its versions came from, and each differing
 * field with its values.
 *
 * @since 0.1.0
 */
public final class ConflictReport {
  private ConflictReport() {}

  /**
   * Returns the conflicts as text.
   *
   * @param conflicts the conflicts
   * @param leftName what to call the first version, such as {@code first} or {@code ours}
   * @param rightName what to call the second version, such as {@code second} or {@code theirs}
   * @return the text, ending with a newline
   */
  public static String text(List<MergeConflict> conflicts, String leftName, String rightName) {
    return text(conflicts, java.util.Map.of(), leftName, rightName);
  }

  /**
   * Returns the conflicts as text, each line {@code conflict: …} preceded by where the record stands
   * in the merged file ({@code FILE:LINE: }), when {@code at} knows it.
   *
   * @param conflicts the conflicts
   * @param at where each record stands in the merged file, by {@code type:id}
   * @param leftName what to call the first version
   * @param rightName what to call the second version
   * @return the text, ending with a newline
   * @since 0.1.0
   */
  public static String text(List<MergeConflict> conflicts, java.util.Map<String, Location> at,
      String leftName, String rightName) {
    StringBuilder sb = new StringBuilder();
    for (MergeConflict c : conflicts) {
      Location where = at.get(c.key());
      if (where != null) {
        sb.append(TerminalText.escape(where.file())).append(':').append(where.line()).append(": ");
      }
      sb.append("conflict: ").append(TerminalText.escape(c.key()));
      if (c.kind() == MergeConflict.Kind.DELETE_CHANGE) {
        sb.append(" (deleted on one side, changed on the other)");
      }
      sb.append('\n');
      if (c.left() != null) {
        sb.append("  ").append(leftName).append(":  ").append(TerminalText.escape(c.left().toString()))
            .append('\n');
      }
      if (c.right() != null) {
        sb.append("  ").append(rightName).append(": ").append(TerminalText.escape(c.right().toString()))
            .append('\n');
      }
      for (FieldDifference f : c.fields()) {
        sb.append("  field '").append(TerminalText.escape(f.field())).append("'\n");
        if (f.base() != null || c.kind() == MergeConflict.Kind.DELETE_CHANGE) {
          sb.append("    base:   ").append(show(f.base())).append('\n');
        }
        sb.append("    ").append(pad(leftName)).append(show(f.left())).append('\n');
        sb.append("    ").append(pad(rightName)).append(show(f.right())).append('\n');
      }
    }
    return sb.toString();
  }

  private static String pad(String name) {
    String label = name + ":";
    return label.length() >= 8 ? label + " " : label + " ".repeat(8 - label.length());
  }

  private static String show(@Nullable String json) {
    if (json == null) {
      return "(absent)";
    }
    String s = TerminalText.escape(json.replaceAll("\\s*\\n\\s*", " "));
    return s.length() > 200 ? s.substring(0, 197) + "..." : s;
  }
}
