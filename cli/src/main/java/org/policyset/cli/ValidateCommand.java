package org.policyset.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.diagnostic.RuleSelector;
import org.policyset.core.report.JsonReport;
import org.policyset.core.report.ReportFormat;
import org.policyset.core.report.ReportWriter;
import org.policyset.core.report.SarifReport;
import org.policyset.core.report.TextReport;
import org.policyset.core.validation.Suppressions;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.workflow.Policyset;
import org.policyset.core.workflow.ValidateRequest;
import org.policyset.core.workflow.ValidateResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset validate}: runs every validation layer and reports the findings. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Check dataset files through every validation layer.",
    description = "Check dataset files through every layer: syntax (strict JSON, UTF-8, no "
        + "duplicate keys), shape (fields, types, patterns, values), integrity (unique ids, "
        + "resolving references, date logic, cycles) and provenance (citations, verbatim quotes, "
        + "unused sources). Never touches the network.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Valid: no errors (warnings allowed unless --strict).",
      " 1:Findings at error level (or warnings with --strict).",
      " 2:Usage error, or a baseline or suppressions file that cannot be used.",
      " 3:An input could not be read (missing, unreadable, not a regular file, no dataset files).",
      " 4:The report or baseline could not be written (disk full, read-only, no permission).",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    })
final class ValidateCommand implements Callable<Integer> {

  enum Format {
    text(ReportFormat.TEXT), json(ReportFormat.JSON), sarif(ReportFormat.SARIF),
    github(ReportFormat.GITHUB), junit(ReportFormat.JUNIT);

    final ReportFormat report;

    Format(ReportFormat report) {
      this.report = report;
    }
  }

  @Spec
  CommandSpec spec;

  @Mixin
  InputMixin input;

  @Mixin
  GlobalOptions global;

  @Mixin
  LimitsMixin limits;

  @Mixin
  ProgressMixin progress;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json is "
          + "versioned (formatVersion " + JsonReport.FORMAT_VERSION + "); sarif is SARIF 2.1.0; "
          + "github writes workflow commands that annotate pull requests; junit is JUnit XML.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output; a one-line "
          + "summary still goes to the terminal.")
  Path output;

  @Option(names = "--sarif-max-results", paramLabel = "N",
      defaultValue = "" + SarifReport.DEFAULT_MAX_RESULTS,
      description = "The most results the SARIF run holds (default: ${DEFAULT-VALUE}, as many as GitHub "
          + "code scanning shows; it rejects a run of more than " + SarifReport.GITHUB_RESULT_LIMIT
          + "). Past it the most severe are kept and the run and standard error say how many were "
          + "left out.")
  int sarifMaxResults;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Option(names = "--select", paramLabel = "RULE", split = ",",
      description = "Report only these rules: codes (PS302), names (dangling-reference) or layers "
          + "(integrity). Repeatable.")
  List<String> select = new ArrayList<>();

  @Option(names = "--ignore", paramLabel = "RULE", split = ",",
      description = "Do not report these rules: codes (PS404), names (unused-source) or layers.")
  List<String> ignore = new ArrayList<>();

  @Option(names = "--suppressions", paramLabel = "FILE",
      description = "Accept the findings listed in FILE alone, each with a reason. Default: "
          + Suppressions.DEFAULT_FILE_NAME + " in the working folder, then the one beside each "
          + "dataset (in each PATH folder, or the folder of each PATH file), when present; a "
          + "finding is accepted by the first entry that matches it.")
  Path suppressions;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Report only findings that are not in the baseline FILE (matched by rule, record "
          + "and pointer, not by line).")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Record today's findings in FILE as the baseline, then report as if it applied.")
  Path writeBaseline;

  @Option(names = "--all",
      description = "Also report the consequences that root-cause grouping hides (such as the "
          + "missing field behind a misspelt key, or references into a file that could not be read).")
  boolean all;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ValidateRequest request = toRequest();
    ValidateResult result = progress.around(err, "validate", "checking", request.inputs(),
        line -> Policyset.validate(request, line.guard(out)));
    ValidationReport report = result.report();
    if (output != null) {
      out.println(new TextReport(global.colour()).summary(report, input.describe()) + " ("
          + format.report.label() + " report written to " + output + ")");
    } else if (format.report == ReportFormat.GITHUB) {
      out.println(new TextReport(false).summary(report, input.describe()));
    }
    String note = result.baselineNote(writeBaseline);
    if (note != null) {
      (output != null || format.report.isLog() ? out : err).println(note);
    }
    if (result.leftOut() > 0) {
      int total = report.findings().size() + report.suppressed().size();
      err.println(String.format(java.util.Locale.ROOT, "policyset: the SARIF report holds the %,d most "
          + "severe of %,d results; %,d were left out (GitHub code scanning shows %,d and rejects "
          + "more than %,d; --sarif-max-results N sets the cap, --format json lists every finding)",
          sarifMaxResults, total, result.leftOut(), SarifReport.DEFAULT_MAX_RESULTS,
          SarifReport.GITHUB_RESULT_LIMIT));
    }
    out.flush();
    err.flush();
    return ExitCode.of(result.status()).code();
  }

  /** Maps the options to the request. */
  ValidateRequest toRequest() {
    if (sarifMaxResults < 1) {
      throw new UserException(ExitCode.USAGE, "--sarif-max-results must be at least 1, not "
          + sarifMaxResults);
    }
    return ValidateRequest.of(input.resolve())
        .limits(limits.limits())
        .strict(strict)
        .select(rules(select, "--select"))
        .ignore(rules(ignore, "--ignore"))
        .reportAll(all)
        .suppressions(suppressions)
        .baseline(baseline)
        .writeBaseline(writeBaseline)
        .report(ReportWriter.of(format.report, Version.get()).colour(output == null && global.colour())
            .subject(input.describe()).sarifMaxResults(sarifMaxResults))
        .output(output);
  }

  /** Turns rule codes, names and layer names into rules; an unknown name is a usage error. */
  static Set<Rule> rules(List<String> names, String option) {
    try {
      return RuleSelector.rules(names);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCode.USAGE, e.getMessage() + " in " + option
          + "; 'policyset rules' lists them");
    }
  }
}
