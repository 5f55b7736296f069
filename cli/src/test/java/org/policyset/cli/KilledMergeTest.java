package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM running {@code policyset merge -o OUT --force} at moments spread over its run: OUT
 * must always hold either its old bytes or the complete new merge, never a partial file.
 */
class KilledMergeTest {
  private static final Reliability LOG = new Reliability(KilledMergeTest.class);

  @TempDir
  Path dir;

  @Test
  void aKilledMergeLeavesTheOldOrTheNewOutputNeverAPartialOne() throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Files.writeString(a, topics(0, 15_000));
    Files.writeString(b, topics(15_000, 30_000));
    Path out = dir.resolve("merged.json");
    byte[] old = "{\n  \"topics\": []\n}\n".getBytes(StandardCharsets.UTF_8);
    // One full run gives the complete new version and how long a merge takes here.
    long start = System.nanoTime();
    Process first = ChildJvm.start(List.of(), "merge", a.toString(), b.toString(), "-o",
        out.toString(), "--force");
    assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).isZero();
    long full = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    byte[] merged = Files.readAllBytes(out);
    int sawOld = 0;
    int sawNew = 0;
    double[] fractions = {0.3, 0.6, 0.8, 0.9, 1.0, 1.2};
    for (double fraction : fractions) {
      Files.write(out, old);
      Process p = ChildJvm.start(List.of(), "merge", a.toString(), b.toString(), "-o",
          out.toString(), "--force");
      if (!p.waitFor(Math.max(1, (long) (full * fraction)), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
      byte[] now = Files.readAllBytes(out);
      if (java.util.Arrays.equals(now, old)) {
        sawOld++;
      } else {
        assertThat(now).as("after a kill at %.0f%% of a run the output is the complete merge",
            fraction * 100).isEqualTo(merged);
        sawNew++;
      }
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")))
            .containsExactlyInAnyOrder("a.json", "b.json", "merged.json");
      }
      LOG.record("A killed process (SIGKILL during the run)", String.format("merge -o FILE, killed at %.0f%% "
          + "of a run", fraction * 100), "output holds the old or the complete new version");
    }
    System.out.printf("killed merge (a full run takes %d ms): %d kills left the old file, %d the new one%n",
        full, sawOld, sawNew);
    assertThat(sawOld + sawNew).isEqualTo(fractions.length);
  }

  static String topics(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "{\"id\": \"t-" + i + "\", \"name\": \"Topic " + i
        + " with a longer name\"}").collect(Collectors.joining(",\n", "{\"topics\": [\n", "\n]}\n"));
  }

  @AfterAll
  static void write() {
    LOG.write();
  }
}
