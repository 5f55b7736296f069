package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} reads the suppressions file beside the dataset as well as the working folder's;
 * {@code --suppressions FILE} reads that file alone.
 */
class SuppressionsBesideTheDatasetCliTest {

  @TempDir
  Path tmp;

  @Test
  void aCopyOfTheBundledDatasetIsCleanWithTheSuppressionsItCarries() throws Exception {
    Path data = QuoteChecksOfBrokenSourcesTest.copy(Path.of("../dataset/data"), tmp.resolve("data"));
    assertThat(data.resolve(".policyset-suppressions.json")).isRegularFile();

    Cli r = Cli.run("validate", "--strict", "--color=never", "--", data.toString());
    assertThat(r.out()).contains("no errors, no warnings").contains("1 suppressed");
    assertThat(r.exit()).isZero();

    Path other = Files.writeString(tmp.resolve("other.json"), "{\"suppressions\": []}");
    Cli alone = Cli.run("validate", "--strict", "--color=never", "--suppressions", other.toString(),
        "--", data.toString());
    assertThat(alone.out()).contains("PS308").contains("principle 'concerted-efforts-not-donor-recipient'");
    assertThat(alone.exit()).isEqualTo(1);
  }

  @Test
  void helpSaysWhereSuppressionsAreFound() {
    Cli r = Cli.run("validate", "--help");
    assertThat(r.out().replaceAll("\\s+", " ")).contains("then the one beside each dataset");
  }
}
