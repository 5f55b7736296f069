package org.policyset.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.core.model.SchemaVersions;
import org.policyset.core.report.TextReport;
import org.policyset.core.workflow.MigrateRequest;
import org.policyset.core.workflow.MigrateResult;
import org.policyset.core.workflow.Policyset;
import org.policyset.core.write.DatasetMigrator.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset migrate}: rewrites datasets in another schema version. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Rewrite datasets in schema version 2 (or --to 1), or --check.",
    description = "Rewrite each dataset (a folder, or a .json or .jsonl file holding its manifest) in "
        + "schema version 2, in place and canonically: every stance becomes 'reported' by the sources "
        + "it cites, its date 'attested' and its date and until the interval 'inEffect' (DATE/UNTIL, or "
        + "DATE/.. without until); the manifest declares schemaVersion 2; nothing else changes. A "
        + "folder is put together beside itself and switched in whole, a file replaced atomically, so "
        + "that a process killed at any moment leaves the old dataset or the new one. A dataset with "
        + "syntax or shape errors, or without a manifest, is left untouched. --to 1 maps back, "
        + "refusing when a record uses what version 1 cannot say. With -o the one input is written to "
        + "OUT instead (validated first, as merge -o writes).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Every dataset is (now) in the version, including when nothing was to do.",
      " 1:With --check: some dataset is not in the version yet. Or some dataset has errors, no "
          + "manifest, records that cannot be mapped, or (with -o) the result is invalid; it was "
          + "left alone.",
      " 2:Usage error, or OUT exists / lies inside the input without --force.",
      " 3:An input could not be read.",
      " 4:A dataset could not be written (disk full, read-only, changed meanwhile); it is unchanged.",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    })
final class MigrateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  GlobalOptions global;

  @Mixin
  LimitsMixin limits;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Datasets to migrate, each on its own: folders, or .json or .jsonl files that "
          + "hold their manifest.")
  List<Path> inputs;

  @Option(names = "--check", description = "Change nothing; list the datasets and files that would "
      + "change and exit 1 if there are any (for CI).")
  boolean check;

  @Option(names = "--to", paramLabel = "N", defaultValue = "2",
      description = "The schema version to write: 2, or 1 to map back (default: ${DEFAULT-VALUE}).")
  int to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Write the one input here instead of in place: a .json or .jsonl file, or a "
          + "folder with one file per section, with the archived texts its sources name.")
  Path output;

  @Option(names = "--force", description = "With -o: replace an existing OUT, or write OUT inside the "
      + "input.")
  boolean force;

  @Override
  public Integer call() {
    if (to != SchemaVersions.V1 && to != SchemaVersions.V2) {
      throw new ParameterException(spec.commandLine(), "--to takes 1 or 2, not " + to);
    }
    if (output != null && (check || inputs.size() != 1)) {
      throw new ParameterException(spec.commandLine(), "-o goes with exactly one PATH and without "
          + "--check: 'policyset migrate -o OUT -- PATH'");
    }
    if (force && output == null) {
      throw new ParameterException(spec.commandLine(), "--force goes with -o");
    }
    MigrateRequest request = new MigrateRequest(inputs, to, check, output, force, limits.limits());
    MigrateResult result = Policyset.migrate(request);
    PrintWriter out = spec.commandLine().getOut();
    for (Outcome o : result.outcomes()) {
      print(o, result, out);
    }
    out.flush();
    if (result.status() != org.policyset.core.workflow.Status.UNREADABLE_INPUT && result.writeFailed()) {
      return ExitCode.UNWRITABLE.code();
    }
    return ExitCode.of(result.status()).code();
  }

  private void print(Outcome o, MigrateResult result, PrintWriter out) {
    String name = TerminalText.escape(o.input().toString());
    String version = "schema version " + result.to();
    o.findings().forEach(out::println);
    o.problems().forEach(p -> out.println(TerminalText.escape(p)));
    switch (o.status()) {
      case ALREADY -> out.println(name + ": already in " + version + "; nothing to do");
      case WOULD_CHANGE -> {
        out.println(name + ": not in " + version + " yet (version " + o.from() + "); migrating would "
            + "rewrite " + count(o.files().size(), "file") + ":");
        o.files().forEach(f -> out.println("  " + TerminalText.escape(f)));
      }
      case MIGRATED -> {
        if (output != null) {
          out.println(name + ": written in " + version + " to " + TerminalText.escape(output.toString()));
        } else {
          out.println(name + ": migrated from schema version " + o.from() + " to " + result.to()
              + " (" + count(o.files().size(), "file") + " rewritten)");
        }
      }
      case REFUSED -> {
        if (result.report() != null && !result.report().isValid()) {
          new TextReport(false).write(result.report(), "migrated dataset", out);
          out.println(name + ": the migrated dataset is invalid; nothing written (migrate in place, or "
              + "fix the errors first)");
        } else if (o.error() != null) {
          out.println(name + ": not migrated: " + TerminalText.escape(o.error()) + "; it is unchanged");
        } else if (!o.problems().isEmpty() && o.from() > 0) {
          out.println(name + ": cannot be written in " + version + ": " + count(o.problems().size(),
              "field") + " above " + (o.problems().size() == 1 ? "has" : "have")
              + " no equivalent there; nothing written");
        } else {
          out.println(name + ": not migrated" + (o.findings().isEmpty() ? ""
              : ": it has errors (run 'policyset validate -- " + name + "')") + "; nothing written");
        }
      }
    }
  }

  private static String count(long n, String noun) {
    return MergeCommand.count(n, noun);
  }
}
