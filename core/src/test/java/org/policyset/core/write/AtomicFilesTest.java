package org.policyset.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir
  Path dir;

  @Test
  void aFailedWriteLeavesTheTargetByteIdenticalAndNoTemporaryFile() throws Exception {
    Path target = dir.resolve("data.json");
    Files.writeString(target, "old content");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("half of the new".getBytes());
      throw new IOException("No space left on device");
    })).hasMessage("No space left on device");
    assertThat(target).hasContent("old content");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndANewOneIsReadableByAll() throws Exception {
    Path target = dir.resolve("data.json");
    Files.writeString(target, "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
    AtomicFiles.write(target, "new");
    assertThat(target).hasContent("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw-r--");
    Path fresh = dir.resolve("fresh.json");
    AtomicFiles.write(fresh, "x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
  }
}
