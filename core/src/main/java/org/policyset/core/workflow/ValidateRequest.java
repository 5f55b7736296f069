package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.report.ReportFormat;
import org.policyset.core.report.ReportWriter;

/**
 * What to validate and how to report it: the inputs, read limits, which rules count, suppressions,
 * a baseline, and the report's format and destination. Made with {@link #of} and the
 * {@code with}-style methods, each of which returns a copy.
 *
 * <pre>{@code
 * ValidateResult r = Policyset.validate(ValidateRequest.of(List.of(Path.of("dataset/data")))
 *     .strict(true).select(RuleSelector.rules(List.of("integrity"))), new PrintWriter(System.out));
 * }</pre>
 *
 * @param inputs the files and folders to validate
 * @param limits the read limits
 * @param strict whether warnings fail too
 * @param select the rules to report (empty: all)
 * @param ignore the rules not to report
 * @param reportAll whether to report what root-cause grouping hides
 * @param suppressions the suppressions file, or null for the default ones present (in the working
 *     folder, then beside each dataset)
 * @param baseline the baseline file to apply, or null for none
 * @param writeBaseline where to record today's findings as a baseline, or null to record none
 * @param report how to write the report
 * @param output the file to write the report to (atomically), or null for the writer the workflow
 *     is given
 * @since 0.1.0
 */
public record ValidateRequest(List<Path> inputs, ReadLimits limits, boolean strict, Set<Rule> select,
    Set<Rule> ignore, boolean reportAll, @Nullable Path suppressions, @Nullable Path baseline,
    @Nullable Path writeBaseline, ReportWriter report, @Nullable Path output) {

  /**
   * Copies the collections; the inputs, limits and report writer are required.
   *
   * @param inputs the files and folders to validate
   * @param limits the read limits
   * @param strict whether warnings fail too
   * @param select the rules to report (empty: all)
   * @param ignore the rules not to report
   * @param reportAll whether to report what root-cause grouping hides
   * @param suppressions the suppressions file, or null for the default ones present (in the working
   *     folder, then beside each dataset: {@link org.policyset.core.validation.Suppressions#defaultFiles})
   * @param baseline the baseline file to apply, or null
   * @param writeBaseline where to record today's findings as a baseline, or null
   * @param report how to write the report
   * @param output the file to write the report to (atomically), or null for the writer the workflow
   *     is given
   */
  public ValidateRequest {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(limits, "limits");
    select = Set.copyOf(select);
    ignore = Set.copyOf(ignore);
    Objects.requireNonNull(report, "report");
  }

  /**
   * Returns a request to validate {@code inputs} with default limits, every rule, the default
   * suppressions file when present, no baseline, and a text report.
   *
   * @param inputs files and folders
   * @return the request
   */
  public static ValidateRequest of(List<Path> inputs) {
    return new ValidateRequest(inputs, ReadLimits.DEFAULTS, false, Set.of(), Set.of(), false, null,
        null, null, ReportWriter.of(ReportFormat.TEXT, "unknown"), null);
  }

  /**
   * Returns this request with other read limits.
   *
   * @param newLimits the limits
   * @return a copy
   */
  public ValidateRequest limits(ReadLimits newLimits) {
    return new ValidateRequest(inputs, newLimits, strict, select, ignore, reportAll, suppressions,
        baseline, writeBaseline, report, output);
  }

  /**
   * Returns this request with warnings failing too, or not.
   *
   * @param on whether warnings fail
   * @return a copy
   */
  public ValidateRequest strict(boolean on) {
    return new ValidateRequest(inputs, limits, on, select, ignore, reportAll, suppressions, baseline,
        writeBaseline, report, output);
  }

  /**
   * Returns this request reporting only {@code rules} (none: all).
   *
   * @param rules the rules, such as those {@code RuleSelector.rules} names
   * @return a copy
   */
  public ValidateRequest select(Set<Rule> rules) {
    return new ValidateRequest(inputs, limits, strict, rules, ignore, reportAll, suppressions, baseline,
        writeBaseline, report, output);
  }

  /**
   * Returns this request leaving {@code rules} out.
   *
   * @param rules the rules
   * @return a copy
   */
  public ValidateRequest ignore(Set<Rule> rules) {
    return new ValidateRequest(inputs, limits, strict, select, rules, reportAll, suppressions, baseline,
        writeBaseline, report, output);
  }

  /**
   * Returns this request reporting what root-cause grouping hides too, or not.
   *
   * @param on whether to report every consequence
   * @return a copy
   */
  public ValidateRequest reportAll(boolean on) {
    return new ValidateRequest(inputs, limits, strict, select, ignore, on, suppressions, baseline,
        writeBaseline, report, output);
  }

  /**
   * Returns this request reading suppressions from {@code file} instead of the default file.
   *
   * @param file the suppressions file, or null for the default
   * @return a copy
   */
  public ValidateRequest suppressions(@Nullable Path file) {
    return new ValidateRequest(inputs, limits, strict, select, ignore, reportAll, file, baseline,
        writeBaseline, report, output);
  }

  /**
   * Returns this request applying the baseline in {@code file}.
   *
   * @param file the baseline, or null for none
   * @return a copy
   */
  public ValidateRequest baseline(@Nullable Path file) {
    return new ValidateRequest(inputs, limits, strict, select, ignore, reportAll, suppressions, file,
        writeBaseline, report, output);
  }

  /**
   * Returns this request recording today's findings as the baseline in {@code file}.
   *
   * @param file where to write the baseline, or null for none
   * @return a copy
   */
  public ValidateRequest writeBaseline(@Nullable Path file) {
    return new ValidateRequest(inputs, limits, strict, select, ignore, reportAll, suppressions, baseline,
        file, report, output);
  }

  /**
   * Returns this request writing the report with {@code writer}.
   *
   * @param writer the report writer (format and settings)
   * @return a copy
   */
  public ValidateRequest report(ReportWriter writer) {
    return new ValidateRequest(inputs, limits, strict, select, ignore, reportAll, suppressions, baseline,
        writeBaseline, writer, output);
  }

  /**
   * Returns this request writing the report to {@code file}, atomically.
   *
   * @param file the file, or null for the writer the workflow is given
   * @return a copy
   */
  public ValidateRequest output(@Nullable Path file) {
    return new ValidateRequest(inputs, limits, strict, select, ignore, reportAll, suppressions, baseline,
        writeBaseline, report, file);
  }
}
