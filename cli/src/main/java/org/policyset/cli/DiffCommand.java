package org.policyset.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyset.core.diff.DatasetDiff;
import org.policyset.core.diff.DiffRenderer;
import org.policyset.core.workflow.DiffOutcome;
import org.policyset.core.workflow.DiffRequest;
import org.policyset.core.workflow.Policyset;
import org.policyset.core.workflow.RevisionDiffRequest;
import org.policyset.core.workflow.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset diff}: record-level differences between two versions of a dataset. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Show records added, removed and changed between two versions.",
    description = "Show the records added, removed and changed from OLD to NEW (files or folders), "
        + "with the changed fields' old and new values (added records with their statement, title "
        + "or name). Stances whose position flips are called out. The archived texts of the sources "
        + "both versions declare are compared too: each changed paragraph (a line of the text, as "
        + "'para. N' counts them) with its changed words, and each citation whose quote the change "
        + "broke (! lines; validate would report PS402). --format markdown is ready to paste into a "
        + "changelog or pull-request comment. With --rev REV, the old version is the PATHs' version "
        + "at the git revision REV, read through git (no temporary copy); a PATH with no file at REV "
        + "has all its records added.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Compared (with --exit-code: and no differences).",
      " 1:With --exit-code: there are differences (records or archived texts). Also: an input has "
          + "syntax or shape errors.",
      " 2:Usage error. With --rev also: git is not installed, a PATH lies outside the git work tree, "
          + "or REV names no commit.",
      " 3:An input could not be read.",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    })
final class DiffCommand implements Callable<Integer> {

  enum Format { text, json, markdown }

  @Spec
  CommandSpec spec;

  @Mixin
  GlobalOptions global;

  @Mixin
  LimitsMixin limits;

  @Mixin
  ProgressMixin progress;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "OLD and NEW (two files or "
      + "folders); with --rev, the working files and folders to compare with their version at REV.")
  List<Path> paths;

  @Option(names = "--rev", paramLabel = "REV", description = "Compare the working PATHs with their "
      + "version at the git revision REV (HEAD, HEAD~1, a branch, tag or commit), read through git.")
  String revision;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--exit-code", description = "Exit 1 when there are differences, as git diff does.")
  boolean exitCode;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (revision == null && paths.size() != 2) {
      throw new ParameterException(spec.commandLine(), "diff takes two operands, OLD and NEW, or "
          + "--rev REV and the working PATHs to compare with REV (got " + paths.size() + ")");
    }
    DiffOutcome outcome = progress.around(spec.commandLine().getErr(), "diff", "comparing",
        paths, line -> revision != null
            ? Policyset.diff(new RevisionDiffRequest(revision, paths, limits.limits()))
            : Policyset.diff(new DiffRequest(paths.get(0), paths.get(1), limits.limits())));
    if (outcome.status() != Status.OK) {
      return LoadedInputs.failOnFindings(outcome.inputErrors(), out, "diff");
    }
    DatasetDiff diff = outcome.diff();
    switch (format) {
      case text -> out.print(DiffRenderer.text(diff));
      case markdown -> out.print(DiffRenderer.markdown(diff));
      case json -> out.println(DiffRenderer.jsonText(diff));
    }
    out.flush();
    return exitCode && !diff.isEmpty() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }
}
