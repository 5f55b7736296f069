package org.policyset.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policyset.core.Reliability;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.write.DatasetFormatter.FileResult;
import org.policyset.core.write.DatasetFormatter.Status;

/**
 * An edit saved while {@code format} rewrites a file is never overwritten: the formatter notices
 * that the file is no longer the version it read and leaves it as the editor saved it.
 */
class ConcurrentEditTest {
  private static final Reliability LOG = new Reliability(ConcurrentEditTest.class);

  @TempDir
  Path dir;

  private static final String NOT_CANONICAL = """
      {"topics": [{"name": "B", "id": "b"}, {"id": "a", "name": "A"}]}
      """;
  private static final String EDITED = """
      {"topics": [{"name": "B, as edited", "id": "b"}, {"id": "a", "name": "A"}]}
      """;

  private List<FileResult> format(Path file, Runnable afterRead) {
    return format(file, false, afterRead, () -> { });
  }

  /** Formats (or checks) {@code file}, running the edits after it is read and while it is written. */
  private List<FileResult> format(Path file, boolean check, Runnable afterRead, Runnable whileWriting) {
    List<Finding> inputFindings = new ArrayList<>();
    List<FileResult> results = new DatasetFormatter(DatasetReader.create(), afterRead, whileWriting)
        .format(List.of(file), check, inputFindings);
    assertThat(inputFindings).isEmpty();
    return results;
  }

  /** An editor's save: the new content goes to a temporary file that is renamed over the file. */
  private static void saveLikeAnEditor(Path file, String content) {
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".swp");
      Files.writeString(tmp, content);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anEditorSaveWhileFormattingIsKeptAndReported() throws Exception {
    Path file = dir.resolve("topics.json");
    Files.writeString(file, NOT_CANONICAL);

    List<FileResult> results = format(file, () -> saveLikeAnEditor(file, EDITED));

    assertThat(Files.readString(file)).isEqualTo(EDITED);
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.REFUSED);
      assertThat(r.error()).contains("changed while it was being formatted").contains("run format again");
    });
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
    LOG.record("Concurrent edits and interrupted writes", "an editor save (temporary file renamed over) while format rewrites the file",
        "the edit kept, format reports the file changed; nothing left behind");
  }

  @Test
  void anEditorSaveWhileTheCanonicalTextIsBeingWrittenIsKeptAndReported() throws Exception {
    Path file = dir.resolve("topics.json");
    Files.writeString(file, NOT_CANONICAL);

    List<FileResult> results = format(file, false, () -> { }, () -> saveLikeAnEditor(file, EDITED));

    assertThat(Files.readString(file)).isEqualTo(EDITED);
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.REFUSED);
      assertThat(r.error()).contains("changed while it was being formatted");
    });
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
    LOG.record("Concurrent edits and interrupted writes", "an editor save while format writes the canonical text",
        "the edit kept, format reports the file changed; nothing left behind");
  }

  @Test
  void checkingAFileSavedInCanonicalFormWhileItWasReadReportsThatItChanged() throws Exception {
    Path file = dir.resolve("topics.json");
    Files.writeString(file, NOT_CANONICAL);
    Path other = dir.resolve("other").resolve("topics.json");
    Files.createDirectories(other.getParent());
    Files.writeString(other, EDITED);
    format(other, () -> { });
    String editedCanonical = Files.readString(other);

    // Whatever the check says of the version it read is wrong of the version now there: that one
    // is canonical, and telling the user to format it would send them after nothing.
    List<FileResult> results = format(file, true, () -> saveLikeAnEditor(file, editedCanonical), () -> { });

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.REFUSED);
      assertThat(r.error()).contains("changed while it was being formatted");
    });
    assertThat(Files.readString(file)).isEqualTo(editedCanonical);
  }

  @Test
  void aFileDeletedWhileItWasFormattedIsNotWrittenAgain() throws Exception {
    Path file = dir.resolve("topics.json");
    Files.writeString(file, NOT_CANONICAL);

    List<FileResult> results = format(file, () -> {
      try {
        Files.delete(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });

    assertThat(results.get(0).status()).isEqualTo(Status.REFUSED);
    assertThat(results.get(0).error()).contains("changed while it was being formatted");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
    LOG.record("Concurrent edits and interrupted writes", "the file deleted while format rewrites it",
        "not written again; format reports the file changed");
  }

  @Test
  void aRewriteInPlaceOfTheSameSizeAndTimeIsNoticedToo() throws Exception {
    Path file = dir.resolve("topics.json");
    Files.writeString(file, NOT_CANONICAL);
    FileTime time = Files.getLastModifiedTime(file);
    String sameSize = NOT_CANONICAL.replace("\"B\"", "\"C\"");

    List<FileResult> results = format(file, () -> {
      try {
        Files.writeString(file, sameSize);
        Files.setLastModifiedTime(file, time);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });

    assertThat(Files.readString(file)).isEqualTo(sameSize);
    assertThat(results.get(0).status()).isEqualTo(Status.REFUSED);
    LOG.record("Concurrent edits and interrupted writes", "a rewrite in place of the same size with its time set back",
        "noticed by checksum; the rewrite kept");
  }

  @Test
  void anUntouchedFileIsStillFormatted() throws Exception {
    Path file = dir.resolve("topics.json");
    Files.writeString(file, NOT_CANONICAL);

    List<FileResult> results = format(file, () -> { });

    assertThat(results.get(0).status()).isEqualTo(Status.REWRITTEN);
    assertThat(Files.readString(file)).startsWith("{\n  \"topics\": [\n    {\n      \"id\": \"a\"");
  }

  @Test
  void aFailedPreconditionLeavesTheTargetAndNoTemporaryFile() throws Exception {
    Path target = dir.resolve("data.json");
    Files.writeString(target, "as the editor saved it");

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write("formatted".getBytes()),
        () -> {
          throw new IOException("it changed");
        })).hasMessage("it changed");

    assertThat(target).hasContent("as the editor saved it");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @org.junit.jupiter.api.AfterAll
  static void write() {
    LOG.write();
  }
}
