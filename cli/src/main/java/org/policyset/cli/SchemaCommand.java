package org.policyset.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyset.schema.SchemaGenerator;
import org.policyset.schema.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset schema}: prints (or regenerates) the JSON Schema of dataset files. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Print, regenerate or check the JSON Schema of dataset files.",
    description = "Print the JSON Schema (draft 2020-12) of a dataset document or of one record "
        + "type, as checked in and packaged. Tools in any language can validate files with it; it "
        + "checks shape only — references, unique ids, date logic, cycles and quotes need "
        + "'policyset validate'. --write and --check regenerate or compare the checked-in files "
        + "from a checkout of the sources.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Printed, written, or (with --check) up to date.",
      " 1:With --check: the checked-in schemas differ from a fresh generation.",
      " 2:Usage error (unknown type, or --write/--check outside a checkout)."
    })
final class SchemaCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"-t", "--type"}, paramLabel = "TYPE", defaultValue = "dataset",
      description = "dataset, actor, topic, principle, event, stance, source or manifest "
          + "(default: ${DEFAULT-VALUE}).")
  String type;

  @Option(names = "--write", description = "Regenerate the schema files under "
      + "schema/src/main/resources/org/policyset/schema/1 (run from the repository root).")
  boolean write;

  @Option(names = "--check", description = "Exit 1 if the checked-in schema files differ from a "
      + "fresh generation (run from the repository root).")
  boolean check;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (write || check) {
      Path folder = SchemaGenerator.SOURCE_FOLDER;
      if (!Files.isDirectory(folder)) {
        throw new UserException(ExitCode.USAGE, folder + " not found; run --write or --check from "
            + "the root of a policyset checkout");
      }
      SchemaGenerator generator = SchemaGenerator.create();
      if (check) {
        List<String> stale = generator.outdated(folder);
        if (!stale.isEmpty()) {
          out.println("out of date: " + String.join(", ", stale)
              + " (regenerate with 'policyset schema --write')");
          out.flush();
          return ExitCode.FINDINGS.code();
        }
        out.println("schemas in " + folder + " are up to date");
      } else {
        List<Path> written = generator.writeAll(folder);
        out.println(written.isEmpty() ? "schemas in " + folder + " are up to date"
            : "wrote " + written.size() + " schema file(s) to " + folder);
      }
      out.flush();
      return ExitCode.OK.code();
    }
    if (!Schemas.types().contains(type)) {
      throw new UserException(ExitCode.USAGE, "unknown type '" + type + "'; one of "
          + String.join(", ", Schemas.types()));
    }
    out.print(Schemas.text(type));
    out.flush();
    return ExitCode.OK.code();
  }
}
