package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory: one huge record is a limit finding, not an exhausted heap; and a heap that does run out
 * is said so, with its own exit code, never as a stack trace read as "the data has errors".
 */
class OutOfMemoryTest {
  private static final Reliability LOG = new Reliability(OutOfMemoryTest.class);

  @TempDir
  Path dir;

  @Test
  void aRecordWithAMillionCitationsIsALimitFindingInASmallHeap() throws Exception {
    Path f = dir.resolve("huge-record.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
      out.write(("{\"sources\": [{\"id\": \"src\", \"title\": \"S\", \"kind\": \"news\"}], \"stances\": "
          + "[{\"id\": \"s\", \"holders\": [\"cn\"], \"topic\": \"t\", \"position\": \"supports\", "
          + "\"statement\": \"S.\", \"date\": \"2025\", \"sources\": [").getBytes(StandardCharsets.UTF_8));
      byte[] citation = "{\"source\": \"src\", \"quote\": \"q\", \"locator\": \"para. 1\"},\n"
          .getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 1_000_000; i++) {
        out.write(citation);
      }
      out.write("{\"source\": \"src\"}], \"colour\": \"red\"}]}\n".getBytes(StandardCharsets.UTF_8));
    }

    ChildJvm r = ChildJvm.run(List.of("-Xmx256m"), Duration.ofSeconds(120), "validate",
        "--color=never", "--", f.toString());

    assertThat(r.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("PS106").contains("record holds more than 100000 values")
        .contains("--max-record-values");
    LOG.record(HostileInputTest.FILES, "a 58 MB record with 1,000,000 citations",
        "PS106 limit-exceeded (record holds more than 100000 values), exit 1");
  }

  @Test
  void aHeapThatRunsOutIsSaidSoWithItsOwnExitCode() throws Exception {
    Path f = dir.resolve("many-topics.json");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
      out.write("{\"topics\": [".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 1_000_000; i++) {
        out.write(((i > 0 ? ",\n" : "") + "{\"id\": \"topic-" + i + "\", \"name\": \"Topic number " + i
            + "\"}").getBytes(StandardCharsets.UTF_8));
      }
      out.write("]}\n".getBytes(StandardCharsets.UTF_8));
    }

    ChildJvm r = ChildJvm.run(List.of("-Xmx48m"), Duration.ofSeconds(120), "stats", "--", f.toString());

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(5);
    assertThat(r.err()).contains("policyset: out of memory").contains("POLICYSET_JAVA_OPTS=-Xmx4g")
        .doesNotContain("\tat ").doesNotContain("Exception in thread");
    LOG.record(HostileInputTest.FILES, "stats on 1,000,000 topics with a 48 MB heap",
        "\"out of memory\" with what to do, exit 5; no stack trace");
  }

  @AfterAll
  static void write() {
    LOG.write();
  }
}
