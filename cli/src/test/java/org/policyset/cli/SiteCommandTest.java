package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCommandTest {
  @TempDir
  Path tmp;

  @Test
  void writesASiteOfTheFixtureAndSaysWhereToOpenIt() throws IOException {
    Path out = tmp.resolve("site");
    Cli r = Cli.run("site", "-o", out.toString(), "--since", Fixture.PATH, "--", Fixture.PATH);
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("wrote a site of ").contains(out.resolve("index.html").toString());
    assertThat(Files.readString(out.resolve("index.html"))).contains("No record changed.");
    assertThat(out.resolve("timeline.html")).isRegularFile();
    assertThat(out.resolve("matrix.html")).isRegularFile();
    assertThat(out.resolve("principles.html")).isRegularFile();
  }

  @Test
  void aFolderOfOtherFilesIsRefusedWithExitTwoAndKept() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(out.resolve("notes.md"), "mine");
    Cli r = Cli.run("site", "-o", out.toString(), "--", Fixture.PATH);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("cannot write " + out).contains("notes.md").contains("did not write");
    assertThat(Files.readString(out.resolve("notes.md"))).isEqualTo("mine");
  }

  @Test
  void inputErrorsAreListedAndNothingIsWritten() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"actors\": [}");
    Cli r = Cli.run("site", "-o", tmp.resolve("site").toString(), "--", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("bad.json:1:").contains("site (nothing written): inputs have errors");
    assertThat(tmp.resolve("site")).doesNotExist();
  }

  @Test
  void helpNamesWhatTheSiteShows() {
    Cli r = Cli.run("site", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--since=OLD", "-o, --output=DIR", "timeline", "stance matrix",
        "principle map", "reported", "no server, no network");
  }
}
