package org.policyset.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.policyset.core.FindingInvariants;
import org.policyset.core.Reliability;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.read.DatasetReader;

/**
 * The reader and validator on arbitrary bytes, as a {@code .json} document and as JSON Lines, and
 * with arbitrary tight limits: nothing throws (bad input is a finding, never an exception), and
 * every finding lies inside the file. Under plain {@code mvn test} the seeds in
 * {@code src/test/resources/org/policyset/core/io/ReaderFuzzTestInputs/} run as regression tests;
 * {@code scripts/fuzz.sh} runs a fuzzing session.
 */
class ReaderFuzzTest {
  private static final Reliability LOG = new Reliability(ReaderFuzzTest.class);
  private static final AtomicInteger JSON = new AtomicInteger();
  private static final AtomicInteger LINES = new AtomicInteger();
  private static final AtomicInteger TIGHT = new AtomicInteger();
  private static final String OUTCOME = "no exception; every finding located inside the file";
  private static Path dir;

  private static synchronized Path file(String name, byte[] bytes) throws IOException {
    if (dir == null) {
      dir = Files.createTempDirectory("reader-fuzz");
      dir.toFile().deleteOnExit();
    }
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    f.toFile().deleteOnExit();
    return f;
  }

  private static void check(byte[] bytes, String name, ReadLimits limits) throws IOException {
    Path f = file(name, bytes);
    Map<String, int[]> files = Map.of(f.toString(), FindingInvariants.lineLengths(bytes));
    DatasetReader.Result loaded = DatasetReader.withLimits(limits).load(List.of(f));
    FindingInvariants.assertInside(loaded.findings(), files);
    ValidationReport report = DatasetValidator.create().withLimits(limits).validate(List.of(f));
    FindingInvariants.assertInside(report.findings(), files);
    assertThat(report.findings().stream().filter(x -> x.rule().layer()
        == org.policyset.core.diagnostic.Layer.INPUT).map(Finding::message))
        .as("a regular file of bytes is always readable").isEmpty();
    if (loaded.findings().isEmpty()) {
      assertThat(report.complete()).isTrue();
    }
  }

  @FuzzTest(maxDuration = "60s")
  void jsonDocument(byte[] bytes) throws IOException {
    check(bytes, "fuzz.json", ReadLimits.DEFAULTS);
    JSON.incrementAndGet();
    LOG.record("Fuzzing (regression inputs): reader, bytes as a .json document",
        "input " + JSON.get(), OUTCOME);
  }

  @FuzzTest(maxDuration = "60s")
  void jsonLines(byte[] bytes) throws IOException {
    check(bytes, "fuzz.jsonl", ReadLimits.DEFAULTS);
    LINES.incrementAndGet();
    LOG.record("Fuzzing (regression inputs): reader, bytes as JSON Lines",
        "input " + LINES.get(), OUTCOME);
  }

  @FuzzTest(maxDuration = "60s")
  void tightLimits(FuzzedDataProvider data) throws IOException {
    ReadLimits limits = new ReadLimits(data.consumeInt(1, 8), data.consumeInt(1, 40),
        data.consumeInt(1, 12), data.consumeLong(1, 4096), data.consumeInt(1, 200),
        data.consumeLong(1, 6), data.consumeLong(1, 4096), data.consumeInt(1, 6),
        data.consumeInt(1, 64));
    boolean lines = data.consumeBoolean();
    check(data.consumeRemainingAsBytes(), lines ? "tight.jsonl" : "tight.json", limits);
    TIGHT.incrementAndGet();
    LOG.record("Fuzzing (regression inputs): reader with random tight limits",
        "input " + TIGHT.get(), OUTCOME);
  }

  @AfterAll
  static void record() {
    LOG.write();
    System.out.printf("reader fuzz regression: %d .json, %d .jsonl, %d tight-limit inputs%n",
        JSON.get(), LINES.get(), TIGHT.get());
  }
}
