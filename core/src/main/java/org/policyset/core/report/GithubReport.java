package org.policyset.core.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Severity;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.diagnostic.TerminalText;

/**
 * Writes a validation report as GitHub Actions workflow commands, one line per finding, which
 * GitHub shows as annotations on the changed lines of a pull request:
 *
 * <pre>{@code
 * ::error file=data/stances.json,line=12,col=7,title=PS302 dangling-reference::stance 'cn-gaza' refers to unknown topic 'gaza-cesefire'%0AHint: did you mean 'gaza-ceasefire'?
 * }</pre>
 *
 * <p>Errors become {@code ::error}, warnings {@code ::warning}. Values are escaped as GitHub's
 * runner unescapes them: {@code %}, carriage return and line feed in the message; those and also
 * {@code :} and {@code ,} in properties; other control and bidirectional formatting characters are
 * escaped as {@link TerminalText} does. Suppressed and baselined findings are not written.
 *
 * @since 0.1.0
 */
public final class GithubReport {

  /** Creates a writer. */
  public GithubReport() {}

  /**
   * Returns the workflow command lines, one per finding.
   *
   * @param report the report
   * @return the lines, without line terminators
   */
  public List<String> lines(ValidationReport report) {
    List<String> lines = new ArrayList<>();
    for (Finding f : report.findings()) {
      lines.add(line(f));
    }
    return lines;
  }

  /**
   * Returns the workflow command of one finding.
   *
   * @param f the finding
   * @return the line, without a line terminator
   */
  public static String line(Finding f) {
    String message = f.hint() == null ? f.message() : f.message() + "\nHint: " + f.hint();
    return annotation(f.severity(), f.location(), f.rule().code() + " " + f.rule().slug(), message);
  }

  /**
   * Returns one workflow command ({@code ::error} or {@code ::warning}) with its properties and
   * message escaped as GitHub requires.
   *
   * @param severity error or warning
   * @param l where: the file, and the line and column when known (greater than 0)
   * @param title the annotation's title
   * @param message the message; may span lines (other control characters are escaped)
   * @return the line, without a line terminator
   */
  public static String annotation(Severity severity, Location l, String title, String message) {
    StringBuilder sb = new StringBuilder("::");
    sb.append(severity == Severity.ERROR ? "error" : "warning");
    sb.append(" file=").append(property(TerminalText.escape(l.file())));
    if (l.line() > 0) {
      sb.append(",line=").append(l.line());
      if (l.column() > 0) {
        sb.append(",col=").append(l.column());
      }
    }
    sb.append(",title=").append(property(TerminalText.escape(title)));
    sb.append("::").append(data(TerminalText.escape(message, true)));
    return sb.toString();
  }

  /**
   * Writes one line per finding to {@code out}.
   *
   * @param report the report
   * @param out the writer
   */
  public void write(ValidationReport report, PrintWriter out) {
    for (String line : lines(report)) {
      out.println(line);
    }
    out.flush();
  }

  /** Escapes a command's message: {@code %}, CR and LF. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property value: as {@link #data} and also {@code :} and {@code ,}. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
