package org.policyset.core.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.RecordType;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Severity;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.diagnostic.TerminalText;

/**
 * Writes a validation report for people: findings grouped by file, each with line, column,
 * severity, rule code and name, message and hint, then a one-line summary of what was checked.
 *
 * @since 0.1.0
 */
public final class TextReport {

  private final boolean colour;

  /**
   * Creates a writer.
   *
   * @param colour whether to use ANSI colours
   */
  public TextReport(boolean colour) {
    this.colour = colour;
  }

  /**
   * Writes {@code report} to {@code out}.
   *
   * @param report the report
   * @param what what was validated, such as "bundled dataset (dataset/data)", or null to
   *     name nothing
   * @param out the writer
   */
  public void write(ValidationReport report, @Nullable String what, PrintWriter out) {
    String file = null;
    for (Finding f : report.findings()) {
      if (!f.location().file().equals(file)) {
        if (file != null) {
          out.println();
        }
        file = f.location().file();
        out.println(style(TerminalText.escape(file), "1"));
      }
      Location l = f.location();
      String pos = l.line() > 0 ? l.line() + ":" + Math.max(l.column(), 0) : "-";
      String sev = f.severity() == Severity.ERROR ? style("error", "31") : style("warning", "33");
      out.printf("  %-8s %s %s %s%n", pos, pad(sev, f.severity().label().length(), 7),
          style(f.rule().code(), "2"), TerminalText.escape(f.message())
              + style("  [" + f.rule().slug() + "]", "2"));
      if (f.hint() != null) {
        out.println("           " + style("hint: ", "36") + TerminalText.escape(f.hint()));
      }
    }
    if (!report.findings().isEmpty()) {
      out.println();
    }
    out.println(summary(report, what));
    out.flush();
  }

  /**
   * Returns the one-line summary, such as {@code ✔ 4 files, 57 records … : no errors, no warnings}.
   *
   * @param report the report
   * @param what what was validated, or null to name nothing
   * @return the line
   */
  public String summary(ValidationReport report, @Nullable String what) {
    long errors = report.errors();
    long warnings = report.warnings();
    StringBuilder sb = new StringBuilder();
    sb.append(errors > 0 ? style("✖", "31") : style("✔", "32")).append(' ');
    if (what != null) {
      sb.append(TerminalText.escape(what)).append(": ");
    }
    int files = report.files().size();
    sb.append(files).append(files == 1 ? " file, " : " files, ");
    sb.append(report.recordCount()).append(report.recordCount() == 1 ? " record" : " records");
    List<String> parts = new ArrayList<>();
    for (Map.Entry<RecordType, Integer> e : sorted(report.records())) {
      if (e.getValue() > 0) {
        parts.add(e.getValue() + " " + (e.getValue() == 1 ? e.getKey().singular() : e.getKey().section()));
      }
    }
    if (!parts.isEmpty()) {
      sb.append(" (").append(String.join(", ", parts)).append(')');
    }
    sb.append(" checked: ");
    sb.append(count(errors, "error")).append(", ").append(count(warnings, "warning"));
    List<String> hidden = new ArrayList<>();
    if (!report.suppressed().isEmpty()) {
      hidden.add(report.suppressed().size() + " suppressed");
    }
    if (!report.baselined().isEmpty()) {
      hidden.add(report.baselined().size() + " in the baseline");
    }
    if (!hidden.isEmpty()) {
      sb.append(" (").append(String.join(", ", hidden)).append(" not shown)");
    }
    if (!report.complete()) {
      sb.append(" (some input could not be read to its end; reference checks were skipped)");
    }
    return sb.toString();
  }

  private static List<Map.Entry<RecordType, Integer>> sorted(Map<RecordType, Integer> m) {
    List<Map.Entry<RecordType, Integer>> l = new ArrayList<>(m.entrySet());
    l.sort(Map.Entry.comparingByKey());
    return l;
  }

  private static String count(long n, String noun) {
    return n == 0 ? "no " + noun + "s" : n + " " + noun + (n == 1 ? "" : "s");
  }

  private String style(String s, String code) {
    return colour ? "\u001B[" + code + "m" + s + "\u001B[0m" : s;
  }

  private static String pad(String styled, int visible, int width) {
    return visible >= width ? styled : styled + " ".repeat(width - visible);
  }
}
