package org.policyset.core.internal.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.OtherProcess;

/**
 * One writer of an output at a time: a second writer, in this process or another, waits until the
 * first lets go and then proceeds; a lock that cannot be taken fails at once without keeping the
 * next writer out; a link where the lock file goes is refused and what it names left alone.
 */
class OutputLockTest {

  @TempDir
  Path dir;

  /** Takes the lock of {@code out} on another thread, and lets go of it at once. */
  private static CompletableFuture<Void> writeElsewhere(Path out) {
    return CompletableFuture.runAsync(() -> {
      try {
        OutputLock held = OutputLock.acquire(out);
        assertThat(out.resolveSibling(".out.lock")).exists();
        held.close();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, runnable -> new Thread(runnable, "second writer").start());
  }

  @Test
  void aSecondWriterInThisProcessWaitsForTheFirstAndTheLockFileGoesWithTheLast() throws Exception {
    Path out = dir.resolve("out");
    OutputLock first = OutputLock.acquire(out);
    assertThat(dir.resolve(".out.lock")).exists();
    CompletableFuture<Void> second = writeElsewhere(out);
    Thread.sleep(300);
    assertThat(second).as("the second writer while the first holds the output").isNotDone();
    first.close();
    second.get(30, TimeUnit.SECONDS);
    assertThat(dir.resolve(".out.lock")).doesNotExist();
  }

  @Test
  void aWriterInAnotherProcessIsWaitedFor() throws Exception {
    assumeTrue(OtherProcess.canCountOpenFiles(), "/proc/self/fd");
    Path out = dir.resolve("out");
    OutputLock.acquire(out).close();   // warm up
    long open = OtherProcess.openFiles();
    CompletableFuture<Void> mine;
    // The other process holds the lock file as a writer does, and removes it as it lets go.
    try (OtherProcess other = OtherProcess.lock(dir.resolve(".out.lock"), true)) {
      mine = writeElsewhere(out);
      Thread.sleep(300);
      assertThat(mine).as("this writer while another process holds the output").isNotDone();
      other.release();
    }
    mine.get(30, TimeUnit.SECONDS);

    assertThat(dir.resolve(".out.lock")).doesNotExist();
    assertThat(OtherProcess.openFiles()).as("files left open").isLessThanOrEqualTo(open);
  }

  @Test
  void aLinkWhereTheLockFileGoesIsRefusedAndWhatItNamesIsLeftAlone() throws Exception {
    Path victim = Files.writeString(dir.resolve("notes.txt"), "my notes\n");
    Path out = dir.resolve("out");
    Path link = Files.createSymbolicLink(dir.resolve(".out.lock"), victim);

    assertThatThrownBy(() -> OutputLock.acquire(out)).isInstanceOf(FileSystemException.class)
        .hasMessage(link + ": a link stands where the lock file of out goes, and policyset does not "
            + "follow it: remove the link");

    assertThat(victim).hasContent("my notes");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    Files.delete(link);
    writeElsewhere(out).get(30, TimeUnit.SECONDS);
  }

  @Test
  void aLockThatCannotBeMadeFailsAtOnceAndDoesNotKeepTheNextWriterOut() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("data"), "a file where a folder should be");

    assertThatThrownBy(() -> OutputLock.acquire(notAFolder.resolve("out")))
        .isInstanceOf(FileSystemException.class).hasMessageContaining("Not a directory")
        .hasMessageNotContaining("link");

    Files.delete(notAFolder);
    Files.createDirectory(notAFolder);
    writeElsewhere(notAFolder.resolve("out")).get(30, TimeUnit.SECONDS);
    assertThat(notAFolder.resolve(".out.lock")).doesNotExist();
  }

  @Test
  void aWriterGivesBackEveryFileItOpened() throws Exception {
    assumeTrue(OtherProcess.canCountOpenFiles(), "/proc/self/fd");
    Path out = dir.resolve("out");
    OutputLock.acquire(out).close();   // warm up
    long open = OtherProcess.openFiles();

    for (int i = 0; i < 20; i++) {
      OutputLock.acquire(out).close();
    }

    assertThat(OtherProcess.openFiles()).as("files left open").isLessThanOrEqualTo(open);
  }
}
