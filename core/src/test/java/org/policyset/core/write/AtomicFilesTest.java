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

  @Test
  void temporaryFilesThatAKilledWriteLeftAreRemovedAndThoseInUseAreNot() throws Exception {
    Path stale = Files.writeString(dir.resolve(".data.json.policyset-0a1b2c3d4e5f.tmp"), "half");
    Path young = Files.writeString(dir.resolve(".data.json.policyset-0a1b2c3d4e60.tmp"), "half");
    Path held = Files.writeString(dir.resolve(".other.json.policyset-0a1b2c3d4e61.tmp"), "half");
    Path user = Files.writeString(dir.resolve(".notes.tmp"), "a user's own file");
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(
        java.time.Instant.now().minusSeconds(3600));
    Files.setLastModifiedTime(stale, old);
    Files.setLastModifiedTime(held, old);
    Files.setLastModifiedTime(user, old);
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(held,
        java.nio.file.StandardOpenOption.WRITE)) {
      ch.lock();

      AtomicFiles.write(dir.resolve("data.json"), "new");

      assertThat(stale).doesNotExist();
      assertThat(young).exists();
      assertThat(held).exists();
      assertThat(user).exists();
      assertThat(dir.resolve("data.json")).hasContent("new");
    }
  }
}
