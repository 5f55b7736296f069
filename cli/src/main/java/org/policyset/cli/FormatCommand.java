package org.policyset.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.policyset.core.report.FormatReport;
import org.policyset.core.workflow.FormatRequest;
import org.policyset.core.workflow.FormatResult;
import org.policyset.core.workflow.Policyset;
import org.policyset.core.workflow.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset format}: rewrites files canonically, or checks that they are. */
@Command(
    name = "format",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Rewrite dataset files in canonical form (or --check).",
    description = "Rewrite dataset files in canonical form, in place: records sorted by id, keys in "
        + "a fixed order, two-space indent, UTF-8 without BOM, \\n line ends, trailing newline. "
        + "Each file keeps its records. Files with syntax or shape errors are left untouched. "
        + "Every write is atomic (temporary file, then rename). --check --diff shows what would "
        + "change as a unified diff.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Every file is (now) canonical.",
      " 1:With --check: some file is not canonical; or some file has errors and was left alone.",
      " 2:Usage error.",
      " 3:An input could not be read.",
      " 4:A file could not be written (disk full, read-only); it is unchanged.",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    })
final class FormatCommand implements Callable<Integer> {

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

  @Option(names = "--check", description = "Change nothing; list the files that are not canonical "
      + "and exit 1 if there are any (for CI).")
  boolean check;

  @Option(names = "--diff", description = "With --check: print, per file that is not canonical, a "
      + "unified diff of its text against its canonical text on standard output (apply it with "
      + "git apply or patch -p1 from this folder); the report goes to standard error.")
  boolean diff;

  enum Format { text, github, json }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). github "
          + "prints a workflow annotation for every file that is not canonical or has errors; json a "
          + "versioned list of files with their status.")
  Format format;

  @Override
  public Integer call() {
    if (diff && (!check || format != Format.text)) {
      throw new ParameterException(spec.commandLine(), "--diff goes with --check and the text format: "
          + "'policyset format --check --diff -- PATH…'");
    }
    FormatResult result = progress.around(spec.commandLine().getErr(), "format",
        check ? "comparing" : "writing", input.resolve(), line ->
            Policyset.format(FormatRequest.of(input.resolve()).limits(limits.limits()).check(check)));
    FormatReport.write(FormatReport.Format.valueOf(format.name().toUpperCase(Locale.ROOT)),
        result.files(), result.inputFindings(), check,
        diff ? spec.commandLine().getErr() : spec.commandLine().getOut());
    if (diff) {
      PatchOutput.print(result, limits.limits(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
    if (result.status() != Status.UNREADABLE_INPUT && result.writeFailed()) {
      return ExitCode.UNWRITABLE.code();
    }
    return ExitCode.of(result.status()).code();
  }
}
