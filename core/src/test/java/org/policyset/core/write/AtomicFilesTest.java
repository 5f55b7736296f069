package org.policyset.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.FileModes;

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
  void aReplacedFileKeepsItsPermissionsAndANewOneGetsTheUmasks() throws Exception {
    FileModes.assumePosix(dir);
    Path target = dir.resolve("data.json");
    Files.writeString(target, "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
    AtomicFiles.write(target, "new");
    assertThat(target).hasContent("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw-r--");
    Path fresh = dir.resolve("fresh.json");
    AtomicFiles.write(fresh, "x");
    assertThat(FileModes.of(fresh)).isEqualTo(FileModes.newFile());
  }

  @Test
  void aWrittenFileIsNotLeftLockedByItsWriter() throws Exception {
    Path target = dir.resolve("data.json");

    AtomicFiles.write(target, "new");

    // The writer locked its temporary file, which is now the target: another writer must be able
    // to lock it (a lock still held by this process would make this throw).
    try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
      assertThat(ch.tryLock()).isNotNull();
    }
  }

  @Test
  void whenTheTemporaryFileCannotBeRemovedTheCallerStillLearnsWhyTheWriteFailed() throws Exception {
    Path target = Files.writeString(dir.resolve("data.json"), "old content");
    IOException full = new IOException("No space left on device");

    Throwable thrown = catchThrowable(() -> AtomicFiles.write(target, out -> {
      // Something puts a folder with a file in it where the temporary file was.
      try (Stream<Path> s = Files.list(dir)) {
        Path tmp = s.filter(p -> p.getFileName().toString().endsWith(".tmp")).findFirst().orElseThrow();
        Files.delete(tmp);
        Files.writeString(Files.createDirectory(tmp).resolve("x"), "x");
      }
      throw full;
    }));

    assertThat(thrown).isSameAs(full);
    assertThat(thrown.getSuppressed()).singleElement().isInstanceOf(DirectoryNotEmptyException.class);
    assertThat(target).hasContent("old content");
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
