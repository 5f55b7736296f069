package org.policyset.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.Reliability;

/**
 * Faults injected into {@link AtomicFiles#write}: the content fails after a number of bytes with
 * "No space left on device", with an unchecked exception or with an error. Each time the existing
 * file stays byte-identical, no temporary file is left beside it, and the caller sees the cause.
 */
class WriteFaultTest {
  private static final Reliability LOG = new Reliability(WriteFaultTest.class);
  private static final String CATEGORY = "Fault injection: a write that fails midway (AtomicFiles)";

  @TempDir
  Path dir;

  private static final byte[] OLD = "{\"topics\": []}\n".getBytes(StandardCharsets.UTF_8);

  /** Writes {@code bytes} bytes of new content, then fails with {@code fault}. */
  private static AtomicFiles.Content failingAfter(long bytes, Throwable fault) {
    return out -> {
      byte[] chunk = new byte[8192];
      java.util.Arrays.fill(chunk, (byte) 'x');
      long left = bytes;
      while (left > 0) {
        int n = (int) Math.min(chunk.length, left);
        out.write(chunk, 0, n);
        left -= n;
      }
      out.flush();
      if (fault instanceof IOException e) {
        throw e;
      }
      if (fault instanceof RuntimeException e) {
        throw e;
      }
      throw (Error) fault;
    };
  }

  @TestFactory
  Stream<DynamicTest> aFailedWriteLeavesTheTargetAsItWas() {
    record Fault(String name, long after, Throwable fault) {}
    List<Fault> faults = List.of(
        new Fault("disk full before the first byte", 0, new IOException("No space left on device")),
        new Fault("disk full after 1 byte", 1, new IOException("No space left on device")),
        new Fault("disk full after 64 KiB (one buffer)", 65_536, new IOException("No space left on device")),
        new Fault("disk full after 64 KiB + 1", 65_537, new IOException("No space left on device")),
        new Fault("disk full after 5 MB", 5_000_000, new IOException("No space left on device")),
        new Fault("I/O error after 100 bytes", 100, new IOException("Input/output error")),
        new Fault("unchecked exception after 100 bytes", 100, new IllegalStateException("bug")),
        new Fault("error after 100 bytes", 100, new OutOfMemoryError("simulated")));
    return faults.stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
      Path target = dir.resolve("data.json");
      Files.write(target, OLD);
      Throwable thrown = catchThrowable(() -> AtomicFiles.write(target, failingAfter(f.after(), f.fault())));
      assertThat(thrown).isSameAs(f.fault());
      assertThat(Files.readAllBytes(target)).as("target after '%s'", f.name()).isEqualTo(OLD);
      try (Stream<Path> left = Files.list(dir)) {
        assertThat(left.map(p -> p.getFileName().toString())).containsExactly("data.json");
      }
      LOG.record(CATEGORY, f.name(), "the fault reaches the caller; target byte-identical; no temporary file left");
    }));
  }

  @TestFactory
  Stream<DynamicTest> aWriteIntoAMissingOrBlockedFolderFailsCleanly() {
    return Stream.of(DynamicTest.dynamicTest("the target's folder is a file", () -> {
      Path blocker = dir.resolve("blocker");
      Files.writeString(blocker, "a file where a folder should be");
      Throwable thrown = catchThrowable(() -> AtomicFiles.write(blocker.resolve("data.json"), "{}"));
      assertThat(thrown).isInstanceOf(IOException.class);
      assertThat(Files.readString(blocker)).isEqualTo("a file where a folder should be");
      LOG.record(CATEGORY, "the target's folder is a file", "IOException; nothing changed");
    }));
  }

  @AfterAll
  static void write() {
    LOG.write();
  }
}
