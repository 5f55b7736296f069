package org.policyset.maven;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Severity;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.core.validation.ValidationReport;

/**
 * Writes a validation report into the Maven log: each finding on a line of its own, at the level of
 * its severity, in the form that Maven's own compiler messages take and that IDEs and CI log
 * parsers link to the file ({@code /abs/data/stances.json:[12,7] PS302 message [dangling-reference]}),
 * its hint on the next line; then a summary of the counts. Text from the dataset is escaped so
 * that it cannot rewrite the log ({@link TerminalText}).
 */
final class ValidationLog {
  private final Log log;
  private final Path workingFolder;

  /**
   * Creates a log writer.
   *
   * @param log the plugin's log
   * @param workingFolder the folder relative file names in findings are relative to
   */
  ValidationLog(Log log, Path workingFolder) {
    this.log = log;
    this.workingFolder = workingFolder;
  }

  /** Logs every finding of {@code report}: errors as errors, warnings as warnings. */
  void findings(ValidationReport report) {
    for (Finding f : report.findings()) {
      boolean error = f.severity() == Severity.ERROR;
      log(error, line(f));
      if (f.hint() != null) {
        log(error, "    hint: " + TerminalText.escape(f.hint()));
      }
    }
  }

  private void log(boolean error, String line) {
    if (error) {
      log.error(line);
    } else {
      log.warn(line);
    }
  }

  /** Returns {@code /abs/file.json:[line,column] CODE message [rule-name]}, escaped. */
  String line(Finding f) {
    Location l = f.location();
    StringBuilder sb = new StringBuilder(absolute(l.file()));
    if (l.line() > 0) {
      sb.append(":[").append(l.line());
      if (l.column() > 0) {
        sb.append(',').append(l.column());
      }
      sb.append(']');
    }
    sb.append(' ').append(f.rule().code()).append(' ').append(f.message())
        .append(" [").append(f.rule().slug()).append(']');
    return TerminalText.escape(sb.toString());
  }

  /** The file a finding names, as an absolute path, so that a click in an IDE finds it. */
  String absolute(String file) {
    try {
      return workingFolder.resolve(file).normalize().toString();
    } catch (InvalidPathException e) {
      return file;
    }
  }

  /**
   * Returns the counts, such as {@code 3 files, 12 records checked: 2 errors, 1 warning (1 in the
   * baseline)}.
   */
  static String summary(ValidationReport report) {
    int files = report.files().size();
    StringBuilder sb = new StringBuilder()
        .append(count(files, "file")).append(", ").append(count(report.recordCount(), "record"))
        .append(" checked: ").append(count(report.errors(), "error")).append(", ")
        .append(count(report.warnings(), "warning"));
    List<String> aside = new ArrayList<>();
    if (!report.suppressed().isEmpty()) {
      aside.add(report.suppressed().size() + " suppressed");
    }
    if (!report.baselined().isEmpty()) {
      aside.add(report.baselined().size() + " in the baseline");
    }
    if (!aside.isEmpty()) {
      sb.append(" (").append(String.join(", ", aside)).append(')');
    }
    if (!report.complete()) {
      sb.append("; some input could not be read to its end, so reference checks were skipped");
    }
    return sb.toString();
  }

  private static String count(long n, String noun) {
    return (n == 0 ? "no" : String.valueOf(n)) + " " + noun + (n == 1 ? "" : "s");
  }
}
