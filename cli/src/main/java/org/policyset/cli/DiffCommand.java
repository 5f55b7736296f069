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
import org.policyset.core.workflow.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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
        + "changelog or pull-request comment.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Compared (with --exit-code: and no differences).",
      " 1:With --exit-code: there are differences (records or archived texts). Also: an input has "
          + "syntax or shape errors.",
      " 2:Usage error.",
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

  @Parameters(index = "0", paramLabel = "OLD", description = "The old version.")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new version.")
  Path after;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--exit-code", description = "Exit 1 when there are differences, as git diff does.")
  boolean exitCode;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    DiffOutcome outcome = progress.around(spec.commandLine().getErr(), "diff", "comparing",
        List.of(before, after), line -> Policyset.diff(new DiffRequest(before, after,
            limits.limits())));
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
