package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How wide a query table is: the terminal's own width on a terminal (then $COLUMNS, then 80),
 * never cut when written to a pipe or a file, and exactly --width when given.
 */
class TableWidthTest {

  @TempDir
  Path work;

  /** A terminal (or not) of a given width, with a given $COLUMNS. */
  record Fake(boolean terminal, OptionalInt columns, @Nullable String variable)
      implements TerminalWidth.Probe {
    @Override
    public boolean stdoutIsTerminal() {
      return terminal;
    }

    @Override
    public OptionalInt terminalColumns() {
      return columns;
    }

    @Override
    public @Nullable String columnsVariable() {
      return variable;
    }
  }

  @Test
  void onATerminalItsOwnWidthWinsOverAStaleColumnsVariable() {
    assertThat(TerminalWidth.forTable(null, false, new Fake(true, OptionalInt.of(137), "80")))
        .isEqualTo(137);
  }

  @Test
  void aTerminalThatCannotSayFallsBackToColumnsThenEighty() {
    assertThat(TerminalWidth.forTable(null, false, new Fake(true, OptionalInt.empty(), "64"))).isEqualTo(64);
    assertThat(TerminalWidth.forTable(null, false, new Fake(true, OptionalInt.empty(), " 64\n"))).isEqualTo(64);
    assertThat(TerminalWidth.forTable(null, false, new Fake(true, OptionalInt.empty(), "wide"))).isEqualTo(80);
    assertThat(TerminalWidth.forTable(null, false, new Fake(true, OptionalInt.empty(), null))).isEqualTo(80);
    assertThat(TerminalWidth.forTable(null, false, new Fake(true, OptionalInt.empty(), "0"))).isEqualTo(80);
    assertThat(TerminalWidth.forTable(null, false, new Fake(true, OptionalInt.of(12), null)))
        .as("a tiny window still gets a readable table").isEqualTo(20);
  }

  @Test
  void aPipeOrAFileIsNeverCutWhateverColumnsSays() {
    assertThat(TerminalWidth.forTable(null, false, new Fake(false, OptionalInt.of(80), "80")))
        .isEqualTo(TerminalWidth.UNLIMITED);
    assertThat(TerminalWidth.forTable(null, true, new Fake(true, OptionalInt.of(80), "80")))
        .as("-o FILE from a terminal").isEqualTo(TerminalWidth.UNLIMITED);
  }

  @Test
  void widthIsTakenAsGivenEverywhere() {
    assertThat(TerminalWidth.forTable(45, false, new Fake(false, OptionalInt.empty(), null))).isEqualTo(45);
    assertThat(TerminalWidth.forTable(300, false, new Fake(true, OptionalInt.of(80), null))).isEqualTo(300);
    assertThatThrownBy(() -> TerminalWidth.forTable(19, false, new Fake(true, OptionalInt.of(80), null)))
        .isInstanceOf(UserException.class).hasMessageContaining("--width must be at least 20, not 19");
  }

  @Test
  void sttySizeAnswersAreRead() {
    assertThat(TerminalWidth.parseSize("24 80\n")).hasValue(80);
    assertThat(TerminalWidth.parseSize("50  211")).hasValue(211);
    assertThat(TerminalWidth.parseSize("0 0")).isEmpty();
    assertThat(TerminalWidth.parseSize("stty: 'standard input': Inappropriate ioctl")).isEmpty();
    assertThat(TerminalWidth.parseSize("")).isEmpty();
  }

  @Test
  void aTableWrittenToAPipeKeepsItsLongestCellWhole() {
    // These tests' standard output is a pipe to Maven, not a terminal.
    Cli r = Cli.run("query", "--fields", "id,statement", "--", Fixture.PATH);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("…");
    String longest = Fixture.dataset().stances().stream().map(s -> s.statement())
        .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    assertThat(r.out()).contains(longest);
    assertThat(r.out().lines().mapToInt(String::length).max().orElseThrow()).isGreaterThan(100);
  }

  /**
   * Under script(1), which gives the command a pseudo-terminal of 57 columns: the table fits them
   * although $COLUMNS says 200; piped through cat in the same terminal, it is not cut.
   */
  @Test
  void onARealTerminalTheTableFitsTheTerminal() {
    assumeTrue(ManPageTest.has("script") && ManPageTest.has("stty"), "script(1) or stty is missing");
    StringBuilder run = new StringBuilder();
    for (String part : ChildJvm.command(List.of(), "query", "--fields", "id,statement", "--",
        Path.of(Fixture.PATH).toAbsolutePath().toString())) {
      run.append(ProgressTest.quote(part)).append(' ');
    }
    String shell = "stty cols 57 rows 40; export COLUMNS=200; " + run + "; echo ===; " + run + "| cat";
    ChildJvm r = ChildJvm.exec(List.of("script", "-qfec", shell, "/dev/null"), Duration.ofMinutes(3),
        work, java.util.Map.of("TERM", "xterm"));
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    String[] parts = r.out().replace("\r", "").split("===\n", 2);
    assertThat(parts).hasSize(2);
    List<String> onTerminal = parts[0].lines().filter(l -> !l.isBlank()).toList();
    assertThat(onTerminal).hasSizeGreaterThan(3).allMatch(l -> l.codePointCount(0, l.length()) <= 57);
    assertThat(parts[0]).contains("…");
    assertThat(parts[1]).doesNotContain("…");
    assertThat(parts[1].lines().mapToInt(String::length).max().orElseThrow()).isGreaterThan(100);
  }
}
