package org.policyset.cli;

import java.io.PrintWriter;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.workflow.FormatResult;
import org.policyset.core.workflow.Policyset;

/**
 * Prints {@code format --check --diff}'s unified diffs as they are, so that {@code git apply} and
 * {@code patch} take them, except a line holding a character that could act on a terminal (a
 * control character other than a tab or a carriage return before the line feed, a bidirectional
 * formatting character), which is shown escaped, with a note on standard error that the diff will
 * not apply there.
 */
final class PatchOutput {
  private PatchOutput() {}

  static void print(FormatResult result, ReadLimits limits, PrintWriter out, PrintWriter err) {
    int escaped = 0;
    for (var file : result.files()) {
      if (file.status() != org.policyset.core.write.DatasetFormatter.Status.NOT_CANONICAL) {
        continue;
      }
      String patch = Policyset.canonicalDiff(file.file(), limits);
      if (patch == null) {
        continue;
      }
      for (String line : patch.split("\n", -1)) {
        if (line.isEmpty()) {
          continue;
        }
        String body = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        String safe = TerminalText.escape(body.replace("\t", "")).equals(body.replace("\t", ""))
            ? line : TerminalText.escape(line);
        if (!safe.equals(line)) {
          escaped++;
        }
        out.print(safe);
        out.print('\n');
      }
    }
    out.flush();
    if (escaped > 0) {
      err.println("policyset: " + escaped + (escaped == 1 ? " line holds" : " lines hold")
          + " control or bidirectional characters, shown escaped: the diff will not apply there");
      err.flush();
    }
  }
}
