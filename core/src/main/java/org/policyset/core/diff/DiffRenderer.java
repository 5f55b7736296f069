package org.policyset.core.diff;

import org.policyset.core.internal.text.WordDiff;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.internal.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.policyset.core.diagnostic.TerminalText;

/**
 * Renders a {@link DatasetDiff} as text for a terminal, as JSON, or as Markdown ready to paste into a
 * changelog or a pull-request comment. Stances whose position flips are called out.
 *
 * @since 0.1.0
 */
public final class DiffRenderer {
  private DiffRenderer() {}

  /**
   * Returns the diff as text: {@code +} added (with its statement, title or name), {@code -}
   * removed, {@code ~} changed with each changed field's old and new value. A value longer than 120
   * characters is not cut: the field shows the changed words as {@code git diff --word-diff} does,
   * {@code [-removed-]} and <code>{+added+}</code>, with six unchanged words around each change.
   * Then the archived texts that changed ({@code ~ text of source:ID (PATH)}) with each changed
   * paragraph's words, added and removed paragraphs, and a {@code !} line for each citation the
   * change broke.
   *
   * @param diff the diff
   * @return the text, ending with a newline
   */
  public static String text(DatasetDiff diff) {
    StringBuilder sb = new StringBuilder();
    for (RecordChange c : diff.changes()) {
      switch (c.kind()) {
        case ADDED -> {
          sb.append("+ ").append(TerminalText.escape(c.key()));
          String label = label(c);
          if (label != null) {
            sb.append("   ").append(TerminalText.escape(label));
          }
          sb.append('\n');
        }
        case REMOVED -> sb.append("- ").append(TerminalText.escape(c.key())).append('\n');
        case CHANGED -> {
          sb.append("~ ").append(TerminalText.escape(c.key()));
          if (c.isPositionFlip()) {
            sb.append("   (position flip)");
          }
          sb.append('\n');
          for (FieldChange f : c.fields()) {
            sb.append("    ").append(TerminalText.escape(f.field())).append(": ");
            if (isLong(f)) {
              sb.append(TerminalText.escape(WordDiff.inline(words(f))));
            } else {
              sb.append(oneLine(f.before())).append(" -> ").append(oneLine(f.after()));
            }
            sb.append('\n');
          }
        }
      }
    }
    DiffTexts.text(sb, diff);
    sb.append(summary(diff)).append('\n');
    return sb.toString();
  }

  /**
   * Returns the diff as Markdown: a summary line, position flips, then added, removed and changed
   * records with tables of changed fields, citations broken by a text change (after the flips) and
   * changed archived texts by paragraph (last). For a value longer than 120 characters the
   * before cell shows the removed words as {@code [-…-]} and the after cell the added words as
   * <code>{+…+}</code>, each with the unchanged words around them.
   *
   * @param diff the diff
   * @return the Markdown, ending with a newline
   */
  public static String markdown(DatasetDiff diff) {
    StringBuilder sb = new StringBuilder("### Dataset changes\n\n").append(summary(diff)).append("\n");
    List<RecordChange> flips = diff.changes().stream().filter(RecordChange::isPositionFlip).toList();
    if (!flips.isEmpty()) {
      sb.append("\n**Position flips**\n\n");
      for (RecordChange c : flips) {
        FieldChange p = c.fields().stream().filter(f -> f.field().equals("position")).findFirst().orElseThrow();
        sb.append("- `").append(TerminalText.escape(c.key())).append("`: ").append(cell(p.before())).append(" → ")
            .append(cell(p.after())).append('\n');
      }
    }
    DiffTexts.markdownBroken(sb, diff);
    section(sb, diff, RecordChange.Kind.ADDED, "Added");
    section(sb, diff, RecordChange.Kind.REMOVED, "Removed");
    List<RecordChange> changed = diff.changes().stream()
        .filter(c -> c.kind() == RecordChange.Kind.CHANGED).toList();
    if (!changed.isEmpty()) {
      sb.append("\n**Changed**\n");
      for (RecordChange c : changed) {
        sb.append("\n`").append(TerminalText.escape(c.key())).append("`\n\n| field | before | after |\n|---|---|---|\n");
        for (FieldChange f : c.fields()) {
          sb.append("| ").append(TerminalText.escape(f.field()).replace("|", "\\|")).append(" | ");
          if (isLong(f)) {
            List<WordDiff.Run> runs = words(f);
            sb.append(code(WordDiff.side(runs, true))).append(" | ").append(code(WordDiff.side(runs, false)));
          } else {
            sb.append(cell(f.before())).append(" | ").append(cell(f.after()));
          }
          sb.append(" |\n");
        }
      }
    }
    DiffTexts.markdownTexts(sb, diff);
    return sb.toString();
  }

