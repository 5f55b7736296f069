package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffAndFormatCommandTest {

  @TempDir
  Path dir;

  private static final String STANCE = "{\"id\": \"s\", \"holders\": [\"cn\"], \"topic\": \"t\","
      + " \"position\": \"%s\", \"statement\": \"S.\", \"date\": \"2025\", \"sources\": [{\"source\": \"src\"}]}";

  private Path write(String name, String position, String extraTopic) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, "{\"stances\": [" + String.format(STANCE, position) + "], \"topics\": ["
        + "{\"id\": \"t\", \"name\": \"T\"}" + extraTopic + "]}");
    return p;
  }

  @Test
  void diffShowsAddedRemovedChangedAndPositionFlips() throws Exception {
    Path old = write("old.json", "supports", ", {\"id\": \"gone\", \"name\": \"Gone\"}");
    Path now = write("new.json", "opposes", ", {\"id\": \"new\", \"name\": \"New\"}");
    Cli text = Cli.run("diff", old.toString(), now.toString());
    assertThat(text.exit()).isZero();
    assertThat(text.out()).isEqualTo("""
        - topic:gone
        + topic:new   New
        ~ stance:s   (position flip)
            position: "supports" -> "opposes"
        1 added, 1 removed, 1 changed
        """);
    Cli md = Cli.run("diff", "--format", "markdown", old.toString(), now.toString());
    assertThat(md.out()).startsWith("### Dataset changes").contains("**Position flips**")
        .contains("**Added**\n\n- `topic:new`: `New`");
    assertThat(Cli.run("diff", "--exit-code", old.toString(), now.toString()).exit()).isEqualTo(1);
    assertThat(Cli.run("diff", "--exit-code", old.toString(), old.toString()).exit()).isZero();
    Cli json = Cli.run("diff", "-f", "json", old.toString(), now.toString());
    assertThat(json.out()).contains("\"positionFlip\" : true");
  }

  @Test
  void formatCheckListsFilesAndFormatFixesThem() throws Exception {
    Path f = write("a.json", "supports", "");
    Cli check = Cli.run("format", "--check", f.toString());
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).contains("not canonical: " + f);
    Cli github = Cli.run("format", "--check", "--format", "github", f.toString());
    assertThat(github.exit()).isEqualTo(1);
    assertThat(github.out().strip()).isEqualTo("::error file=" + f.toString().replace(":", "%3A")
        + ",title=not canonical::not in canonical form; run 'policyset format -- " + f + "'");
    Cli json = Cli.run("format", "--check", "-f", "json", f.toString());
    assertThat(json.out()).contains("\"status\" : \"not-canonical\"");
    Cli fix = Cli.run("format", f.toString());
    assertThat(fix.exit()).isZero();
    assertThat(fix.out()).contains("formatted " + f);
    assertThat(Cli.run("format", "--check", f.toString()).exit()).isZero();
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"topics\": [");
    Cli refused = Cli.run("format", broken.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.out()).contains("left alone (has errors)");
    assertThat(broken).hasContent("{\"topics\": [");
  }
}
