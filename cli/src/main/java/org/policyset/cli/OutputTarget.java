package org.policyset.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.policyset.core.write.AtomicFiles;

/** Where a command's result goes: standard output, or a file replaced atomically when complete. */
final class OutputTarget {
  private OutputTarget() {}

  /** Writes what {@code body} prints to {@code file}, or to {@code out} when {@code file} is null. */
  static void write(Path file, PrintWriter out, Consumer<PrintWriter> body) {
    if (file == null) {
      body.accept(out);
      out.flush();
      return;
    }
    if (Files.isDirectory(file)) {
      throw new UserException(ExitCode.USAGE, "cannot write " + file + ": it is a folder");
    }
    StringWriter buffer = new StringWriter();
    PrintWriter w = new PrintWriter(buffer);
    body.accept(w);
    w.flush();
    try {
      AtomicFiles.write(file, buffer.toString());
    } catch (IOException e) {
      throw UserException.unwritable(file, e);
    }
  }
}
