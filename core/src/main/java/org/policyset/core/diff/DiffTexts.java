package org.policyset.core.diff;

import org.policyset.core.internal.text.WordDiff;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.TerminalText;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The archived-text part of {@link DiffRenderer}'s output: the texts that changed, paragraph by
 * paragraph with the changed words, and the citations a changed text broke.
 */
final class DiffTexts {
  private DiffTexts() {}

  /** A paragraph added or removed whole is shown up to this many characters. */
  private static final int WHOLE = 200;

  /** Appends the text form: {@code ~ text of source:ID (PATH)} with its paragraphs, then {@code !} lines. */
  static void text(StringBuilder sb, DatasetDiff diff) {
    for (TextChange t : diff.texts()) {
      sb.append(switch (t.kind()) {
        case ADDED -> "+ ";
        case REMOVED -> "- ";
        case CHANGED -> "~ ";
      }).append("text of source:").append(TerminalText.escape(t.source())).append(" (")
          .append(TerminalText.escape(t.text())).append(')');
      switch (t.kind()) {
        case ADDED -> sb.append("   (the old version has no readable text)");
        case REMOVED -> sb.append("   (the new version has no readable text)");
        case CHANGED -> { }
      }
      sb.append('\n');
      if (t.kind() == TextChange.Kind.CHANGED && t.paragraphs().isEmpty()) {
        sb.append("    (only line ends differ)\n");
      }
      for (ParagraphChange p : t.paragraphs()) {
        sb.append("    ").append(heading(p)).append(": ");
        if (p.oldText() != null && p.newText() != null) {
          sb.append(TerminalText.escape(WordDiff.inline(WordDiff.diff(p.oldText(), p.newText()))));
        } else if (p.oldText() != null) {
          sb.append("[-").append(TerminalText.escape(cut(p.oldText()))).append("-]");
        } else {
          sb.append("{+").append(TerminalText.escape(cut(String.valueOf(p.newText())))).append("+}");
        }
        sb.append('\n');
      }
    }
    for (BrokenCitation b : diff.brokenCitations()) {
      sb.append("! ").append(TerminalText.escape(b.record())).append(": quote of source '")
          .append(TerminalText.escape(b.source())).append('\'');
      if (b.locator() != null) {
        sb.append(" (").append(TerminalText.escape(b.locator())).append(')');
      }
      sb.append(" no longer stands in its text: \"").append(TerminalText.escape(cut(b.quote())))
          .append("\"\n");
    }
  }

  /** {@code para. N}, with the old number where it differs, or the old number of a removed one. */
  private static String heading(ParagraphChange p) {
    if (p.newText() == null) {
      return "para. " + p.before() + " removed";
    }
    if (p.oldText() == null) {
      return "para. " + p.after() + " added";
    }
    return p.before() == p.after() ? "para. " + p.after() : "para. " + p.after() + " (was " + p.before() + ")";
  }

  private static String cut(String s) {
    return s.length() > WHOLE ? s.substring(0, WHOLE - 1) + "…" : s;
  }

  /** The summary's tail: {@code , N texts changed, N citations broken}, each only when not 0. */
  static String summary(DatasetDiff diff) {
    String s = "";
    if (!diff.texts().isEmpty()) {
      s += ", " + plural(diff.texts().size(), "text") + " changed";
    }
    if (!diff.brokenCitations().isEmpty()) {
      s += ", " + plural(diff.brokenCitations().size(), "citation") + " broken";
    }
    return s;
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** Appends the Markdown list of broken citations, if any. */
  static void markdownBroken(StringBuilder sb, DatasetDiff diff) {
    if (diff.brokenCitations().isEmpty()) {
      return;
    }
    sb.append("\n**Citations broken by a text change**\n\n");
    for (BrokenCitation b : diff.brokenCitations()) {
      sb.append("- `").append(TerminalText.escape(b.record())).append("` cites `")
          .append(TerminalText.escape(b.source())).append('`');
      if (b.locator() != null) {
        sb.append(" (").append(DiffRenderer.code(b.locator())).append(')');
      }
      sb.append(": ").append(DiffRenderer.code(cut(b.quote()))).append('\n');
    }
  }

  /** Appends the Markdown section of changed texts, if any. */
  static void markdownTexts(StringBuilder sb, DatasetDiff diff) {
    if (diff.texts().isEmpty()) {
      return;
    }
    sb.append("\n**Archived texts**\n");
    for (TextChange t : diff.texts()) {
      sb.append("\n`source:").append(TerminalText.escape(t.source())).append("` ")
          .append(DiffRenderer.code(t.text())).append(": ").append(t.kind().name().toLowerCase(java.util.Locale.ROOT))
          .append('\n');
      if (t.paragraphs().isEmpty()) {
        continue;
      }
      sb.append("\n| paragraph | before | after |\n|---|---|---|\n");
      for (ParagraphChange p : t.paragraphs()) {
        sb.append("| ").append(heading(p)).append(" | ");
        if (p.oldText() != null && p.newText() != null) {
          List<WordDiff.Run> runs = WordDiff.diff(p.oldText(), p.newText());
          sb.append(DiffRenderer.code(WordDiff.side(runs, true))).append(" | ")
              .append(DiffRenderer.code(WordDiff.side(runs, false)));
        } else {
          sb.append(side(p.oldText())).append(" | ").append(side(p.newText()));
        }
        sb.append(" |\n");
      }
    }
  }

  private static String side(@Nullable String text) {
    return text == null ? "—" : DiffRenderer.code(cut(text));
  }

  /** Adds {@code summary.texts}, {@code summary.brokenCitations}, {@code texts} and {@code brokenCitations}. */
  static void json(ObjectNode root, DatasetDiff diff) {
    ObjectNode summary = (ObjectNode) root.get("summary");
    summary.put("texts", diff.texts().size());
    summary.put("brokenCitations", diff.brokenCitations().size());
    ArrayNode texts = root.putArray("texts");
    for (TextChange t : diff.texts()) {
      ObjectNode o = texts.addObject();
      o.put("source", t.source());
      o.put("text", t.text());
      o.put("kind", t.kind().name().toLowerCase(java.util.Locale.ROOT));
      ArrayNode paragraphs = o.putArray("paragraphs");
      for (ParagraphChange p : t.paragraphs()) {
        ObjectNode po = paragraphs.addObject();
        if (p.before() > 0) {
          po.put("before", p.before());
        } else {
          po.putNull("before");
        }
        if (p.after() > 0) {
          po.put("after", p.after());
        } else {
          po.putNull("after");
        }
        po.put("oldText", p.oldText());
        po.put("newText", p.newText());
      }
    }
    ArrayNode broken = root.putArray("brokenCitations");
    for (BrokenCitation b : diff.brokenCitations()) {
      ObjectNode o = broken.addObject();
      o.put("record", b.record());
      o.put("source", b.source());
      o.put("quote", b.quote());
      o.put("locator", b.locator());
    }
  }
}
