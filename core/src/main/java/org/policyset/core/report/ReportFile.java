package org.policyset.core.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.policyset.core.internal.AtomicFiles;

/**
 * Writes a report file atomically: the report goes to a temporary file in the same folder, which
 * then replaces the target in one rename, so that a CI step never reads half a report and a failed
 * write leaves an existing report as it was.
 *
 * @since 0.1.0
 */
public final class ReportFile {
  private ReportFile() {}

  /**
   * Writes {@code target} as UTF-8 with what {@code body} prints.
   *
   * @param target the report file
   * @param body prints the report, such as {@code out -> new SarifReport(v).write(report, out)}
   * @throws IOException if the file cannot be written; the target is then unchanged
   */
  public static void write(Path target, Consumer<PrintWriter> body) throws IOException {
    AtomicFiles.write(target, w -> {
      PrintWriter out = new PrintWriter(w);
      body.accept(out);
      out.flush();
      if (out.checkError()) {
        throw new IOException("writing failed");
      }
    });
  }
}
