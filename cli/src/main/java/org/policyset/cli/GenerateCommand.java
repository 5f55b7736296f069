package org.policyset.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.policyset.testkit.DatasetGenerator;
import org.policyset.testkit.GeneratedDataset;
import org.policyset.testkit.InjectedError;
import org.policyset.core.io.InputFormat;
import org.policyset.core.model.RecordType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset generate}: writes a large synthetic dataset for benchmarks and scale tests. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Write a realistic synthetic dataset of N records (every record type, valid "
        + "references, about 93%% stances of about 1.15 kB), streaming it to disk, the same bytes for "
        + "the same seed. Sources with archived texts get them in the folder FILE.texts beside it. "
        + "With --invalid-rate, that share of the stances gets one known error each (a dangling "
        + "reference, an impossible date or an unknown property), which 'policyset validate' must "
        + "report exactly.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:The dataset was written.",
      " 2:Usage error.",
      " 3:The file could not be written."
    })
final class GenerateCommand implements Callable<Integer> {

  enum Format { json, jsonl }

  @Spec
  CommandSpec spec;

  @Mixin
  GlobalOptions global;

  @Option(names = {"-n", "--records"}, paramLabel = "N", required = true,
      description = "How many records to write (at least 7).")
  long records;

  @Option(names = "--invalid-rate", paramLabel = "R", defaultValue = "0",
      description = "Share of stances, 0 to 1, that get one known error each (default: ${DEFAULT-VALUE}).")
  double invalidRate;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES}; default: by the extension of FILE (.jsonl, .ndjson: "
          + "jsonl; else json).")
  Format format;

  @Option(names = "--schema-version", paramLabel = "N", defaultValue = "1",
      description = "The schema version to write: 1, or 2 for the same records migrated as "
          + "'policyset migrate' migrates them (default: ${DEFAULT-VALUE}).")
  int schemaVersion;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
      description = "The dataset file to write (replaced if it exists).")
  Path output;

  @Override
  public Integer call() {
    DatasetGenerator generator;
    try {
      generator = DatasetGenerator.records(records).seed(seed).invalidRate(invalidRate)
          .schemaVersion(schemaVersion);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCode.USAGE, e.getMessage());
    }
    InputFormat f = format != null ? (format == Format.jsonl ? InputFormat.JSON_LINES : InputFormat.JSON)
        : InputFormat.forFileName(output.getFileName().toString()) == InputFormat.JSON_LINES
            ? InputFormat.JSON_LINES : InputFormat.JSON;
    GeneratedDataset g;
    try {
      g = generator.write(output, f);
    } catch (IOException e) {
      throw UserException.unwritable(output, e);
    }
    PrintWriter out = spec.commandLine().getOut();
    StringBuilder counts = new StringBuilder();
    for (RecordType t : RecordType.values()) {
      counts.append(counts.length() == 0 ? "" : ", ").append(g.counts().get(t)).append(' ').append(t.section());
    }
    out.printf(Locale.ROOT, "wrote %d records (%s) to %s, %.1f MB%n", g.records(), counts, output,
        g.bytes() / 1e6);
    if (g.injectedErrors() > 0) {
      StringBuilder kinds = new StringBuilder();
      for (InjectedError e : InjectedError.values()) {
        kinds.append(kinds.length() == 0 ? "" : ", ").append(g.injected().get(e)).append(' ')
            .append(e.rule().code()).append(' ').append(e.rule().slug());
      }
      out.printf(Locale.ROOT, "injected %d errors (%s)%n", g.injectedErrors(), kinds);
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
