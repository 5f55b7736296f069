package org.policyset.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.core.merge.ConflictPolicy;
import org.policyset.core.merge.ConflictReport;
import org.policyset.core.report.TextReport;
import org.policyset.core.workflow.MergeOutcome;
import org.policyset.core.workflow.MergeRequest;
import org.policyset.core.workflow.Policyset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset merge}: the record-level union of datasets. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Merge datasets record by record into OUT.",
    description = "Merge datasets record by record: the union by type and id; identical records "
        + "collapse; different records under one id are conflicts, reported field by field with "
        + "both values and where each came from. The result is validated before it is written, "
        + "canonically and atomically; on a conflict (with the default policy) or an invalid "
        + "result, nothing is written. OUT ending in .json is one document, .jsonl is JSON Lines, "
        + "anything else a folder with one file per section. The $schema the input documents "
        + "agree on is kept in every document written.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Merged and written.",
      " 1:Conflicts (with --on-conflict fail), or the merged dataset is invalid; nothing written.",
      " 2:Usage error, or OUT exists / lies inside an input without --force.",
      " 3:An input could not be read.",
      " 4:OUT could not be written (disk full, read-only, no permission); existing files are unchanged.",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    })
final class MergeCommand implements Callable<Integer> {

  enum OnConflict { fail, first, last }

  @Spec
  CommandSpec spec;

  @Mixin
  GlobalOptions global;

  @Mixin
  LimitsMixin limits;

  @Mixin
  ProgressMixin progress;

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "Datasets to merge (files or folders), in order of precedence for --on-conflict.")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
      description = "Where to write: a .json or .jsonl file, or a folder.")
  Path output;

  @Option(names = "--on-conflict", paramLabel = "POLICY", defaultValue = "fail",
      description = "On different records with one id: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}). first/last keep that version and still report the conflict.")
  OnConflict onConflict;

  @Option(names = "--force", description = "Replace an existing OUT, or write OUT inside an input "
      + "dataset.")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ConflictPolicy policy = ConflictPolicy.valueOf(onConflict.name().toUpperCase(Locale.ROOT));
    MergeOutcome outcome = progress.around(spec.commandLine().getErr(), "merge",
        "merging and checking", inputs, line -> Policyset.merge(new MergeRequest(inputs, output,
            policy, force, limits.limits())));
    if (!outcome.inputErrors().isEmpty()) {
      return LoadedInputs.failOnFindings(outcome.inputErrors(), out, "merge (nothing written)");
    }
    if (!outcome.conflicts().isEmpty()) {
      out.print(ConflictReport.text(outcome.conflicts(), "first", "second"));
      if (onConflict == OnConflict.fail) {
        out.println("merge: " + count(outcome.conflicts().size(), "conflict") + "; nothing written. "
            + "Resolve them in the inputs, or choose --on-conflict first|last.");
        out.flush();
        return ExitCode.FINDINGS.code();
      }
    }
    if (!outcome.written()) {
      new TextReport(false).write(outcome.report(), "merged dataset", out);
      out.println("merge: the merged dataset is invalid; nothing written");
      out.flush();
      return ExitCode.FINDINGS.code();
    }
    out.println("merged " + inputs.size() + " inputs into " + TerminalText.escape(output.toString())
        + ": " + count(outcome.records(), "record") + (outcome.collapsed() > 0
            ? " (" + count(outcome.collapsed(), "identical duplicate") + " collapsed)" : "")
        + (outcome.conflicts().isEmpty() ? "" : ", " + count(outcome.conflicts().size(), "conflict")
            + " resolved by --on-conflict " + onConflict));
    out.flush();
    return ExitCode.OK.code();
  }

  /** "1 record", "2 records": a count that reads as English. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
