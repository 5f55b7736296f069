package org.policyset.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder replaced whole: afterwards it holds exactly the new content, a failure while writing it
 * leaves the old folder as it was, and nothing is left beside it either way.
 */
class AtomicFoldersTest {

  @TempDir
  Path dir;

  private List<String> beside() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> contents(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile)
          .map(p -> folder.relativize(p) + "=" + readString(p)).sorted().toList();
    }
  }

  private static String readString(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aFolderIsCreatedAndThenReplacedWhole() throws Exception {
    Path out = dir.resolve("tables");

    AtomicFolders.replace(out, f -> {
      Files.writeString(f.resolve("a.csv"), "first a");
      Files.writeString(f.resolve("b.csv"), "first b");
    });
    assertThat(contents(out)).containsExactly("a.csv=first a", "b.csv=first b");

    AtomicFolders.replace(out, f -> Files.writeString(Files.createDirectory(f.resolve("sub")).resolve("c.csv"), "second c"));

    assertThat(contents(out)).containsExactly("sub/c.csv=second c");
    assertThat(beside()).containsExactly("tables");
  }

  @Test
  void aFailureWhileWritingLeavesTheFolderAsItWas() throws Exception {
    Path out = dir.resolve("tables");
    AtomicFolders.replace(out, f -> Files.writeString(f.resolve("a.csv"), "first a"));

    assertThatThrownBy(() -> AtomicFolders.replace(out, f -> {
      Files.writeString(f.resolve("a.csv"), "half of the second");
      throw new IOException("No space left on device");
    })).hasMessage("No space left on device");

    assertThat(contents(out)).containsExactly("a.csv=first a");
    assertThat(beside()).containsExactly("tables");
  }

  @Test
  void aSwitchThatAKilledWriterLeftHalfDoneIsPutRightBeforeTheNextReplacement() throws Exception {
    Path out = dir.resolve("tables");
    // Killed between its renames: the old version aside and the output missing.
    Files.writeString(Files.createDirectories(dir.resolve(".tables.policyset-0123456789ab.previous"))
        .resolve("a.csv"), "old a");

    AtomicFolders.replace(out, f -> Files.writeString(f.resolve("a.csv"), "new a"));

    assertThat(contents(out)).containsExactly("a.csv=new a");
    assertThat(beside()).containsExactly("tables");
  }
}
