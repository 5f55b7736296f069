package org.policyset.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.Reliability;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.read.DatasetReader;

/**
 * Each read limit, hit just past its value: one limit-exceeded finding that names the limit, at the
 * place it was passed; just within it, nothing. Raising the limit lets the same input through.
 */
class ReadLimitsTest {
  private static final Reliability LOG = new Reliability(ReadLimitsTest.class);
  private static final String CATEGORY = "Resource limits (each just past and just within its value)";

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  private static List<Finding> read(ReadLimits limits, Path... files) {
    return DatasetReader.withLimits(limits).load(List.of(files)).findings();
  }

  private static Finding onlyLimitFinding(List<Finding> findings) {
    assertThat(findings).extracting(Finding::rule).containsExactly(Rule.LIMIT_EXCEEDED);
    return findings.get(0);
  }

  private static String topics(int n) {
    return IntStream.range(0, n).mapToObj(i -> "{\"id\": \"t-" + i + "\", \"name\": \"T\"}")
        .collect(Collectors.joining(", ", "{\"topics\": [", "]}"));
  }

  @Test
  void depth() throws Exception {
    Path ok = write("ok.json", "{\"topics\": [{\"id\": \"a\", \"name\": \"A\", \"x\": [[1]]}]}");
    assertThat(read(ReadLimits.DEFAULTS.withMaxDepth(5), ok)).extracting(Finding::rule)
        .containsExactly(Rule.UNKNOWN_PROPERTY);
    Finding f = onlyLimitFinding(read(ReadLimits.DEFAULTS.withMaxDepth(4), ok));
    assertThat(f.message()).isEqualTo("nesting depth passes 4 arrays and objects");
    assertThat(f.hint()).contains("--max-depth");
    assertThat(f.location()).isEqualTo(new Location(ok.toString(), 1, 45));
    assertThatThrownBy(() -> ReadLimits.DEFAULTS.withMaxDepth(ReadLimits.DEPTH_CEILING + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1000");
    LOG.record(CATEGORY, "nesting depth (default 64)", "PS106 limit-exceeded at the bracket that passes it");
  }

  @Test
  void stringLength() throws Exception {
    Path f = write("s.json", "{\"topics\": [{\"id\": \"a\", \"name\": \"" + "x".repeat(11) + "\"}]}");
    assertThat(read(ReadLimits.DEFAULTS.withMaxStringLength(11), f)).isEmpty();
    Finding x = onlyLimitFinding(read(ReadLimits.DEFAULTS.withMaxStringLength(10), f));
    assertThat(x.message()).startsWith("string longer than 10 characters");
    assertThat(x.hint()).contains("--max-string-length");
    LOG.record(CATEGORY, "string length (default 1,000,000 characters)", "PS106 limit-exceeded");
  }

  @Test
  void numberLength() throws Exception {
    Path f = write("n.json", "{\"topics\": [{\"id\": \"a\", \"name\": \"A\", \"n\": 12345}]}");
    assertThat(read(ReadLimits.DEFAULTS.withMaxNumberLength(5), f)).extracting(Finding::rule)
        .containsExactly(Rule.UNKNOWN_PROPERTY);
    Finding x = onlyLimitFinding(read(ReadLimits.DEFAULTS.withMaxNumberLength(4), f));
    assertThat(x.message()).isEqualTo("number longer than 4 characters (at least 5)");
    LOG.record(CATEGORY, "number length (default 100 characters)", "PS106 limit-exceeded");
  }

  @Test
  void fileSize() throws Exception {
    Path f = write("f.json", topics(3));
    long size = Files.size(f);
    assertThat(read(ReadLimits.DEFAULTS.withMaxFileBytes(size), f)).isEmpty();
    Finding x = onlyLimitFinding(read(ReadLimits.DEFAULTS.withMaxFileBytes(size - 1), f));
    assertThat(x.location()).isEqualTo(Location.ofFile(f.toString()));
    assertThat(x.message()).isEqualTo("file has " + size + " bytes; the limit is " + (size - 1));
    assertThat(x.hint()).contains("--max-file-size");
    LOG.record(CATEGORY, "file size (default 16 GiB)", "PS106 limit-exceeded before reading a byte");
  }

  @Test
  void lineLength() throws Exception {
    String line = "{\"$type\": \"topic\", \"id\": \"a\", \"name\": \"A\"}";
    Path f = write("l.jsonl", line + "\n" + line.replace("\"a\"", "\"b\"") + "x\n"
        + line.replace("\"a\"", "\"c\"") + "\n");
    DatasetReader.Result r = DatasetReader.withLimits(ReadLimits.DEFAULTS.withMaxLineLength(line.length()))
        .load(List.of(f));
    Finding x = onlyLimitFinding(r.findings());
    assertThat(x.location()).isEqualTo(new Location(f.toString(), 2, 1));
    assertThat(r.dataset().topics()).extracting(t -> t.id()).containsExactly("a", "c");
    LOG.record(CATEGORY, "JSON Lines line length (default 8,000,000 characters)",
        "PS106 limit-exceeded at the line; the lines after it still read");
  }

  @Test
  void recordsPerFile() throws Exception {
    Path doc = write("r.json", topics(4));
    assertThat(read(ReadLimits.DEFAULTS.withMaxRecordsPerFile(4), doc)).isEmpty();
    assertThat(onlyLimitFinding(read(ReadLimits.DEFAULTS.withMaxRecordsPerFile(3), doc)).message())
        .isEqualTo("file holds more than 3 records");
    Path lines = write("r.jsonl", IntStream.range(0, 4)
        .mapToObj(i -> "{\"$type\": \"topic\", \"id\": \"t-" + i + "\", \"name\": \"T\"}\n")
        .collect(Collectors.joining()));
    Finding x = onlyLimitFinding(read(ReadLimits.DEFAULTS.withMaxRecordsPerFile(3), lines));
    assertThat(x.location()).isEqualTo(new Location(lines.toString(), 4, 1));
    LOG.record(CATEGORY, "records per file (default 100,000,000)", "PS106 limit-exceeded at the record past it");
  }

  @Test
  void totalSize() throws Exception {
    Path a = write("a.json", topics(2));
    Path b = write("b.json", topics(2).replace("t-", "u-"));
    long total = Files.size(a) + Files.size(b);
    assertThat(read(ReadLimits.DEFAULTS.withMaxTotalBytes(total), a, b)).isEmpty();
    DatasetReader.Result r = DatasetReader.withLimits(ReadLimits.DEFAULTS.withMaxTotalBytes(total - 1))
        .load(List.of(a, b));
    Finding x = onlyLimitFinding(r.findings());
    assertThat(x.location()).isEqualTo(Location.ofFile(b.toString()));
    assertThat(x.message()).contains("the limit is " + (total - 1));
    assertThat(x.hint()).contains("--max-total-size");
    assertThat(r.dataset().topics()).hasSize(2);
    ValidationReport report = DatasetValidator.create()
        .withLimits(ReadLimits.DEFAULTS.withMaxTotalBytes(total - 1)).validate(List.of(a, b));
    assertThat(report.complete()).isFalse();
    LOG.record(CATEGORY, "total input size (default 64 GiB)",
        "PS106 limit-exceeded at the first file past it; it and later files not read");
  }

  @Test
  void findingsPerFile() throws Exception {
    Path f = write("bad.jsonl", "[1]\n".repeat(50));
    List<Finding> findings = read(ReadLimits.DEFAULTS.withMaxFindingsPerFile(10), f);
    assertThat(findings).hasSize(11);
    assertThat(findings.subList(0, 10)).extracting(Finding::rule).containsOnly(Rule.NOT_A_DOCUMENT);
    assertThat(findings.get(10).rule()).isEqualTo(Rule.LIMIT_EXCEEDED);
    assertThat(findings.get(10).message()).isEqualTo("reading stopped after 10 findings in this file");
    assertThat(read(ReadLimits.DEFAULTS, f)).hasSize(50);
    LOG.record(CATEGORY, "findings per file (default 10,000)",
        "PS106 limit-exceeded after that many; reading of the file stops");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> ReadLimits.DEFAULTS.withMaxTotalBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @AfterAll
  static void writeLog() {
    LOG.write();
  }
}
