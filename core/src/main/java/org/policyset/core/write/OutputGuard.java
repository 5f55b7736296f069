package org.policyset.core.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.policyset.core.io.InputFormat;

/**
 * Keeps a command from writing over what it reads: an output that is one of its inputs (or the
 * same file under another name), that would replace or hold a folder it reads, or that lies inside
 * an input folder where it would be read as part of the dataset or replace one of its files.
 *
 * @since 0.1.0
 */
public final class OutputGuard {
  private OutputGuard() {}

  /**
   * What an output is: one file, or a folder replaced whole.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** A file written or replaced. */
    FILE,
    /** A folder replaced whole (a merge or an export into a folder). */
    FOLDER
  }

  /**
   * Returns why writing {@code output} would overwrite an input, or null if it would not.
   *
   * @param output the output path
   * @param kind whether the output is a file or a folder replaced whole
   * @param inputs the paths the command reads: dataset files and folders, and files such as a
   *     baseline or suppressions file
   * @param insideAllowed whether a new file inside an input folder that would be read as part of
   *     the dataset is allowed (merge with {@code --force})
   * @return the reason, phrased to follow "cannot write OUTPUT: ", or null if writing is safe
   */
  public static @Nullable String refusal(Path output, Kind kind, Collection<Path> inputs, boolean insideAllowed) {
    Path out = real(output);
    for (Path in : inputs) {
      Path input = real(in);
      boolean folder = Files.isDirectory(input);
      if (out.equals(input) || sameFile(output, in)) {
        return "it is an input of this command (" + in + "); policyset never overwrites its inputs: "
            + "write elsewhere";
      }
      if (input.startsWith(out)) {
        return "it holds an input of this command (" + in + ")" + (kind == Kind.FOLDER
            ? ", which replacing it would remove" : "") + ": write elsewhere";
      }
      if (folder && out.startsWith(input)) {
        boolean read = kind == Kind.FOLDER || isDatasetFile(out);
        if (read && Files.exists(output)) {
          return "it is part of input dataset " + in + "; policyset never overwrites its inputs: "
              + "write elsewhere";
        }
        if (read && !insideAllowed) {
          return "it lies inside input dataset " + in + ", where it would be read as part of it: "
              + "write elsewhere" + (kind == Kind.FOLDER ? "" : " (or give it another extension)");
        }
      }
    }
    return null;
  }

  private static boolean isDatasetFile(Path p) {
    String name = p.getFileName().toString();
    return !name.startsWith(".") && InputFormat.forFileName(name) != null;
  }

  /** Returns the path with every link resolved as far as it exists, absolute and normalized. */
  private static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    Path rest = null;
    while (existing != null && !Files.exists(existing)) {
      rest = rest == null ? existing.getFileName() : existing.getFileName().resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      Path r = existing.toRealPath();
      return rest == null ? r : r.resolve(rest).normalize();
    } catch (IOException e) {
      return abs;
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
