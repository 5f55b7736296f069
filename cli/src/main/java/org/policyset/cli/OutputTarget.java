package org.policyset.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

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
    StringWriter buffer = new StringWriter();
    PrintWriter w = new PrintWriter(buffer);
    body.accept(w);
    w.flush();
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    Path tmp = null;
    try {
      if (Files.isDirectory(abs)) {
        throw new UserException(ExitCode.USAGE, "cannot write " + file + ": it is a folder");
      }
      if (dir == null || !Files.isDirectory(dir)) {
        throw new UserException(ExitCode.USAGE, "cannot write " + file + ": no folder " + dir);
      }
      tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
      Files.writeString(tmp, buffer.toString(), StandardCharsets.UTF_8);
      Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UserException(ExitCode.USAGE, "cannot write " + file + ": " + e.getMessage());
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // Best effort: the temporary file is hidden and named for its target.
        }
      }
    }
  }
}
