package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code format --check --diff} prints a real unified diff: {@code git apply} and {@code patch -p1}
 * applied to the files give exactly what {@code format} writes.
 */
class FormatDiffTest {

  @TempDir
  Path dir;

  static final String MESSY = "{\"topics\": [{\"name\": \"Zeta\", \"id\": \"z\"},\n"
      + "{\"id\": \"a\", \"name\": \"Alpha\"}], \"actors\": [{\"id\": \"cn\", \"name\": \"China\", \"kind\": \"state\"}]}";

  private static int tool(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    return p.exitValue();
  }

  private static boolean available(String tool) {
    try {
      return new ProcessBuilder(tool, "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Writes the messy files in {@code folder}, runs --check --diff there, applies it with {@code apply}. */
  private void applyGivesTheCanonicalFiles(String name, String... apply) throws Exception {
    Path work = Files.createDirectories(dir.resolve(name));
    Path expected = Files.createDirectories(dir.resolve(name + "-expected"));
    Files.writeString(work.resolve("a.json"), MESSY);                       // no final line feed
    Files.writeString(work.resolve("-h.json"), MESSY.replace("\n", "\r\n") + "\r\n");   // CRLF, option-like
    Files.writeString(work.resolve("ok.json"), "{\"topics\": []}");
    for (String f : List.of("a.json", "-h.json", "ok.json")) {
      Files.copy(work.resolve(f), expected.resolve(f));
    }
    assertThat(Cli.run("format", "--", expected.toString()).exit()).isZero();

    ChildJvm run = ChildJvm.exec(ChildJvm.command(List.of(), "format", "--check", "--diff", "--",
        "a.json", "-h.json", "ok.json"), Duration.ofMinutes(2), work);
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("not canonical: a.json").contains("not canonical: -h.json")
        .contains("3 files: 0 already canonical, 3 not canonical");
    assertThat(run.out()).startsWith("--- a/a.json\n+++ b/a.json\n@@ -1,2 +1,19 @@\n")
        .contains("\n\\ No newline at end of file\n").contains("--- a/-h.json\n");
    Files.writeString(dir.resolve(name + ".patch"), run.out());

    String[] command = new String[apply.length + 1];
    System.arraycopy(apply, 0, command, 0, apply.length);
    command[apply.length] = dir.resolve(name + ".patch").toString();
    tool(work, command);
    for (String f : List.of("a.json", "-h.json", "ok.json")) {
      assertThat(Files.readString(work.resolve(f))).as(f).isEqualTo(Files.readString(expected.resolve(f)));
    }
    assertThat(Cli.run("format", "--check", "--", work.toString()).exit()).isZero();
  }

  @Test
  void gitApplyTakesTheDiff() throws Exception {
    assumeTrue(available("git"), "git is not installed");
    applyGivesTheCanonicalFiles("git", "git", "apply");
  }

  @Test
  void patchTakesTheDiff() throws Exception {
    assumeTrue(available("patch"), "patch is not installed");
    applyGivesTheCanonicalFiles("patch", "patch", "-p1", "--quiet", "-i");
  }

  @Test
  void diffGoesWithCheckAndText() throws Exception {
    Path f = Files.writeString(dir.resolve("x.json"), MESSY);
    assertThat(Cli.run("format", "--diff", "--", f.toString()).exit()).isEqualTo(2);
    Cli json = Cli.run("format", "--check", "--diff", "-f", "json", "--", f.toString());
    assertThat(json.exit()).isEqualTo(2);
    assertThat(json.err()).contains("--diff goes with --check and the text format");
    assertThat(Files.readString(f)).isEqualTo(MESSY);
  }
}
