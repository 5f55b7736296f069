package org.policyset.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.schema.EditorSchemas;
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
    header = "Print, regenerate, check or install the JSON Schema of dataset files.",
    description = "Print the JSON Schema (draft 2020-12) of a dataset document or of one record "
        + "type, as checked in and packaged. Tools in any language can validate files with it; it "
        + "checks shape only — references, unique ids, date logic, cycles and quotes need "
        + "'policyset validate'. --write and --check regenerate or compare the checked-in files "
        + "from a checkout of the sources.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Printed, written, installed, or (with --check) up to date.",
      " 1:With --check: the checked-in schemas differ from a fresh generation.",
      " 2:Usage error (unknown type, or --write/--check outside a checkout).",
      " 4:With --install: a file could not be written."
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

  @Option(names = "--install", paramLabel = "DIR", arity = "0..1", fallbackValue = ".policyset/schema",
      description = "Write the schema files, a schema catalogue (catalog.json), VS Code settings "
          + "(vscode-settings.json) and a JetBrains mapping (jetbrains-jsonSchemas.xml) into DIR "
          + "(default: .policyset/schema), so that editors complete and check dataset documents "
          + "without the network; then print where each goes.")
  Path install;

  @Option(names = "--match", paramLabel = "GLOB",
      description = "With --install: a file pattern of dataset documents, relative to the working "
          + "folder; repeatable (default: **/data/*.json).")
  List<String> match = new java.util.ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (install != null) {
      return install(out);
    }
    if (!match.isEmpty()) {
      throw new UserException(ExitCode.USAGE, "--match goes with --install");
    }
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

  private int install(PrintWriter out) {
    if (write || check) {
      throw new UserException(ExitCode.USAGE, "--install cannot be combined with --write or --check");
    }
    if (Files.exists(install) && !Files.isDirectory(install)) {
      throw new UserException(ExitCode.USAGE, "cannot install into " + install + ": it is not a folder");
    }
    List<String> patterns = match.isEmpty() ? EditorSchemas.DEFAULT_PATTERNS : match;
    List<Path> written;
    try {
      written = EditorSchemas.install(install, Path.of(""), patterns);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCode.USAGE, e.getMessage());
    } catch (IOException e) {
      throw UserException.unwritable(install, e);
    }
    String dir = TerminalText.escape(install.toString());
    out.println("wrote " + written.size() + " files to " + dir + " for "
        + TerminalText.escape(String.join(", ", patterns)));
    out.println("  VS Code: merge the \"json.schemas\" of " + dir + "/" + EditorSchemas.VSCODE
        + " into .vscode/settings.json");
    out.println("  JetBrains IDEs: copy " + dir + "/" + EditorSchemas.JETBRAINS
        + " to .idea/jsonSchemas.xml (with the IDE closed)");
    out.println("  other tools: " + dir + "/" + EditorSchemas.CATALOG
        + " is a schema catalogue in the SchemaStore format");
    out.flush();
    return ExitCode.OK.code();
  }
}
