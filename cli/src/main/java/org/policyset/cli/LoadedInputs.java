package org.policyset.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Layer;

/** The error policy of commands that read whole datasets before working on them. */
final class LoadedInputs {
  private LoadedInputs() {}

  /**
   * Prints the errors of {@code results}, if any, and returns the exit code they call for: 3 when an
   * input could not be read at all, else 1; null when there are no errors.
   */
  static Integer failOnErrors(List<DatasetReader.Result> results, PrintWriter out, String command) {
    List<Finding> errors = new ArrayList<>();
    results.forEach(r -> errors.addAll(r.errors()));
    return failOnFindings(errors, out, command);
  }

  /** Prints {@code errors}, if any, and returns the exit code they call for; null when none. */
  static Integer failOnFindings(List<Finding> errors, PrintWriter out, String command) {
    if (errors.isEmpty()) {
      return null;
    }
    errors.forEach(out::println);
    out.println(command + ": inputs have errors; run 'policyset validate' on them");
    out.flush();
    return errors.stream().anyMatch(f -> f.rule().layer() == Layer.INPUT)
        ? ExitCode.UNREADABLE.code() : ExitCode.FINDINGS.code();
  }
}
