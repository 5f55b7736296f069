package org.policyset.core.report;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.policyset.core.io.InputFile;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Severity;
import org.policyset.core.validation.ValidationReport;

/**
 * Writes a validation report as JUnit XML, for CI systems that show test reports (GitLab, Jenkins,
 * Azure DevOps): one test suite, and one test case per finding, named by its rule and place, whose
 * class name is the finding's file. An error is a test case with one {@code <failure>}; a warning
 * is a passing test case, and is listed in the suite's {@code <system-out>}; a file without
 * findings is one passing test case, so that the report also shows what was checked. The counts
 * ({@code tests}, {@code failures}) are those of the test cases.
 *
 * <p>The document is valid against both the Apache Ant {@code JUnit.xsd} (which allows one result
 * element per test case and requires {@code timestamp}, {@code hostname} and the suite's
 * {@code system-out} and {@code system-err}) and the JUnit schema of the Jenkins xUnit plugin.
 * Attribute values never hold a raw line break (it would be read back as a space): line breaks are
 * written as character references. The host name is always {@code localhost}, so that a report
 * says nothing about the machine it was made on.
 *
 * @since 0.1.0
 */
public final class JunitReport {

  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private final @Nullable Instant timestamp;

  /** Creates a writer whose reports carry the time they are written. */
  public JunitReport() {
    this(null);
  }

  /**
   * Creates a writer whose reports carry the given time, for reports that must be reproducible.
   *
   * @param timestamp the time written as the suite's {@code timestamp} (in UTC, to the second);
   *     null for the time each report is written
   * @since 0.1.0
   */
  public JunitReport(@Nullable Instant timestamp) {
    this.timestamp = timestamp;
  }

  /** A test case: the file it is about, its name, and the finding behind it (null: a clean file). */
  private record Case(String file, String name, @Nullable Finding finding) {}

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
    List<Case> cases = new ArrayList<>();
    int failed = 0;
    StringBuilder warnings = new StringBuilder();
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      if (e.getValue().isEmpty()) {
        cases.add(new Case(e.getKey(), "no findings", null));
        continue;
      }
      for (Finding f : e.getValue()) {
        cases.add(new Case(e.getKey(), name(f), f));
        if (f.severity() == Severity.ERROR) {
          failed++;
        } else {
          warnings.append(describe(f)).append('\n');
        }
      }
    }
    Instant at = timestamp == null ? Instant.now() : timestamp;
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
    sb.append("  <testsuite name=\"policyset validate\" package=\"policyset\" id=\"0\" tests=\"")
        .append(cases.size()).append("\" failures=\"").append(failed)
        .append("\" errors=\"0\" skipped=\"0\" time=\"0\" timestamp=\"")
        .append(TIMESTAMP.format(at.atOffset(ZoneOffset.UTC))).append("\" hostname=\"localhost\">\n");
    sb.append("    <properties>\n");
    property(sb, "files", report.files().size());
    property(sb, "records", report.recordCount());
    property(sb, "errors", report.errors());
    property(sb, "warnings", report.warnings());
    property(sb, "suppressed", report.suppressed().size());
    property(sb, "baselined", report.baselined().size());
    sb.append("    </properties>\n");
    for (Case c : cases) {
      sb.append("    <testcase classname=\"").append(attribute(c.file())).append("\" name=\"")
          .append(attribute(c.name())).append("\" time=\"0\"");
      Finding f = c.finding();
      if (f == null || f.severity() != Severity.ERROR) {
        sb.append("/>\n");
        continue;
      }
      sb.append(">\n      <failure type=\"").append(f.rule().code()).append("\" message=\"")
          .append(attribute(f.rule().code() + " " + f.rule().slug() + ": " + f.message()))
          .append("\">").append(escape(describe(f))).append("</failure>\n    </testcase>\n");
    }
    sb.append("    <system-out>").append(escape(warnings.toString())).append("</system-out>\n");
    sb.append("    <system-err></system-err>\n");
    sb.append("  </testsuite>\n</testsuites>\n");
    return sb.toString();
  }

  /** The name of a finding's test case: rule, place in the file, record and pointer. */
  static String name(Finding f) {
    StringBuilder sb = new StringBuilder(f.rule().code()).append(' ').append(f.rule().slug());
    Location l = f.location();
    if (l.line() > 0) {
      sb.append(" at ").append(l.line());
      if (l.column() > 0) {
        sb.append(':').append(l.column());
      }
    }
    if (f.record() != null) {
      sb.append(' ').append(f.record());
    }
    if (!f.pointer().isEmpty()) {
      sb.append(' ').append(f.pointer());
    }
    if (f.severity() != Severity.ERROR) {
      sb.append(" (").append(f.severity().label()).append(')');
    }
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

  /** Escapes text for an attribute value, with line breaks and tabs as character references. */
  static String attribute(String s) {
    return escape(s).replace("\n", "&#10;");
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
