package org.policyset.core.read.internal.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.internal.fs.FileKinds;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.InputFormat;

/**
 * Finds the dataset files of a folder given as input: regular {@code .json}, {@code .jsonl} and
 * {@code .ndjson} files, hidden files and folders left out, links leading out of the folder
 * refused, sorted by their displayed path.
 */
public final class FolderWalk {
  private FolderWalk() {}

  /**
   * Returns the dataset files of {@code given}, reporting what cannot be read to {@code findings}.
   *
   * @param given the folder as the user named it
   * @param findings receives a finding for every file that cannot be used
   * @return the files, sorted by displayed path
   */
  public static List<InputFile> walk(Path given, Consumer<Finding> findings) {
    List<InputFile> files = new ArrayList<>();
    Path root;
    try {
      // A link to a folder given as input is followed once, here; links inside are not followed.
      root = Files.isSymbolicLink(given) ? given.toRealPath() : given;
    } catch (IOException e) {
      findings.accept(Finding.of(Rule.UNREADABLE_INPUT, Location.ofFile(given.toString()),
          "cannot read: " + FileKinds.describe(e)).withHint("check the path"));
      return files;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && hidden(dir)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (hidden(file)) {
            return FileVisitResult.CONTINUE;
          }
          InputFormat format = InputFormat.forFileName(file.getFileName().toString());
          if (format == null) {
            return FileVisitResult.CONTINUE;
          }
          String shown = display(given, root, file);
          String why = attrs.isRegularFile() ? null : FileKinds.whyNotRegular(file);
          if (why != null) {
            findings.accept(Finding.of(Rule.UNREADABLE_INPUT, Location.ofFile(shown),
                    "not a regular file: " + why)
                .withHint(attrs.isSymbolicLink() ? "fix or remove the link"
                    : "policyset reads only regular files"));
          } else if (attrs.isSymbolicLink() && !FileKinds.liesInside(file, root)) {
            findings.accept(Finding.of(Rule.UNREADABLE_INPUT, Location.ofFile(shown),
                    "symbolic link to a file outside the folder")
                .withHint("copy the file into the folder, or name it as an input of its own: links "
                    + "out of a dataset folder are not followed, so that a change to the folder "
                    + "cannot make policyset read other files of the machine"));
          } else {
            files.add(new InputFile(file, shown, format));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          findings.accept(Finding.of(Rule.UNREADABLE_INPUT, Location.ofFile(display(given, root, file)),
                  "cannot read: " + FileKinds.describe(e))
              .withHint("check permissions"));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort((a, b) -> a.display().compareTo(b.display()));
    return files;
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String display(Path given, Path root, Path file) {
    String r = given.toString();
    String rel = root.relativize(file).toString().replace('\\', '/');
    if (r.isEmpty() || r.equals(".")) {
      return rel;
    }
    if (r.equals("/")) {
      return "/" + rel;
    }
    return (r.endsWith("/") ? r : r + "/") + rel;
  }
}
