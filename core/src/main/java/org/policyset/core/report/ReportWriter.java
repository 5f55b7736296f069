package org.policyset.core.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.validation.ValidationReport;

/**
 * Writes a validation report in a {@link ReportFormat}, with the settings that format takes: the
 * tool's version (JSON, SARIF), colour and what was validated (text), the folder SARIF paths are
 * relative to and how many results a SARIF run may hold. Immutable; each setter returns a copy.
 *
 * <pre>{@code
 * ValidationReport report = DatasetValidator.create().validate(List.of(Path.of("dataset/data")));
 * ReportWriter.of(ReportFormat.SARIF, "1.0.0").write(report, new PrintWriter(System.out, true));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReportWriter {
  private final ReportFormat format;
  private final String toolVersion;
  private final boolean colour;
  private final @Nullable String subject;
  private final Path base;
  private final int sarifMaxResults;

  private ReportWriter(ReportFormat format, String toolVersion, boolean colour, @Nullable String subject, Path base,
      int sarifMaxResults) {
    this.format = Objects.requireNonNull(format, "format");
    this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    this.colour = colour;
    this.subject = subject;
    this.base = base;
    this.sarifMaxResults = sarifMaxResults;
  }

  /**
   * Returns a writer of {@code format}: no colour, paths relative to the working folder, SARIF runs
   * of at most {@link SarifReport#DEFAULT_MAX_RESULTS} results.
   *
   * @param format the format
   * @param toolVersion the version of the tool that validated, as reports name it
   * @return the writer
   */
  public static ReportWriter of(ReportFormat format, String toolVersion) {
    return new ReportWriter(format, toolVersion, false, null, Path.of(""), SarifReport.DEFAULT_MAX_RESULTS);
  }

  /**
   * Returns this writer with ANSI colours on or off (text only).
   *
   * @param on whether to colour
   * @return a copy
   */
  public ReportWriter colour(boolean on) {
    return new ReportWriter(format, toolVersion, on, subject, base, sarifMaxResults);
  }

  /**
   * Returns this writer naming what was validated in the text summary, such as
   * {@code bundled dataset (dataset/data)}.
   *
   * @param what what was validated, or null to name nothing
   * @return a copy
   */
  public ReportWriter subject(@Nullable String what) {
    return new ReportWriter(format, toolVersion, colour, what, base, sarifMaxResults);
  }

  /**
   * Returns this writer making SARIF paths relative to {@code folder}.
   *
   * @param folder the folder
   * @return a copy
   */
  public ReportWriter relativeTo(Path folder) {
    return new ReportWriter(format, toolVersion, colour, subject, folder, sarifMaxResults);
  }

  /**
   * Returns this writer holding at most {@code max} results in a SARIF run.
   *
   * @param max the most results, at least 1
   * @return a copy
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public ReportWriter sarifMaxResults(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("the SARIF result cap must be at least 1, not " + max);
    }
    return new ReportWriter(format, toolVersion, colour, subject, base, max);
  }

  /** {@return the format} */
  public ReportFormat format() {
    return format;
  }

  /**
   * Returns how many findings a SARIF run of {@code report} leaves out for its cap; 0 for the other
   * formats, which hold every finding.
   *
   * @param report the report
   * @return the number left out
   */
  public int leftOut(ValidationReport report) {
    return format == ReportFormat.SARIF ? sarif().leftOut(report) : 0;
  }

  /**
   * Writes {@code report} to {@code out} and flushes it.
   *
   * @param report the report
   * @param out where to write
   */
  public void write(ValidationReport report, PrintWriter out) {
    switch (format) {
      case TEXT -> new TextReport(colour).write(report, subject, out);
      case JSON -> new JsonReport(toolVersion).write(report, out);
      case SARIF -> sarif().write(report, out);
      case GITHUB -> new GithubReport().write(report, out);
      case JUNIT -> new JunitReport().write(report, out);
    }
    out.flush();
  }

  private SarifReport sarif() {
    return new SarifReport(toolVersion, base).withMaxResults(sarifMaxResults);
  }
}
