package org.policyset.core.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyset.core.io.InputFile;
import org.policyset.core.validation.Finding;
import org.policyset.core.validation.Location;
import org.policyset.core.validation.Severity;
import org.policyset.core.validation.ValidationReport;

/**
 * Writes a validation report as JUnit XML, for CI systems that show test reports: one test suite,
 * one test case per file (named by the file), and one {@code <failure>} per error in that file.
 * Warnings do not fail a test case; they are listed in its {@code <system-out>}. A file without
 * errors is a passing test case, so the report also shows what was checked.
 *
 * @since 0.1.0
 */
public final class JunitReport {

  /** Creates a writer. */
  public JunitReport() {}

  /**
   * Returns the XML document.
   *
   * @param report the report
   * @return the document, ending with a newline
   */
  public String render(ValidationReport report) {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (InputFile f : report.files()) {
      byFile.putIfAbsent(f.display(), new ArrayList<>());
    }
    for (Finding f : report.findings()) {
      byFile.computeIfAbsent(f.location().file(), k -> new ArrayList<>()).add(f);
    }
    int failed = 0;
    for (List<Finding> list : byFile.values()) {
      if (list.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
        failed++;
      }
    }
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<testsuites name=\"policyset\" tests=\"").append(byFile.size())
        .append("\" failures=\"").append(failed).append("\" errors=\"0\">\n");
    sb.append("  <testsuite name=\"policyset validate\" tests=\"").append(byFile.size())
        .append("\" failures=\"").append(failed).append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
    sb.append("    <properties>\n");
    property(sb, "records", report.recordCount());
    property(sb, "errors", report.errors());
    property(sb, "warnings", report.warnings());
    property(sb, "suppressed", report.suppressed().size());
    property(sb, "baselined", report.baselined().size());
    sb.append("    </properties>\n");
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      sb.append("    <testcase classname=\"policyset.validate\" name=\"").append(escape(e.getKey()))
          .append("\" time=\"0\"");
      List<Finding> findings = e.getValue();
      if (findings.isEmpty()) {
        sb.append("/>\n");
        continue;
      }
      sb.append(">\n");
      StringBuilder warnings = new StringBuilder();
      for (Finding f : findings) {
        if (f.severity() == Severity.ERROR) {
          sb.append("      <failure type=\"").append(f.rule().code()).append("\" message=\"")
              .append(escape(f.rule().code() + " " + f.rule().slug() + ": " + f.message()))
              .append("\">").append(escape(describe(f))).append("</failure>\n");
        } else {
          warnings.append(describe(f)).append('\n');
        }
      }
      if (warnings.length() > 0) {
        sb.append("      <system-out>").append(escape(warnings.toString())).append("</system-out>\n");
      }
      sb.append("    </testcase>\n");
    }
    sb.append("  </testsuite>\n</testsuites>\n");
    return sb.toString();
  }

  /**
   * Writes the XML document to {@code out}.
   *
   * @param report the report
   * @param out the writer
   */
  public void write(ValidationReport report, PrintWriter out) {
    out.print(render(report));
    out.flush();
  }

  private static void property(StringBuilder sb, String name, long value) {
    sb.append("      <property name=\"").append(name).append("\" value=\"").append(value)
        .append("\"/>\n");
  }

  private static String describe(Finding f) {
    Location l = f.location();
    StringBuilder sb = new StringBuilder(l.toString()).append(": ").append(f.severity().label())
        .append(' ').append(f.rule().code()).append(' ').append(f.rule().slug()).append(": ")
        .append(f.message());
    if (!f.pointer().isEmpty()) {
      sb.append("\n  at ").append(f.pointer());
      if (f.record() != null) {
        sb.append(" (").append(f.record()).append(')');
      }
    }
    if (f.hint() != null) {
      sb.append("\n  hint: ").append(f.hint());
    }
    return sb.toString();
  }

  /**
   * Escapes text for XML content and attributes; characters XML 1.0 cannot hold at all (most
   * control characters, lone surrogates) become {@code \\uXXXX}.
   */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        case '\n' -> sb.append(c);
        case '\t', '\r' -> sb.append("&#").append((int) c).append(';');
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            sb.append(String.format("\\u%04X", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
