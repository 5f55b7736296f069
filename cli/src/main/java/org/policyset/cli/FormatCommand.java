package org.policyset.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyset.core.io.DatasetReader;
import org.policyset.core.validation.Finding;
import org.policyset.core.write.DatasetFormatter;
import org.policyset.core.write.DatasetFormatter.FileResult;
import org.policyset.core.write.DatasetFormatter.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset format}: rewrites files canonically, or checks that they are. */
@Command(
    name = "format",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Rewrite dataset files in canonical form, in place: records sorted by id, keys in "
        + "a fixed order, two-space indent, UTF-8 without BOM, \\n line ends, trailing newline. "
        + "Each file keeps its records. Files with syntax or shape errors are left untouched. "
        + "Every write is atomic (temporary file, then rename).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Every file is (now) canonical.",
      " 1:With --check: some file is not canonical; or some file has errors and was left alone.",
      " 2:Usage error.",
      " 3:An input could not be read.",
      " 4:A file could not be written (disk full, read-only); it is unchanged."
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

  @Option(names = "--check", description = "Change nothing; list the files that are not canonical "
      + "and exit 1 if there are any (for CI).")
  boolean check;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Finding> inputFindings = new ArrayList<>();
    List<FileResult> results = new DatasetFormatter(DatasetReader.withLimits(limits.limits()))
        .format(input.resolve(), check, inputFindings);
    for (Finding f : inputFindings) {
      out.println(f.location() + ": " + f.message());
    }
    int rewritten = 0;
    int notCanonical = 0;
    int refused = 0;
    int unwritten = 0;
    for (FileResult r : results) {
      switch (r.status()) {
        case REWRITTEN -> {
          rewritten++;
          out.println("formatted " + r.file().display());
        }
        case NOT_CANONICAL -> {
          notCanonical++;
          out.println("not canonical: " + r.file().display());
        }
        case REFUSED -> {
          refused++;
          if (r.error() != null) {
            unwritten++;
            out.println("not written: " + r.file().display() + ": " + r.error()
                + "; the file is unchanged");
          } else {
            out.println("left alone (has errors): " + r.file().display());
            for (Finding f : r.findings()) {
              out.println("  " + f);
            }
          }
        }
        case CANONICAL -> { }
      }
    }
    long canonical = results.stream().filter(r -> r.status() == Status.CANONICAL).count();
    out.println(results.size() + (results.size() == 1 ? " file: " : " files: ") + canonical
        + " already canonical, " + (check ? notCanonical + " not canonical" : rewritten + " formatted")
        + (refused > 0 ? ", " + refused + " left alone" : ""));
    out.flush();
    if (!inputFindings.isEmpty()) {
      return ExitCode.UNREADABLE.code();
    }
    if (unwritten > 0) {
      return ExitCode.UNWRITABLE.code();
    }
    return notCanonical > 0 || refused > 0 ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }
}
