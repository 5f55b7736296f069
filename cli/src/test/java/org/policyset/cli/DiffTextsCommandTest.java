package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} compares the archived texts of the sources, not only the records: a word changed in
 * a text is a change (so {@code --exit-code} exits 1) shown by paragraph, with the citations it
 * breaks — which {@code validate} would then report as PS402.
 */
class DiffTextsCommandTest {

  @TempDir
  Path dir;

  Path old;
  Path now;

  static final String TEXT = "texts/south-south-security-cooperation.txt";

  @BeforeEach
  void copyTheBundledDatasetTwice() throws IOException {
    old = copy(Path.of("..", "dataset", "data"), dir.resolve("old"));
    now = copy(Path.of("..", "dataset", "data"), dir.resolve("new"));
  }

  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return to;
  }

  private void edit(String from, String to) throws IOException {
    Path text = now.resolve(TEXT);
    String content = Files.readString(text);
    assertThat(content).contains(from);
    Files.writeString(text, content.replace(from, to));
  }

  @Test
  void aWordChangedInAnArchivedTextIsShownWithTheCitationsItBreaks() throws IOException {
    edit("insisting on the need for a ceasefire", "insisting on the need for a truce");
    // validate sees the broken quote: diff must not say "no changes".
    assertThat(Cli.run("validate", "--", now.toString()).out()).contains("PS402");

    Cli text = Cli.run("diff", "--", old.toString(), now.toString());
    assertThat(text.exit()).isZero();
    assertThat(text.out())
        .contains("~ text of source:seed-commentary (" + TEXT + ")\n"
            + "    para. 3: … insisting on the need for a [-ceasefire.-]{+truce.+} The first point in the position …\n")
        .contains("! stance:cn-gs-calls-for-gaza-ceasefire: quote of source 'seed-commentary' (para. 3) "
            + "no longer stands in its text: \"Throughout the years of war on the Gaza Strip")
        // Schema version 2: actors and topics cite the text too, and their citations break alike.
        .contains("! actor:cn: quote of source 'seed-commentary' (para. 3) no longer stands in its text")
        .contains("! topic:gaza-ceasefire: quote of source 'seed-commentary' (para. 3) no longer stands in its text: "
            + "\"the need for a ceasefire\"")
        .endsWith("0 added, 0 removed, 0 changed, 1 text changed, 3 citations broken\n")
        .doesNotContain("no changes");
    assertThat(Cli.run("diff", "--exit-code", "--", old.toString(), now.toString()).exit()).isEqualTo(1);
    assertThat(Cli.run("diff", "--exit-code", "--", old.toString(), old.toString()).exit()).isZero();

    Cli json = Cli.run("diff", "-f", "json", "--", old.toString(), now.toString());
    assertThat(json.out()).contains("\"texts\" : [ {\n    \"source\" : \"seed-commentary\",")
        .contains("\"kind\" : \"changed\"")
        .contains("\"before\" : 3,\n      \"after\" : 3,")
        .contains("\"record\" : \"stance:cn-gs-calls-for-gaza-ceasefire\"");
    Cli md = Cli.run("diff", "-f", "markdown", "--", old.toString(), now.toString());
    assertThat(md.out()).contains("**Citations broken by a text change**")
        .contains("- `stance:cn-gs-calls-for-gaza-ceasefire` cites `seed-commentary` (`para. 3`)")
        .contains("**Archived texts**")
        .contains("| para. 3 | `… insisting on the need for a [-ceasefire.-] The first point in the position …`");
  }

  @Test
  void aParagraphAddedShiftsTheNumbersAndBreaksNothing() throws IOException {
    edit("Throughout the years of war", "A new opening paragraph.\nThroughout the years of war");
    Cli text = Cli.run("diff", "--", old.toString(), now.toString());
    assertThat(text.out()).contains("    para. 3 added: {+A new opening paragraph.+}\n")
        .doesNotContain("! ");
  }

  @Test
  void aTextThatNoLongerReadsIsShownRemoved() throws IOException {
    Files.delete(now.resolve(TEXT));
    Cli text = Cli.run("diff", "--", old.toString(), now.toString());
    assertThat(text.out()).contains("- text of source:seed-commentary (" + TEXT
        + ")   (the new version has no readable text)\n");
  }
}
