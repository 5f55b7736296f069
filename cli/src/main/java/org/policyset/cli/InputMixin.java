package org.policyset.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policyset.dataset.BundledDataset;
import picocli.CommandLine.Parameters;

/** The dataset inputs of a command: paths, or the bundled dataset when none are given. */
final class InputMixin {

  /** Environment variable naming the dataset folder used when no PATH is given. */
  static final String DATASET_ENV = "POLICYSET_DATASET";

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Dataset files (.json, .jsonl) or folders. Default: the bundled dataset "
          + "(the folder in $" + DATASET_ENV + " when set, as ./policyset sets it to dataset/data).")
  List<Path> paths = new ArrayList<>();

  /** Returns the paths to read, made relative to the working folder where they lie inside it. */
  List<Path> resolve() {
    if (!paths.isEmpty()) {
      return paths;
    }
    return List.of(defaultDataset());
  }

  /** Returns a human description of what is read. */
  String describe() {
    if (!paths.isEmpty()) {
      return null;
    }
    return "bundled dataset (" + defaultDataset() + ")";
  }

  static Path defaultDataset() {
    String env = System.getenv(DATASET_ENV);
    if (env != null && !env.isBlank()) {
      return relativize(Path.of(env));
    }
    return BundledDataset.path();
  }

  static Path relativize(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    if (abs.startsWith(cwd) && !abs.equals(cwd)) {
      return cwd.relativize(abs);
    }
    return Files.exists(abs) ? abs : p;
  }
}
