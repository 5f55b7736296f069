package org.policyset.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.core.merge.ConflictReport;
import org.policyset.core.workflow.ConflictStyle;
import org.policyset.core.workflow.Policyset;
import org.policyset.core.workflow.ThreeWayMergeOutcome;
import org.policyset.core.workflow.ThreeWayMergeRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset merge-driver}: a git merge driver working on records and fields. */
@Command(
    name = "merge-driver",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Merge records and fields three ways, as a git merge driver.",
    description = {
      "A git merge driver: merges OURS and THEIRS against their common ancestor BASE record by "
          + "record and field by field, and writes the result canonically to OURS. A field changed "
          + "on one side takes that side; both sides changing one field differently, or one side "
          + "deleting a record the other changed, is a conflict: OURS then holds our version of "
          + "those fields (still valid JSON), the conflicts are listed on standard error, and the "
          + "exit code is 1 so that git marks the file as conflicted. The file's $schema is "
          + "kept (theirs, if only theirs changed it). Each conflict is listed with the file:line where "
          + "its record stands in the merged file; --conflict-style side-file also writes them to "
          + "PATH.conflicts.",
      "",
      "Install it with two lines:",
      "  git config merge.policyset.driver 'policyset merge-driver -- %%O %%A %%B %%P'",
      "  echo '*.json merge=policyset' >> .gitattributes   (and *.jsonl likewise)"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Merged cleanly; OURS holds the result.",
      " 1:Conflicts (listed on stderr), or an input has errors; OURS holds our side.",
      " 2:Usage error.",
      " 4:OURS could not be written (disk full, read-only); it is unchanged.",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    })
final class MergeDriverCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor (git's %%O).")
  Path base;

  @Parameters(index = "1", paramLabel = "OURS", description = "Our version; receives the result (git's %%A).")
  Path ours;

  @Parameters(index = "2", paramLabel = "THEIRS", description = "Their version (git's %%B).")
  Path theirs;

  @Parameters(index = "3", paramLabel = "PATH", arity = "0..1",
      description = "The file's path in the repository (git's %%P): names it in messages and tells "
          + ".jsonl from .json.")
  String path;

  enum Style { ours, side_file, marker }

  @Option(names = "--conflict-style", paramLabel = "STYLE", defaultValue = "ours",
      converter = StyleConverter.class,
      description = "How conflicts are left: ours (the file holds our side; conflicts listed on "
          + "standard error, each with the file:line of its record) or side-file (also written to "
          + "PATH.conflicts beside the file, which no dataset read picks up) or marker (each "
          + "conflicted record gets a $conflict key with the base and theirs values, which every "
          + "read, validate and format included, rejects until it is resolved and deleted, so a "
          + "marked file cannot pass CI). Default: ours.")
  Style style;

  /** Reads {@code side-file} as {@link Style#side_file}. */
  static final class StyleConverter implements picocli.CommandLine.ITypeConverter<Style> {
    @Override
    public Style convert(String value) {
      for (Style s : Style.values()) {
        if (s.name().replace('_', '-').equals(value)) {
          return s;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("expected ours, side-file or marker, not '"
          + value + "'");
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ThreeWayMergeRequest request = new ThreeWayMergeRequest(base, ours, theirs, path,
        switch (style) {
          case ours -> ConflictStyle.OURS;
          case side_file -> ConflictStyle.SIDE_FILE;
          case marker -> ConflictStyle.MARKER;
        });
    String shown = TerminalText.escape(request.name());
    ThreeWayMergeOutcome outcome = Policyset.threeWayMerge(request);
    if (!outcome.inputErrors().isEmpty()) {
      LoadedInputs.failOnFindings(outcome.inputErrors(), err,
          "policyset merge-driver (" + shown + " is left for a manual merge)");
      return ExitCode.FINDINGS.code();
    }
    if (!outcome.conflicts().isEmpty()) {
      err.print(ConflictReport.text(outcome.conflicts(), outcome.locations(), "ours", "theirs"));
      err.println("policyset merge-driver: " + shown + ": "
          + MergeCommand.count(outcome.conflicts().size(), "conflict")
          + "; the file holds our side of each" + (style == Style.marker
              ? " and a $conflict key in each conflicted record: resolve and delete each"
              : ", fix the fields above") + " and commit"
          + (outcome.sideFile() == null ? ""
              : "; they are also in " + TerminalText.escape(String.valueOf(outcome.sideFile()))));
      err.flush();
      return ExitCode.FINDINGS.code();
    }
    return ExitCode.OK.code();
  }
}
