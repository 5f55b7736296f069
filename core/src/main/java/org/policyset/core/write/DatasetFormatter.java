package org.policyset.core.write;

import org.policyset.core.internal.fs.FileKinds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyset.core.read.internal.reference.DocumentReader;
import org.policyset.core.internal.fs.FileVersion;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.InputFormat;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Severity;

/**
 * Rewrites dataset files in their canonical form ({@link CanonicalJson}), each file keeping its own
 * records, or checks that they already are. A file with syntax or shape errors is never rewritten:
 * it could not be written back without losing what failed to read. A file that changes between its
 * reading and its replacement (an editor saving it) is left as the other program wrote it and
 * reported, never overwritten with the formatting of the older version.
 *
 * @since 0.1.0
 */
public final class DatasetFormatter {

  /**
   * What happened to one file.
   *
   * @since 0.1.0
   */
  public enum Status {
    /** Already canonical. */
    CANONICAL,
    /** Not canonical (check mode): left as it is. */
    NOT_CANONICAL,
    /** Rewritten in canonical form. */
    REWRITTEN,
    /** Left alone because it has errors, or could not be written. */
    REFUSED
  }

  /**
   * The outcome for one file.
   *
   * @param file the file
   * @param status what happened
   * @param findings the errors that made it refused (empty otherwise)
   * @param error an I/O error message when writing failed, else null
   * @since 0.1.0
   */
  public record FileResult(
      InputFile file, Status status, List<Finding> findings, @Nullable String error) {
    /**
     * Copies the list.
     *
     * @param file the file
     * @param status what happened
     * @param findings the errors that made it refused (empty otherwise)
     * @param error an I/O error message when writing failed, else null
     */
    public FileResult {
      findings = List.copyOf(findings);
    }
  }

  private final DatasetReader reader;
  /** Runs after a file is read and before it is compared or replaced: a seam for tests. */
  private final Runnable afterRead;
  /** Runs while the canonical text is written, before it replaces the file: a seam for tests. */
  private final Runnable whileWriting;

  /**
   * Creates a formatter reading with {@code reader}.
   *
   * @param reader the reader
   */
  public DatasetFormatter(DatasetReader reader) {
    this(reader, () -> { }, () -> { });
  }

  DatasetFormatter(DatasetReader reader, Runnable afterRead, Runnable whileWriting) {
    this.reader = reader;
    this.afterRead = afterRead;
    this.whileWriting = whileWriting;
  }

  /**
   * Formats (or, with {@code check}, only checks) every dataset file among {@code inputs}.
   *
   * @param inputs files and folders
   * @param check whether to leave files unchanged and only report
   * @param inputFindings receives findings about inputs that cannot be used at all
   * @return one result per file
   */
  public List<FileResult> format(List<Path> inputs, boolean check, List<Finding> inputFindings) {
    List<FileResult> results = new ArrayList<>();
    for (InputFile file : DatasetReader.resolve(inputs, inputFindings::add)) {
      results.add(formatFile(file, check));
    }
    return results;
  }

  /**
   * Returns the canonical text of one file, or null if it has errors.
   *
   * @param file the file
   * @param errors receives its errors
   * @return the canonical text, or null if the file has errors
   * @throws IllegalArgumentException if {@code file} is input held in memory (it has no path)
   */
  public @Nullable String canonicalText(InputFile file, List<Finding> errors) {
    Path path = fileOf(file);
    // A file of a version 2 folder has no manifest of its own: its folder's manifest says.
    DatasetReader.Result r = reader.inFolderOf(path).loadFile(path, file.display(), file.format());
    for (Finding f : r.findings()) {
      if (f.severity() == Severity.ERROR) {
        errors.add(f);
      }
    }
    if (!errors.isEmpty()) {
      return null;
    }
    if (file.format() == InputFormat.JSON_LINES) {
      return CanonicalJson.jsonLines(r.dataset());
    }
    return CanonicalJson.document(r.dataset(), CanonicalJson.declaredSchema(path));
  }

  /** The file an input names; a formatter reads and rewrites files, not input held in memory. */
  private static Path fileOf(InputFile file) {
    if (file.path() == null) {
      throw new IllegalArgumentException("'" + file.display() + "' is input held in memory, not a file:"
          + " a formatter reads and rewrites files");
    }
    return file.path();
  }

  private FileResult formatFile(InputFile file, boolean check) {
    Path path = fileOf(file);
    FileVersion read;
    try {
      read = FileVersion.of(path);
    } catch (IOException e) {
      return new FileResult(file, Status.REFUSED, List.of(), FileKinds.describe(e));
    }
    List<Finding> errors = new ArrayList<>();
    String canonical = canonicalText(file, errors);
    if (canonical == null) {
      return new FileResult(file, Status.REFUSED, errors, null);
    }
    try {
      afterRead.run();
      // The records came from the version read above only if the file is still that version.
      unchanged(path, read);
      byte[] want = canonical.getBytes(StandardCharsets.UTF_8);
      if (read.size() == want.length && sameContent(path, want)) {
        return new FileResult(file, Status.CANONICAL, List.of(), null);
      }
      if (check) {
        return new FileResult(file, Status.NOT_CANONICAL, List.of(), null);
      }
      AtomicFiles.write(path, out -> {
        whileWriting.run();
        out.write(want);
      }, () -> unchanged(path, read));
      return new FileResult(file, Status.REWRITTEN, List.of(), null);
    } catch (IOException e) {
      return new FileResult(file, Status.REFUSED, List.of(), FileKinds.describe(e));
    }
  }

  /** Throws if {@code path} is no longer the version {@code read}. */
  private static void unchanged(Path path, FileVersion read) throws IOException {
    if (!FileVersion.of(path).equals(read)) {
      throw new IOException("it changed while it was being formatted (another program wrote it); "
          + "it is left as that program wrote it: run format again");
    }
  }

  private static boolean sameContent(Path path, byte[] want) throws IOException {
    try (java.io.InputStream in = Files.newInputStream(path)) {
      return java.util.Arrays.equals(in.readNBytes(want.length + 1), want);
    }
  }

}
