package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's defect, as a maintainer met it: {@code seed-commentary} given a bad {@code published}
 * date and one word of a stance's quote changed. {@code validate --all} reported only the date; the
 * wrong quote must be reported too.
 */
class QuoteChecksOfBrokenSourcesTest {

  @TempDir
  Path tmp;

  @Test
  void aBadPublishedDateDoesNotSwitchOffTheQuoteChecksOfTheSource() throws IOException {
    Path data = copy(Path.of("../dataset/data"), tmp.resolve("data"));
    Path sources = data.resolve("sources.json");
    Files.writeString(sources, Files.readString(sources).replace(
        "\"kind\": \"commentary\",", "\"kind\": \"commentary\",\n      \"published\": \"2025/09\","));
    Path stances = data.resolve("stances.json");
    String original = "China has been insisting on the need for a ceasefire";
    String text = Files.readString(stances);
    assertThat(text).contains(original);
    Files.writeString(stances, text.replaceFirst(original, "China has been insisting on the need for a truce"));

    for (String all : new String[] {"--all", "--strict"}) {
      Cli r = Cli.run("validate", all, "--color=never", "--", data.toString());
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.out()).contains("PS207").contains("2025/09")
          .contains("PS402").contains("quote does not stand in the text of source 'seed-commentary'")
          .contains("stances.json").contains("truce");
    }
  }

  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }
}
