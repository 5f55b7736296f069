package org.policyset.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.policyset.core.report.GithubReport;
import org.policyset.core.report.JsonReport;
import org.policyset.core.report.JunitReport;
import org.policyset.core.report.ReportFormat;
import org.policyset.core.report.SarifReport;
import org.policyset.core.report.TextReport;
import org.policyset.core.validation.Baseline;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Layer;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.validation.Suppressions;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.write.AtomicFiles;
import org.policyset.core.write.OutputGuard;
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
      description = "Accept the findings listed in FILE, each with a reason. Default: "
          + Suppressions.DEFAULT_FILE_NAME + " in the working folder, when present.")
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
    if (sarifMaxResults < 1) {
      throw new UserException(ExitCode.USAGE, "--sarif-max-results must be at least 1, not "
          + sarifMaxResults);
    }
    guardOutputs();
    DatasetValidator validator = DatasetValidator.create()
        .withLimits(limits.limits())
        .strict(strict)
        .selecting(rules(select, "--select"))
        .ignoring(rules(ignore, "--ignore"))
        .reportingAll(all)
        .withSuppressions(suppressions())
        .withBaseline(baseline());
    ValidationReport report = validator.validate(input.resolve());
    String note = null;
    if (writeBaseline != null) {
      List<Finding> current = new ArrayList<>(report.findings());
      current.addAll(report.baselined());
      Baseline written = Baseline.of(current);
      try {
        written.write(writeBaseline);
      } catch (IOException e) {
        throw new UserException(ExitCode.UNWRITABLE, "cannot write baseline " + writeBaseline + ": "
            + describe(e));
      }
      report = report.applying(written);
      note = "baseline of " + written.size() + (written.size() == 1 ? " finding" : " findings")
          + " written to " + writeBaseline;
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TextReport text = new TextReport(global.colour());
    if (output != null) {
      java.io.StringWriter buffer = new java.io.StringWriter();
      write(report, new PrintWriter(buffer), false);
      try {
        AtomicFiles.write(output, buffer.toString());
      } catch (IOException e) {
        throw new UserException(ExitCode.UNWRITABLE, "cannot write report " + output + ": "
            + describe(e));
      }
      out.println(text.summary(report, input.describe()) + " (" + format.report.label()
          + " report written to " + output + ")");
    } else {
      write(report, out, global.colour());
      if (format.report == ReportFormat.GITHUB) {
        out.println(new TextReport(false).summary(report, input.describe()));
      }
    }
    if (note != null) {
      (output != null || format.report.isLog() ? out : err).println(note);
    }
    if (format.report == ReportFormat.SARIF && sarif().leftOut(report) > 0) {
      int total = report.findings().size() + report.suppressed().size();
      err.println(String.format(java.util.Locale.ROOT, "policyset: the SARIF report holds the %,d most "
          + "severe of %,d results; %,d were left out (GitHub code scanning shows %,d and rejects "
          + "more than %,d; --sarif-max-results N sets the cap, --format json lists every finding)",
          sarifMaxResults, total, sarif().leftOut(report), SarifReport.DEFAULT_MAX_RESULTS,
          SarifReport.GITHUB_RESULT_LIMIT));
    }
    out.flush();
    err.flush();
    if (report.hasInputErrors()) {
      return ExitCode.UNREADABLE.code();
    }
    return report.isValid() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
  }

  /** Refuses a report or baseline that would overwrite a file this run reads. */
  private void guardOutputs() {
    List<Path> read = new ArrayList<>(input.resolve());
    if (suppressions != null) {
      read.add(suppressions);
    } else if (Files.isRegularFile(Path.of(Suppressions.DEFAULT_FILE_NAME))) {
      read.add(Path.of(Suppressions.DEFAULT_FILE_NAME));
    }
    if (output != null) {
      List<Path> forReport = new ArrayList<>(read);
      if (baseline != null) {
        forReport.add(baseline);
      }
      if (writeBaseline != null) {
        forReport.add(writeBaseline);
      }
      refuse(output, "report", forReport);
    }
    if (writeBaseline != null) {
      // Rewriting the baseline this run reads is how a baseline is updated.
      refuse(writeBaseline, "baseline", read);
    }
  }

  private static void refuse(Path out, String what, List<Path> read) {
    String refusal = OutputGuard.refusal(out, OutputGuard.Kind.FILE, read, false);
    if (refusal != null) {
      throw new UserException(ExitCode.USAGE, "cannot write " + what + " " + out + ": " + refusal);
    }
  }

  private void write(ValidationReport report, PrintWriter out, boolean colour) {
    switch (format.report) {
      case TEXT -> new TextReport(colour).write(report, input.describe(), out);
      case JSON -> new JsonReport(Version.get()).write(report, out);
      case SARIF -> sarif().write(report, out);
      case GITHUB -> new GithubReport().write(report, out);
      case JUNIT -> new JunitReport().write(report, out);
    }
    out.flush();
  }

  private SarifReport sarif() {
    return new SarifReport(Version.get(), Path.of("")).withMaxResults(sarifMaxResults);
  }

  private Suppressions suppressions() {
    Path file = suppressions;
    if (file == null) {
      Path dflt = Path.of(Suppressions.DEFAULT_FILE_NAME);
      if (!Files.isRegularFile(dflt)) {
        return Suppressions.none();
      }
      file = dflt;
    }
    try {
      return Suppressions.read(file);
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE, "cannot read suppressions " + file + ": " + describe(e));
    }
  }

  private Baseline baseline() {
    if (baseline == null) {
      return Baseline.empty();
    }
    try {
      return Baseline.read(baseline);
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE, "cannot read baseline " + baseline + ": " + describe(e));
    }
  }

  /** Turns rule codes, names and layer names into rules; an unknown name is a usage error. */
  static Set<Rule> rules(List<String> names, String option) {
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    for (String name : names) {
      String n = name.strip();
      if (n.isEmpty()) {
        continue;
      }
      Rule r = Rule.lookup(n);
      if (r != null) {
        rules.add(r);
        continue;
      }
      Layer layer = layer(n);
      if (layer == null) {
        throw new UserException(ExitCode.USAGE, "unknown rule '" + name + "' in " + option
            + "; 'policyset rules' lists them");
      }
      for (Rule rule : Rule.values()) {
        if (rule.layer() == layer) {
          rules.add(rule);
        }
      }
    }
    return rules;
  }

  private static Layer layer(String name) {
    for (Layer l : Layer.values()) {
      if (l.label().equalsIgnoreCase(name)) {
        return l;
      }
    }
    return null;
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
