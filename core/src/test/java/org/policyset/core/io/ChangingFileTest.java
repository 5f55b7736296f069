package org.policyset.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.Reliability;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.read.DatasetReader;

/**
 * Files that another thread appends to, truncates or rewrites while they are validated: the
 * validator always finishes and never throws; it reads the file cleanly, or reports what it read
 * (the file changed while read, or whatever the half-changed content holds). A file appended to
 * without end is read only up to the size it had when opened.
 */
class ChangingFileTest {
  private static final Reliability LOG = new Reliability(ChangingFileTest.class);
  private static final String CATEGORY = "A file that changes while it is read (another thread writes it)";
  private static final int ROUNDS = 4;

  @TempDir
  Path dir;

  private static byte[] lines(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("{\"$type\": \"topic\", \"id\": \"t-").append(i).append("\", \"name\": \"Topic ")
          .append(i).append("\"}\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] document(int n) {
    StringBuilder sb = new StringBuilder("{\"topics\": [\n");
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? ",\n" : "").append("{\"id\": \"t-").append(i).append("\", \"name\": \"T\"}");
    }
    return sb.append("\n]}\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  interface Change {
    void step(Path file, int i) throws IOException;
  }

  /** Validates {@code file} while a thread keeps changing it; returns what the validator said. */
  private static String validateWhileChanging(Path file, Change change) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    Thread writer = new Thread(() -> {
      try {
        for (int i = 0; !stop.get(); i++) {
          change.step(file, i);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.setDaemon(true);
    writer.start();
    Thread.sleep(20);
    ValidationReport r;
    try {
      r = DatasetValidator.create().validate(List.of(file));
    } finally {
      stop.set(true);
      writer.join(TimeUnit.SECONDS.toMillis(10));
    }
    if (!r.complete()) {
      // Input that could not be read to its end is never a pass.
      assertThat(r.isValid()).as("an incomplete read is valid: %s", r.findings()).isFalse();
    }
    List<Rule> rules = r.findings().stream().map(Finding::rule).distinct().toList();
    assertThat(r.findings().stream().filter(f -> f.rule() == Rule.UNREADABLE_INPUT))
        .as("input findings").allMatch(f -> f.message().startsWith("file changed while it was read"));
    if (rules.contains(Rule.UNREADABLE_INPUT)) {
      assertThat(r.findings()).anyMatch(f -> f.message().startsWith("file changed while it was read"));
      return "reported: file changed while it was read";
    }
    return rules.isEmpty() ? "read cleanly" : "reported: " + rules;
  }

  @TestFactory
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  Stream<DynamicTest> aFileThatChangesWhileReadNeverHangsOrCrashes() {
    record Scenario(String name, byte[] start, String fileName, Change change) {}
    byte[] more = lines(200);
    List<Scenario> scenarios = List.of(
        new Scenario("JSON Lines appended to without end", lines(8_000), "grow.jsonl",
            (f, i) -> Files.write(f, more, StandardOpenOption.APPEND)),
        new Scenario("a document truncated and restored", document(8_000), "shrink.json", (f, i) -> {
          try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(i % 2 == 0 ? 1000 : 0);
          }
          Files.write(f, document(8_000));
        }),
        new Scenario("a document of 60,000 records replaced in place by one of 20,000",
            document(60_000), "replace.json", (f, i) -> {
              try (OutputStream out = Files.newOutputStream(f, StandardOpenOption.WRITE,
                  StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(i % 2 == 0 ? document(20_000) : document(60_000));
              }
            }),
        new Scenario("a document rewritten in place with other content", document(8_000),
            "rewrite.json", (f, i) -> {
              try (OutputStream out = Files.newOutputStream(f, StandardOpenOption.WRITE)) {
                out.write(i % 2 == 0 ? lines(100) : document(8_000));
              }
            }));
    return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
      java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
      for (int round = 0; round < ROUNDS; round++) {
        Path f = dir.resolve(round + "-" + s.fileName());
        Files.write(f, s.start());
        seen.merge(validateWhileChanging(f, s.change()), 1, Integer::sum);
      }
      System.out.println("changing file, " + s.name() + ": " + seen);
      for (int round = 0; round < ROUNDS; round++) {
        LOG.record(CATEGORY, s.name() + " (round " + (round + 1) + ")",
            "finished, no exception: a clean read or a finding");
      }
    }));
  }

  /**
   * The file is rewritten in place while it is read, to a shorter document padded to the same size,
   * and its time is set back: the first reader delivered more records than the file now holds, so
   * what it read can no longer be trusted, and reading it is never a pass.
   */
  @Test
  void aFileRewrittenToTheSameSizeAndTimeWhileReadIsReportedNotPassed() throws Exception {
    Path f = dir.resolve("same-size.json");
    byte[] original = document(300_000);
    Files.write(f, original);
    java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(f);
    byte[] shorter = document(100);
    byte[] padded = java.util.Arrays.copyOf(shorter, original.length);
    java.util.Arrays.fill(padded, shorter.length, padded.length, (byte) ' ');
    List<Finding> findings = new java.util.ArrayList<>();
    int[] records = {0};

    DatasetReader.Summary summary = DatasetReader.create().read(List.of(f), new RecordListener() {
      @Override
      public void onRecord(ReadRecord record) {
        if (++records[0] == 5_000) {
          try {
            Files.write(f, padded);
            Files.setLastModifiedTime(f, time);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
      }

      @Override
      public void onFinding(Finding finding) {
        findings.add(finding);
      }
    });

    assertThat(summary.complete()).isFalse();
    assertThat(findings).as("%d records read", records[0]).anyMatch(x -> x.rule() == Rule.UNREADABLE_INPUT
        && x.message().startsWith("file changed while it was read"));
    LOG.record(CATEGORY, "a document rewritten in place to fewer records, same size and time",
        "PS001 file changed while it was read; never a pass");
  }

  @AfterAll
  static void write() {
    LOG.write();
  }
}
