package org.policyset.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyset.core.TestDatasets;
import org.policyset.core.internal.json.Json;
import org.policyset.core.model.Dataset;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.read.DatasetReader;

class RoundTripTest {

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyRecordWrittenAndReadBackIsEqual(long seed, @TempDir Path dir) throws Exception {
    Dataset original = TestDatasets.random(seed, 6);
    Path file = dir.resolve("data.json");
    Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(original));

    DatasetReader.Result result = DatasetReader.create().load(List.of(file));

    assertThat(result.findings()).isEmpty();
    assertThat(result.dataset()).isEqualTo(original);
    ValidationReport report = DatasetValidator.create().validate(List.of(file));
    assertThat(report.findings()).isEmpty();
    assertThat(report.recordCount()).isEqualTo(original.size());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void jsonLinesCarryTheSameRecords(long seed, @TempDir Path dir) throws Exception {
    Dataset original = TestDatasets.random(seed, 6);
    StringBuilder sb = new StringBuilder();
    var mapper = Json.mapper();
    var m = mapper.valueToTree(original.manifest());
    sb.append("{\"$type\":\"manifest\",").append(m.toString().substring(1)).append('\n');
    original.records().forEach(r -> {
      String json = mapper.writeValueAsString(r);
      sb.append("{\"$type\":\"").append(r.recordType().singular()).append("\",")
          .append(json.substring(1)).append('\n');
    });
    Path file = dir.resolve("data.jsonl");
    Files.writeString(file, sb);

    DatasetReader.Result result = DatasetReader.create().load(List.of(file));

    assertThat(result.findings()).isEmpty();
    assertThat(result.dataset()).isEqualTo(original);
  }
}
