package org.policyset.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.policyset.core.report.JsonReport;
import org.policyset.core.report.TextReport;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.validation.Rule;
import org.policyset.core.validation.ValidationReport;
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
    description = "Check dataset files through every layer: syntax (strict JSON, UTF-8, no "
        + "duplicate keys), shape (fields, types, patterns, values), integrity (unique ids, "
        + "resolving references, date logic, cycles) and provenance (citations, verbatim quotes, "
        + "unused sources). Never touches the network.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Valid: no errors (warnings allowed unless --strict).",
      " 1:Findings at error level (or warnings with --strict).",
      " 2:Usage error.",
      " 3:An input could not be read (missing, unreadable, not a regular file, no dataset files)."
    })
final class ValidateCommand implements Callable<Integer> {

  enum Format { text, json }

  @Spec
  CommandSpec spec;

  @Mixin
  InputMixin input;

  @Mixin
  GlobalOptions global;

  @Mixin
  LimitsMixin limits;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Option(names = "--ignore", paramLabel = "RULE", split = ",",
      description = "Do not report these rules (codes such as PS404 or names such as unused-source).")
  List<String> ignore = List.of();

  @Override
  public Integer call() {
    Set<Rule> ignored = EnumSet.noneOf(Rule.class);
    for (String name : ignore) {
      Rule r = Rule.lookup(name);
      if (r == null) {
        throw new UserException(ExitCode.USAGE,
            "unknown rule '" + name + "'; 'policyset rules' lists them");
      }
      ignored.add(r);
    }
    ValidationReport report = DatasetValidator.create().withLimits(limits.limits()).strict(strict)
        .ignoring(ignored).validate(input.resolve());
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> new JsonReport(Version.get()).write(report, out);
      case text -> new TextReport(global.colour()).write(report, input.describe(), out);
    }
    out.flush();
    if (report.hasInputErrors()) {
      return ExitCode.UNREADABLE.code();
    }
    return report.isValid() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
  }
}