  private static void section(StringBuilder sb, DatasetDiff diff, RecordChange.Kind kind, String title) {
    List<RecordChange> list = diff.changes().stream().filter(c -> c.kind() == kind).toList();
    if (list.isEmpty()) {
      return;
    }
    sb.append("\n**").append(title).append("**\n\n");
    for (RecordChange c : list) {
      sb.append("- `").append(TerminalText.escape(c.key())).append('`');
      String label = kind == RecordChange.Kind.ADDED ? label(c) : null;
      if (label != null) {
        sb.append(": ").append(code(label));
      }
      sb.append('\n');
    }
  }

  /**
   * Returns the diff as a pretty-printed JSON document: {@code formatVersion}, a summary and the
   * changes with their fields' old and new values.
   *
   * @param diff the diff
   * @return the JSON text, without a trailing line break
   * @since 0.1.0
   */
  public static String jsonText(DatasetDiff diff) {
    return org.policyset.core.internal.json.JsonOutput.pretty(json(diff));
  }

  /**
   * Returns the diff as a JSON tree: {@code summary} counts and {@code changes}, each with
   * {@code kind}, {@code type}, {@code id}, {@code positionFlip} and {@code fields}
   * (field, before, after as canonical JSON values); {@code texts} (source, text, kind, paragraphs
   * with before and after numbers, null where absent, and oldText and newText) and
   * {@code brokenCitations} (record, source, quote, locator), counted in the summary as
   * {@code texts} and {@code brokenCitations}.
   *
   * @param diff the diff
   * @return the tree
   */
  static ObjectNode json(DatasetDiff diff) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    ObjectNode root = n.objectNode();
    root.put("formatVersion", 1);
    ObjectNode summary = root.putObject("summary");
    summary.put("added", count(diff, RecordChange.Kind.ADDED));
    summary.put("removed", count(diff, RecordChange.Kind.REMOVED));
    summary.put("changed", count(diff, RecordChange.Kind.CHANGED));
    ArrayNode changes = root.putArray("changes");
    for (RecordChange c : diff.changes()) {
      ObjectNode o = changes.addObject();
      o.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
      o.put("type", c.type() == null ? "manifest" : c.type().singular());
      o.put("id", c.id());
      o.put("positionFlip", c.isPositionFlip());
      ArrayNode fields = o.putArray("fields");
      for (FieldChange f : c.fields()) {
        ObjectNode fo = fields.addObject();
        fo.put("field", f.field());
        fo.set("before", f.before() == null ? n.nullNode() : Json.mapper().readTree(f.before()));
        fo.set("after", f.after() == null ? n.nullNode() : Json.mapper().readTree(f.after()));
      }
    }
    DiffTexts.json(root, diff);
    return root;
  }

  private static String summary(DatasetDiff diff) {
    if (diff.isEmpty()) {
      return "no changes";
    }
    return count(diff, RecordChange.Kind.ADDED) + " added, " + count(diff, RecordChange.Kind.REMOVED)
        + " removed, " + count(diff, RecordChange.Kind.CHANGED) + " changed" + DiffTexts.summary(diff);
  }

  /** The fields that name a record, first found first: what an added record is shown with. */
  private static final List<String> LABELS = List.of("statement", "title", "name", "label");

  /** The statement, title or name of an added record, cut to 120 characters; null if it has none. */
  static @Nullable String label(RecordChange c) {
    for (String name : LABELS) {
      for (FieldChange f : c.fields()) {
        if (f.field().equals(name) && f.after() != null) {
          tools.jackson.databind.JsonNode v = Json.mapper().readTree(f.after());
          if (v.isString()) {
            String s = v.asString().replaceAll("\\s+", " ").strip();
            return s.length() > LONG ? s.substring(0, LONG - 1) + "…" : s;
          }
        }
      }
    }
    return null;
  }

  private static long count(DatasetDiff diff, RecordChange.Kind kind) {
    return diff.changes().stream().filter(c -> c.kind() == kind).count();
  }

  /** Values longer than this are shown by their changed words rather than whole. */
  static final int LONG = 120;

  private static boolean isLong(FieldChange f) {
    return f.before() != null && f.after() != null
        && (flat(f.before()).length() > LONG || flat(f.after()).length() > LONG);
  }

  /** The words that differ between the two values of a long field (both present, as isLong says). */
  private static List<WordDiff.Run> words(FieldChange f) {
    return WordDiff.diff(flat(Objects.requireNonNull(f.before())), flat(Objects.requireNonNull(f.after())));
  }

  private static String flat(String json) {
    return json.replaceAll("\\s*\\n\\s*", " ");
  }

  static String code(String text) {
    return "`" + TerminalText.escape(text).replace("|", "\\|").replace("`", "'") + "`";
  }

  private static String oneLine(@Nullable String json) {
    if (json == null) {
      return "(absent)";
    }
    String s = TerminalText.escape(json.replaceAll("\\s*\\n\\s*", " "));
    return s.length() > 120 ? s.substring(0, 117) + "..." : s;
  }

  static String cell(@Nullable String json) {
    return json == null ? "—" : "`" + oneLine(json).replace("|", "\\|").replace("`", "'") + "`";
  }
}
