package org.policyset.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyset.core.io.InputFormat;

/**
 * Core's tests read generated datasets kept in {@code core/src/test/resources/generated/} (core's
 * tests cannot depend on this module); each must be exactly what the generator makes for its size,
 * seed and error rate. With {@code -Dfixtures.update=true} the files are rewritten instead.
 */
class GeneratedFixturesTest {

  @TempDir
  Path dir;

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("base.json", 1_500, 9L, 0.02),
        Arguments.of("base.jsonl", 1_600, 9L, 0.02),
        Arguments.of("d.json", 3_000, 4L, 0.0),
        Arguments.of("e.json", 500, 4L, 0.1));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void theGeneratorStillMakesEachFixtureOfCoresTests(String name, int records, long seed, double rate)
      throws Exception {
    Path made = DatasetGenerator.records(records).seed(seed).invalidRate(rate)
        .write(dir.resolve(name), InputFormat.forFileName(name)).file();
    Path kept = Path.of("../core/src/test/resources/generated/" + name + ".gz");
    if (Boolean.getBoolean("fixtures.update")) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(kept))) {
        Files.copy(made, out);
      }
    }
    byte[] expected;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(kept))) {
      expected = in.readAllBytes();
    }
    assertThat(Files.readAllBytes(made)).as("%s differs from what the generator makes; regenerate it "
        + "with -Dfixtures.update=true (core/src/test/resources/generated/README.md)", name)
        .isEqualTo(expected);
  }
}
