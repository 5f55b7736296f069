package org.policyset.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.merge.ConflictPolicy;
import org.policyset.core.merge.ConflictReport;
import org.policyset.core.merge.DatasetMerger;
import org.policyset.core.merge.MergeConflict;
import org.policyset.core.merge.MergeResult;
import org.policyset.core.merge.MergedTexts;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.report.TextReport;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.write.CanonicalJson;
import org.policyset.core.write.DatasetWriter;
import org.policyset.core.write.OutputGuard;
import org.policyset.core.diagnostic.TerminalText;
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
    guardOutput();
    List<DatasetReader.Result> read = new ArrayList<>();
    List<DatasetMerger.Input> merged = new ArrayList<>();
    for (Path in : inputs) {
      DatasetReader.Result r = DatasetReader.withLimits(limits.limits()).load(List.of(in));
      read.add(r);
      merged.add(new DatasetMerger.Input(r.dataset(), r.locations()));
    }
    Integer failed = LoadedInputs.failOnErrors(read, out, "merge (nothing written)");
    if (failed != null) {
      return failed;
    }
    // Archived texts are read now, under validation's rules (no link out of a dataset, no text
    // past the size limit), so that nothing outside the inputs is ever copied into the output.
    List<Finding> textProblems = new ArrayList<>();
    List<MergedTexts.Input> texts = new ArrayList<>();
    for (DatasetReader.Result r : read) {
      texts.add(new MergedTexts.Input(r.dataset(), r.readSourceTexts(textProblems::add)));
    }
    failed = LoadedInputs.failOnFindings(textProblems, out, "merge (nothing written)");
    if (failed != null) {
      return failed;
    }
    ConflictPolicy policy = ConflictPolicy.valueOf(onConflict.name().toUpperCase(java.util.Locale.ROOT));
    MergeResult result = DatasetMerger.mergeInputs(merged, policy);
    MergedTexts.Placement placed = MergedTexts.place(result.dataset(), texts, policy);
    List<MergeConflict> conflicts = new ArrayList<>(result.conflicts());
    conflicts.addAll(placed.conflicts());
    if (!conflicts.isEmpty()) {
      out.print(ConflictReport.text(conflicts, "first", "second"));
      if (onConflict == OnConflict.fail) {
        out.println("merge: " + conflicts.size() + " conflict(s); nothing written. "
            + "Resolve them in the inputs, or choose --on-conflict first|last.");
        out.flush();
        return ExitCode.FINDINGS.code();
      }
    }
    ValidationReport report;
    try {
      List<Path> files = new ArrayList<>();
      read.forEach(r -> r.files().forEach(f -> files.add(f.path())));
      report = DatasetWriter.write(placed.dataset(), placed.texts(), output, force, limits.limits(),
          CanonicalJson.agreedSchema(files));
    } catch (FileAlreadyExistsException e) {
      String why = e.getReason() != null ? e.getReason() : "exists; pass --force to replace it";
      throw new UserException(ExitCode.USAGE, "output " + output + " " + why);
    } catch (IOException e) {
      throw UserException.unwritable(output, e);
    }
    if (!report.isValid()) {
      new TextReport(false).write(report, "merged dataset", out);
      out.println("merge: the merged dataset is invalid; nothing written");
      out.flush();
      return ExitCode.FINDINGS.code();
    }
    out.println("merged " + inputs.size() + " inputs into " + TerminalText.escape(output.toString()) + ": "
        + placed.dataset().size() + " records" + (result.collapsed() > 0
            ? " (" + result.collapsed() + " identical duplicates collapsed)" : "")
        + (conflicts.isEmpty() ? "" : ", " + conflicts.size() + " conflict(s) resolved by --on-conflict "
            + onConflict));
    out.flush();
    return ExitCode.OK.code();
  }

  private void guardOutput() {
    OutputGuard.Kind kind = DatasetWriter.Layout.forPath(output) == DatasetWriter.Layout.FOLDER
        ? OutputGuard.Kind.FOLDER : OutputGuard.Kind.FILE;
    String refusal = OutputGuard.refusal(output, kind, inputs, force);
    if (refusal != null) {
      throw new UserException(ExitCode.USAGE, "cannot write " + output + ": " + refusal
          + (refusal.contains("would be read as part of it") ? "; pass --force if that is what you want" : ""));
    }
  }
}
