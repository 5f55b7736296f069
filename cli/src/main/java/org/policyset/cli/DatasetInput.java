package org.policyset.cli;

import java.io.PrintWriter;
import org.policyset.core.io.DatasetReader;
import org.policyset.core.model.Dataset;
import org.policyset.core.validation.Finding;
import org.policyset.core.validation.Layer;
import org.policyset.core.validation.Severity;

/** Loads the dataset a query, stats or export command works on. */
final class DatasetInput {
  private DatasetInput() {}

  /**
   * Reads the inputs. An input that cannot be read at all ends the command with exit code 3; errors
   * inside the files are reported as one warning on stderr and the records that could be read are
   * used.
   */
  static Dataset load(InputMixin input, PrintWriter err) {
    DatasetReader.Result result = DatasetReader.create().load(input.resolve());
    int errors = 0;
    for (Finding f : result.findings()) {
      if (f.rule().layer() == Layer.INPUT) {
        throw new UserException(ExitCode.UNREADABLE,
            "cannot read " + f.location().file() + ": " + f.message());
      }
      if (f.severity() == Severity.ERROR) {
        errors++;
      }
    }
    if (errors > 0) {
      err.println("policyset: warning: the data has " + errors + (errors == 1 ? " error" : " errors")
          + "; using the records that could be read ('policyset validate' shows the errors)");
      err.flush();
    }
    return result.dataset();
  }
}
