package org.policyset.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.policyset.core.io.InputFormat;
import org.policyset.core.model.RecordType;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.validation.ValidationReport;

class DatasetGeneratorTest {

  @Test
  void theApiIsNullMarkedForKotlinIdesAndCheckers() {
    // Parameters and results without @Nullable are non-null; see NullMarkedApiTest in core.
    assertThat(DatasetGenerator.class.getPackage().isAnnotationPresent(org.jspecify.annotations.NullMarked.class))
        .as("package-info.java of %s carries @NullMarked", DatasetGenerator.class.getPackageName())
        .isTrue();
  }

  @TempDir
  Path dir;

  private static String name(InputFormat f) {
    return f == InputFormat.JSON_LINES ? "data.jsonl" : "data.json";
  }

  @ParameterizedTest
  @EnumSource(InputFormat.class)
  void generatedDataIsValidAndHasEveryRecordType(InputFormat format) throws Exception {
    GeneratedDataset g = DatasetGenerator.records(3_000).seed(11).write(dir.resolve(name(format)), format);
    ValidationReport report = DatasetValidator.create().validate(List.of(g.file()));
    assertThat(report.findings()).isEmpty();
    assertThat(g.records()).isEqualTo(3_000);
    for (RecordType t : RecordType.values()) {
      assertThat(report.records().get(t)).as(t.section()).isEqualTo(g.counts().get(t).intValue()).isPositive();
    }
    assertThat(g.texts()).isNotEmpty().allMatch(Files::isRegularFile);
    double stanceBytes = (double) g.bytes() / g.counts().get(RecordType.STANCE);
    assertThat(stanceBytes).isBetween(800.0, 1500.0);
  }

  @ParameterizedTest
  @EnumSource(InputFormat.class)
  void validatorFindsExactlyTheInjectedErrors(InputFormat format) throws Exception {
    GeneratedDataset g = DatasetGenerator.records(4_000).seed(5).invalidRate(0.05)
        .write(dir.resolve(name(format)), format);
    ValidationReport report = DatasetValidator.create().validate(List.of(g.file()));
    Map<Rule, Long> found = new EnumMap<>(Rule.class);
    for (Finding f : report.findings()) {
      found.merge(f.rule(), 1L, Long::sum);
    }
    Map<Rule, Long> expected = new EnumMap<>(Rule.class);
    g.injected().forEach((e, n) -> {
      if (n > 0) {
        expected.put(e.rule(), n);
      }
    });
    assertThat(g.injectedErrors()).isBetween(100L, 300L);
    assertThat(found).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(InputFormat.class)
  void version2IsTheVersion1DataMigratedAndValidWithTheSameInjectedErrors(InputFormat format) throws Exception {
    GeneratedDataset v1 = DatasetGenerator.records(4_000).seed(5).invalidRate(0.05)
        .write(dir.resolve("v1-" + name(format)), format);
    GeneratedDataset v2 = DatasetGenerator.records(4_000).seed(5).invalidRate(0.05).schemaVersion(2)
        .write(dir.resolve("v2-" + name(format)), format);
    assertThat(v2.injected()).isEqualTo(v1.injected());
    ValidationReport r1 = DatasetValidator.create().validate(List.of(v1.file()));
    ValidationReport r2 = DatasetValidator.create().validate(List.of(v2.file()));
    assertThat(r2.findings()).extracting(f -> f.rule().code() + " " + f.record())
        .containsExactlyInAnyOrderElementsOf(r1.findings().stream()
            .map(f -> f.rule().code() + " " + f.record()).toList());
    var read = org.policyset.core.read.DatasetReader.create().load(List.of(v2.file()));
    assertThat(read.dataset().manifest().schemaVersion()).isEqualTo("2");
    assertThat(read.dataset().stances()).isNotEmpty().allSatisfy(s -> {
      assertThat(s.date()).isNull();
      assertThat(s.attribution()).isEqualTo(org.policyset.core.model.Attribution.REPORTED);
    });
    GeneratedDataset valid = DatasetGenerator.records(3_000).seed(11).schemaVersion(2)
        .write(dir.resolve("valid-" + name(format)), format);
    assertThat(DatasetValidator.create().validate(List.of(valid.file())).findings()).isEmpty();
  }

  @Test
  void sameSeedGivesSameBytesAndOtherSeedOtherBytes() throws Exception {
    Path a = DatasetGenerator.records(500).seed(3).invalidRate(0.1).write(dir.resolve("a.json"), InputFormat.JSON).file();
    Path b = DatasetGenerator.records(500).seed(3).invalidRate(0.1).write(dir.resolve("b.json"), InputFormat.JSON).file();
    Path c = DatasetGenerator.records(500).seed(4).invalidRate(0.1).write(dir.resolve("c.json"), InputFormat.JSON).file();
    String aText = Files.readString(a).replace("a.json.texts", "X");
    assertThat(Files.readString(b).replace("b.json.texts", "X")).isEqualTo(aText);
    assertThat(Files.readString(c).replace("c.json.texts", "X")).isNotEqualTo(aText);
  }

  @Test
  void refusesTooFewRecordsAndBadRates() {
    assertThatThrownBy(() -> DatasetGenerator.records(3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 7");
    assertThatThrownBy(() -> DatasetGenerator.records(100).invalidRate(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..1");
  }
}
