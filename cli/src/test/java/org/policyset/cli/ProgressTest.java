package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line: on standard error only, only when asked for or when standard error is a
 * terminal, never mixed into what the command prints, and gone at the end.
 */
class ProgressTest {

  @TempDir
  static Path work;

  static final String DATA = Path.of("..", "dataset", "data").toString();

  /** Generated records, enough for reading to take a few tenths of a second. */
  static Path large;

  @BeforeAll
  static void generate() {
    large = work.resolve("large.json");
    Cli r = Cli.run("generate", "-n", "15000", "--seed", "7", "-o", large.toString());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  /** What a terminal shows for {@code text}: {@code \r} returns to the line's start, overwriting. */
  static List<String> screen(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int col = 0;
    for (char c : text.toCharArray()) {
      if (c == '\n') {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        col = 0;
      } else if (c == '\r') {
        col = 0;
      } else {
        if (col < line.length()) {
          line.setCharAt(col, c);
        } else {
          line.append(c);
        }
        col++;
      }
    }
    lines.add(line.toString().stripTrailing());
    return lines;
  }

  @Test
  void alwaysDrawsTheLineOnStandardErrorAndClearsIt() {
    Cli r = Cli.run("validate", "--progress", "always", "--format", "json", "--", DATA);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).startsWith("\rvalidate: reading").endsWith("\r").doesNotContain("\n");
    assertThat(screen(r.err())).as("what the terminal shows at the end").containsExactly("");
    assertThat(r.out()).startsWith("{").doesNotContain("\r").doesNotContain("validate:");
  }

  @Test
  void theLineIsClearedBeforeTheCommandPrintsOnTheSameTerminal() {
    // Output and errors on one writer, as on a terminal that shows both.
    StringWriter both = new StringWriter();
    PrintWriter w = new PrintWriter(both);
    int exit = Main.run(w, w, "validate", "--progress", "always", "--color", "never", "--", DATA);
    w.flush();
    assertThat(exit).isZero();
    assertThat(both.toString()).contains("\rvalidate: reading");
    List<String> shown = screen(both.toString());
    assertThat(shown).noneMatch(l -> l.contains("validate:"));
    assertThat(shown.get(0)).startsWith("✔");
  }

  @Test
  void neverShowsNothing() {
    Cli r = Cli.run("stats", "--progress", "never", "--", DATA);
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void autoShowsNothingWhenStandardErrorIsNotATerminal() {
    // A child JVM whose standard error is a file, and no delay: still nothing.
    List<String> jvm = List.of("-D" + ProgressMixin.DELAY_PROPERTY + "=0");
    ChildJvm r = ChildJvm.run(jvm, Duration.ofMinutes(2), "validate", "--", large.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).doesNotContain("\r");
    ChildJvm always = ChildJvm.run(jvm, Duration.ofMinutes(2), "validate", "--progress", "always",
        "--", large.toString());
    assertThat(always.err()).contains("\rvalidate: ");
  }

  /** Runs {@code shell} under script(1), which gives it a pseudo-terminal; returns what it showed. */
  static String underATerminal(String shell) {
    ChildJvm r = ChildJvm.exec(List.of("script", "-qfec", shell, "/dev/null"), Duration.ofMinutes(3),
        work, java.util.Map.of("TERM", "xterm"));
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    return r.out();
  }

  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  @Test
  void aTerminalOnStandardErrorAloneGetsTheLine() throws IOException {
    assumeTrue(ManPageTest.has("script"), "script(1) (util-linux) is not installed");
    StringBuilder java = new StringBuilder();
    for (String part : ChildJvm.command(List.of("-D" + ProgressMixin.DELAY_PROPERTY + "=0"),
        "validate", "--", large.toString())) {
      java.append(quote(part)).append(' ');
    }
    Path out = work.resolve("stdout.txt");
    // Standard output goes to a file, so System.console() is null; standard error is the terminal.
    long start = System.nanoTime();
    String shown = underATerminal(java + "> " + quote(out.toString()));
    long millis = (System.nanoTime() - start) / 1_000_000;
    Matcher updates = Pattern.compile("\rvalidate: ([^\r]*)").matcher(shown);
    List<String> lines = new ArrayList<>();
    while (updates.find()) {
      lines.add(updates.group(1).strip());
    }
    assertThat(lines).as("progress lines on the terminal").isNotEmpty()
        .anyMatch(l -> l.matches("(\\d+% of [\\d.]+ MB \\(file 1 of 1\\)|read 1 file \\([\\d.]+ MB\\); "
            + "checking|reading 1 file \\([\\d.]+ MB\\)), \\d+:\\d\\d"));
    assertThat(lines.size()).as("at most ten updates a second over %d ms", millis)
        .isLessThanOrEqualTo((int) (millis / ProgressLine.PERIOD_MILLIS) + 2);
    assertThat(screen(shown).stream().filter(l -> !l.isBlank()).toList())
        .as("the terminal at the end").isEmpty();
    String stdout = Files.readString(out);
    assertThat(stdout).contains("checked: no errors").doesNotContain("\r").doesNotContain("validate:");

    String never = underATerminal(java.toString().replace(" 'validate' ", " 'validate' '--progress' 'never' ")
        + "> " + quote(out.toString()));
    assertThat(never).doesNotContain("validate:");
  }

  @Test
  void theLineMeasuresTheFilesTheProcessHasOpen() throws IOException, InterruptedException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fdinfo")), "no /proc here");
    Path first = Files.write(work.resolve("first.json"), new byte[300_000]);
    Path second = Files.write(work.resolve("second.json"), new byte[700_000]);
    ProgressLine line = ProgressLine.start(new PrintWriter(new StringWriter()), "t", "done",
        List.of(first, second), Long.MAX_VALUE);
    try {
      line.measure();
      assertThat(line.position()).as("nothing open yet").isZero();
      try (FileChannel ch = FileChannel.open(second)) {
        ch.read(ByteBuffer.allocate(250_000));
        assertThat(line.position()).as("all of the first, 250 kB of the second").isEqualTo(550_000);
        assertThat(line.text(line.position())).startsWith("t: 55% of 1.0 MB (file 2 of 2), 0:");
      }
      assertThat(line.position()).as("the second closed: read to its end").isEqualTo(1_000_000);
      assertThat(line.text(line.position())).startsWith("t: read 2 files (1.0 MB); done, 0:");
    } finally {
      line.close();
    }
  }

  @Test
  void figuresReadAsPeopleWriteThem() {
    assertThat(ProgressLine.bytes(999)).isEqualTo("999 B");
    assertThat(ProgressLine.bytes(1_500)).isEqualTo("1.5 kB");
    assertThat(ProgressLine.bytes(112_785_361)).isEqualTo("113 MB");
    assertThat(ProgressLine.bytes(3_400_000_000L)).isEqualTo("3.4 GB");
    assertThat(ProgressLine.elapsed(7)).isEqualTo("0:07");
    assertThat(ProgressLine.elapsed(3_725)).isEqualTo("1:02:05");
  }

  @Test
  void everyCommandThatReadsDatasetsTakesTheOption() {
    for (String command : List.of("validate", "format", "merge", "diff", "query", "stats", "export")) {
      assertThat(Cli.run(command, "--help").out()).as(command).contains("--progress=WHEN");
    }
  }
}
