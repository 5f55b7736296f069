package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM running {@code policyset format} at several moments while it rewrites a large file:
 * the file must always hold either its old bytes or the complete new ones.
 */
class KilledWriteTest {

  private static final Reliability LOG = new Reliability(KilledWriteTest.class);

  @TempDir
  Path dir;

  @org.junit.jupiter.api.AfterAll
  static void writeLog() {
    LOG.write();
  }

  @Test
  void aKilledFormatLeavesTheOldOrTheNewFileNeverAPartialOne() throws Exception {
    StringBuilder sb = new StringBuilder("{\"topics\": [");
    int n = 30_000;
    for (int i = n - 1; i >= 0; i--) {
      sb.append("{\"name\": \"Topic number ").append(i).append(" with a longer name\", \"id\": \"t-")
          .append(i).append("\"}").append(i > 0 ? "," : "");
    }
    sb.append("]}");
    byte[] original = sb.toString().getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("big.json");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    byte[] canonical = null;
    int sawOld = 0;
    int sawNew = 0;
    ProcessBuilder format = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
        "org.policyset.cli.Main", "format", file.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    // One full run tells how long a format takes here; the kills then land across its whole span.
    Files.write(file, original);
    long start = System.nanoTime();
    assertThat(format.start().waitFor(120, TimeUnit.SECONDS)).isTrue();
    long full = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    for (double fraction : new double[] {0.1, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98}) {
      long delay = Math.max(1, (long) (full * fraction));
      Files.write(file, original);
      Process p = format.start();
      boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) {
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
      byte[] now = Files.readAllBytes(file);
      if (java.util.Arrays.equals(now, original)) {
        sawOld++;
      } else {
        if (canonical == null) {
          canonical = now;
        }
        assertThat(now).as("after a kill at %d ms the file is the complete new version", delay)
            .isEqualTo(canonical);
        assertThat(new String(now, StandardCharsets.UTF_8)).endsWith("}\n");
        sawNew++;
      }
      try (var files = Files.list(dir)) {
        assertThat(files.map(f -> f.getFileName().toString()).filter(s -> !s.endsWith(".tmp")).toList())
            .containsExactly("big.json");
      }
      LOG.record("A killed process (SIGKILL during the run)",
          String.format("format (rewrite in place), killed at %.0f%% of a run", fraction * 100),
          "file holds the old or the complete new version");
    }
    assertThat(sawOld + sawNew).isEqualTo(8);
    System.out.printf("killed format (a full run takes %d ms): %d kills left the old file, %d the complete new one%n",
        full, sawOld, sawNew);
    if (canonical != null) {
      Path written = dir.resolve("written.json");
      Files.write(written, canonical);
      assertThat(Cli.run("format", "--check", written.toString()).exit()).isZero();
      assertThat(new String(canonical, StandardCharsets.UTF_8)).startsWith("{\n  \"topics\": [\n    {\n      \"id\": \"t-0\"");
    }
  }
}
