package org.policyset.core.stats;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.policyset.core.diagnostic.TerminalText;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The text and JSON of {@link SourceCoverage}, for {@link StatsWriter}. */
final class CoverageReport {
  private CoverageReport() {}

  static void summary(PrintWriter out, List<SourceCoverage> coverage) {
    out.println();
    out.println("Source coverage (paragraphs of archived texts cited)");
    if (coverage.isEmpty()) {
      out.println("  (no source has an archived text)");
      return;
    }
    int w = 4;
    for (SourceCoverage c : coverage) {
      w = Math.max(w, TerminalText.escape(c.source()).length());
    }
    for (SourceCoverage c : coverage) {
      String id = TerminalText.escape(c.source());
      if (c.problem() != null) {
        out.printf("  %-" + w + "s  not read: %s%n", id, TerminalText.escape(c.problem()));
        continue;
      }
      int all = c.paragraphs().size();
      out.printf(Locale.ROOT, "  %-" + w + "s %4d of %4d  %5.1f%%  not cited: %s%n", id, c.cited(), all,
          all == 0 ? 0.0 : 100.0 * c.cited() / all, c.uncited().isEmpty() ? "(none)"
              : c.uncited().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
  }

  static void summary(ArrayNode array, List<SourceCoverage> coverage) {
    for (SourceCoverage c : coverage) {
      ObjectNode o = array.addObject().put("source", c.source()).put("text", c.text());
      if (c.problem() != null) {
        o.put("problem", c.problem());
        continue;
      }
      o.put("paragraphs", c.paragraphs().size()).put("cited", c.cited());
      ArrayNode uncited = o.putArray("uncited");
      c.uncited().forEach(uncited::add);
    }
  }

  static void full(PrintWriter out, List<SourceCoverage> coverage) {
    if (coverage.isEmpty()) {
      out.println("No source has an archived text.");
      return;
    }
    boolean first = true;
    for (SourceCoverage c : coverage) {
      if (!first) {
        out.println();
      }
      first = false;
      String head = TerminalText.escape(c.source()) + " (" + TerminalText.escape(c.text()) + ")";
      if (c.problem() != null) {
        out.println(head + ": not read: " + TerminalText.escape(c.problem()));
        continue;
      }
      out.println(head + ": " + c.cited() + " of " + c.paragraphs().size() + " paragraphs cited");
      int w = 4;
      for (SourceCoverage.Paragraph p : c.paragraphs()) {
        w = Math.max(w, p.locator().length());
      }
      for (SourceCoverage.Paragraph p : c.paragraphs()) {
        String what = p.citedBy().isEmpty() ? "not cited: \"" + TerminalText.escape(p.opening()) + "\""
            : TerminalText.escape(String.join(", ", p.citedBy()));
        out.printf("  %-" + w + "s  %s%n", p.locator(), what);
      }
    }
  }

  static void full(ArrayNode array, List<SourceCoverage> coverage) {
    for (SourceCoverage c : coverage) {
      ObjectNode o = array.addObject().put("source", c.source()).put("text", c.text());
      if (c.problem() != null) {
        o.put("problem", c.problem());
        continue;
      }
      o.put("paragraphs", c.paragraphs().size()).put("cited", c.cited());
      ArrayNode paragraphs = o.putArray("coverage");
      for (SourceCoverage.Paragraph p : c.paragraphs()) {
        ArrayNode by = paragraphs.addObject().put("paragraph", p.number()).put("locator", p.locator())
            .put("opening", p.opening()).putArray("citedBy");
        p.citedBy().forEach(by::add);
      }
    }
  }
}
