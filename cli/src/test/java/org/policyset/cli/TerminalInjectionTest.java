package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values, keys and file names holding terminal controls, bidirectional formatting characters or
 * line breaks reach the terminal (and CI logs) escaped, in every human format: they can neither
 * erase a line, open a link, reorder text, nor start a line that GitHub Actions runs as a command.
 */
class TerminalInjectionTest {
  private static final Reliability LOG = new Reliability(TerminalInjectionTest.class);

  @TempDir
  Path dir;

  /** Hostile strings, as JSON string bodies (escaped as JSON needs). */
  static Stream<String> hostile() {
    return Stream.of(
        "supports\\r\\u001b[2K\\u2714 0 files checked: no errors",
        "x\\n::error file=README.md::injected",
        "right\\u202Eto-left\\u2066isolate\\u2069",
        "\\u001b]8;;https://evil.example/\\u001b\\\\click me\\u001b]8;;\\u001b\\\\",
        "bell\\u0007 del\\u007f c1\\u009b2J sep\\u2028line");
  }

  /** Every character of human output is safe to print: no control but the line feed. */
  private static void assertPrintable(String output) {
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      boolean unsafe = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\u061C'
          || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
          || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
      assertThat(unsafe).as("character U+%04X at %d of:%n%s", (int) c, i, output).isFalse();
    }
    for (String line : output.split("\n")) {
      assertThat(line).as("a line GitHub Actions would run").doesNotStartWith("::error file=README.md");
    }
  }

  /** A dataset with the value as names and statement; broken, also as a position and a key. */
  private Path dataset(String value, boolean broken) throws Exception {
    Path d = Files.createDirectories(dir.resolve("d" + Math.abs(value.hashCode()) + broken));
    Files.writeString(d.resolve("data.json"), """
        {"actors": [{"id": "cn", "name": "China", "kind": "state"}],
         "topics": [{"id": "t", "name": "%1$s"}],
         "sources": [{"id": "src", "title": "S", "kind": "news"}],
         "stances": [{"id": "s", "holders": ["cn"], "topic": "t", "position": "%2$s",
                      "statement": "%1$s", "date": "2025", "sources": [{"source": "src"}]%3$s}]}
        """.formatted(value, broken ? value : "supports", broken ? ", \"" + value + "\": 1" : ""));
    return d;
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void validateInTextAndGithubFormsPrintsValuesAndKeysEscaped(String value) throws Exception {
    Path d = dataset(value, true);

    Cli text = Cli.run("validate", "--color=never", "--", d.toString());
    Cli github = Cli.run("validate", "--format", "github", "--", d.toString());

    assertThat(text.exit()).isEqualTo(1);
    assertPrintable(text.out());
    assertPrintable(github.out());
    // One workflow command a line, then the summary: nothing else starts a line.
    List<String> lines = github.out().lines().toList();
    assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.startsWith("::error ")
        || l.startsWith("::warning "));
    assertThat(lines.get(lines.size() - 1)).startsWith("\u2716");
    LOG.record("Terminal and CI-log injection", "values and keys holding CR, ESC sequences, bidi controls, a line feed before ::error (validate text and github)",
        "escaped; one workflow command a line, none injected");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void queryTablesMarkdownAndStatsPrintValuesEscaped(String value) throws Exception {
    Path d = dataset(value, false);

    for (String format : List.of("table", "markdown")) {
      for (String width : List.of("200", "20")) {
        Cli q = Cli.run("query", "--type", "topic", "--format", format, "--width", width, "--", d.toString());
        assertThat(q.exit()).as(q.err()).isZero();
        assertPrintable(q.out());
      }
    }
    Cli stances = Cli.run("query", "--fields", "id,statement,topicName", "--", d.toString());
    assertThat(stances.exit()).as(stances.err()).isZero();
    assertPrintable(stances.out());
    Cli stats = Cli.run("stats", "--", d.toString());
    assertThat(stats.exit()).as(stats.err()).isZero();
    assertPrintable(stats.out());
    LOG.record("Terminal and CI-log injection", "the same values in query tables (cut short too), markdown and stats",
        "escaped; no escape sequence left open");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void diffAndMergeConflictsPrintValuesEscaped(String value) throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Files.writeString(a, "{\"topics\": [{\"id\": \"t\", \"name\": \"plain\"}]}\n");
    Files.writeString(b, "{\"topics\": [{\"id\": \"t\", \"name\": \"" + value + "\"}]}\n");

    for (String format : List.of("text", "markdown")) {
      Cli diff = Cli.run("diff", "--format", format, "--", a.toString(), b.toString());
      assertThat(diff.exit()).as(diff.err()).isZero();
      assertPrintable(diff.out());
    }
    Cli merge = Cli.run("merge", "-o", dir.resolve("out.json").toString(), "--", a.toString(), b.toString());
    assertThat(merge.exit()).isEqualTo(1);
    assertPrintable(merge.out());
    LOG.record("Terminal and CI-log injection", "the same values in diff (text, markdown) and merge conflicts",
        "escaped");
  }

  @Test
  void fileNamesWithControlsArePrintedEscaped() throws Exception {
    Path d = Files.createDirectories(dir.resolve("names"));
    Files.writeString(d.resolve("evil\u001b[2K\r.json"), "{\"topics\": [{\"id\": \"BAD\", \"name\": \"T\"}]}\n");
    Files.writeString(d.resolve("right\u202Eto-left.json"), "{\"topics\": [{\"id\": \"x\"}]}\n");

    List<Cli> runs = new ArrayList<>();
    runs.add(Cli.run("validate", "--color=never", "--", d.toString()));
    runs.add(Cli.run("validate", "--format", "github", "--", d.toString()));
    runs.add(Cli.run("format", "--check", "--", d.toString()));
    runs.add(Cli.run("format", "--check", "--format", "github", "--", d.toString()));

    for (Cli r : runs) {
      assertThat(r.exit()).isEqualTo(1);
      assertPrintable(r.out());
      assertPrintable(r.err());
    }
    assertThat(runs.get(0).out()).contains("evil\\e[2K\\r.json").contains("right\\u202Eto-left.json");
    LOG.record("Terminal and CI-log injection", "file names holding ESC, CR and bidi controls (validate, format --check)",
        "escaped");
  }

  @Test
  void usageErrorsPrintTheArgumentEscaped() {
    Cli r = Cli.run("validate", "--strict\u001b[2K\r\u2714 valid");

    assertThat(r.exit()).isEqualTo(2);
    assertPrintable(r.err());
    LOG.record("Terminal and CI-log injection", "an option argument holding ESC and CR",
        "usage error with the argument escaped, exit 2");
  }

  @org.junit.jupiter.api.AfterAll
  static void write() {
    LOG.write();
  }
}
