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
        + "type, as checked in and packaged, of schema version 1 or 2 (--schema-version). Tools in "
        + "any language can validate files with it; it checks shape only — references, unique ids, "
        + "date logic, cycles and quotes need 'policyset validate'. --write and --check regenerate "
        + "or compare the checked-in files of every version from a checkout of the sources.",
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

  @Option(names = "--schema-version", paramLabel = "N",
      description = "The schema version: 1 or 2 (default: " + Schemas.VERSION + "). Prints that "
          + "version's schema; with --install, maps the --match patterns to it; with --write or "
          + "--check, only that version's files.")
  String schemaVersion;

  @Option(names = "--write", description = "Regenerate the schema files under "
      + "schema/src/main/resources/org/policyset/schema/1 and …/2 (run from the repository root).")
  boolean write;

  @Option(names = "--check", description = "Exit 1 if the checked-in schema files differ from a "
      + "fresh generation (run from the repository root).")
  boolean check;

  @Option(names = "--install", paramLabel = "DIR", arity = "0..1", fallbackValue = ".policyset/schema",
      description = "Write the schema files (version 1's in DIR, version 2's in DIR/2), a schema "
          + "catalogue (catalog.json), VS Code settings (vscode-settings.json) and a JetBrains "
          + "mapping (jetbrains-jsonSchemas.xml) into DIR (default: .policyset/schema), so that "
          + "editors complete and check dataset documents without the network; then print where "
          + "each goes.")
  Path install;

  @Option(names = "--match", paramLabel = "GLOB",
      description = "With --install: a file pattern of dataset documents, relative to the working "
          + "folder; repeatable (default: **/data/*.json).")
  List<String> match = new java.util.ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (schemaVersion != null && !Schemas.versions().contains(schemaVersion)) {
      throw new UserException(ExitCode.USAGE, "unknown schema version '"
          + TerminalText.escape(schemaVersion) + "'; one of " + String.join(", ", Schemas.versions()));
    }
    String version = schemaVersion == null ? Schemas.VERSION : schemaVersion;
    if (install != null) {
      return install(out, version);
    }
    if (!match.isEmpty()) {
      throw new UserException(ExitCode.USAGE, "--match goes with --install");
    }
    if (write || check) {
      List<String> versions = schemaVersion == null ? Schemas.versions() : List.of(schemaVersion);
      int exit = ExitCode.OK.code();
      for (String v : versions) {
        if (!writeOrCheck(v, out)) {
          exit = ExitCode.FINDINGS.code();
        }
      }
      out.flush();
      return exit;
    }
    if (!Schemas.types().contains(type)) {
      throw new UserException(ExitCode.USAGE, "unknown type '" + type + "'; one of "
          + String.join(", ", Schemas.types()));
    }
    out.print(Schemas.text(version, type));
    out.flush();
    return ExitCode.OK.code();
  }

  /** Regenerates or compares one version's checked-in files; false if --check finds them stale. */
  private boolean writeOrCheck(String version, PrintWriter out) throws IOException {
    Path folder = SchemaGenerator.sourceFolder(version);
    if (!Files.isDirectory(folder)) {
      throw new UserException(ExitCode.USAGE, folder + " not found; run --write or --check from "
          + "the root of a policyset checkout");
    }
    SchemaGenerator generator = SchemaGenerator.create(version);
    if (check) {
      List<String> stale = generator.outdated(folder);
      if (!stale.isEmpty()) {
        out.println("out of date in " + folder + ": " + String.join(", ", stale)
            + " (regenerate with 'policyset schema --write')");
        return false;
      }
      out.println("schemas in " + folder + " are up to date");
    } else {
      List<Path> written = generator.writeAll(folder);
      out.println(written.isEmpty() ? "schemas in " + folder + " are up to date"
          : "wrote " + written.size() + " schema file(s) to " + folder);
    }
    return true;
  }

  private int install(PrintWriter out, String version) {
    if (write || check) {
      throw new UserException(ExitCode.USAGE, "--install cannot be combined with --write or --check");
    }
    if (Files.exists(install) && !Files.isDirectory(install)) {
      throw new UserException(ExitCode.USAGE, "cannot install into " + install + ": it is not a folder");
    }
    List<String> patterns = match.isEmpty() ? EditorSchemas.DEFAULT_PATTERNS : match;
    List<Path> written;
    try {
      written = EditorSchemas.install(install, Path.of(""), patterns, version);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCode.USAGE, e.getMessage());
    } catch (IOException e) {
      throw UserException.unwritable(install, e);
    }
    String dir = TerminalText.escape(install.toString());
    out.println("wrote " + written.size() + " files to " + dir + " for "
        + TerminalText.escape(String.join(", ", patterns)) + " (schema version " + version + "; "
        + "version 1's schemas in " + dir + ", version 2's in " + dir + "/2)");
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
