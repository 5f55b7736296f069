package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File operands never become options: a file named like an option ({@code -h.json}) or like an
 * argument file ({@code @x.json}) is either read as a file (after {@code --}) or refused as a usage
 * error, never obeyed. Runs in a child JVM whose working folder holds the files, as a hook or a git
 * merge driver would run.
 */
class OptionLikeFileNameTest {
  private static final Reliability LOG = new Reliability(OptionLikeFileNameTest.class);

  @TempDir
  Path dir;

  private static final String BROKEN = """
      {"stances": [{"id": "s1", "holders": ["cn"], "topic": "t", "position": "supports",
        "statement": "S.", "date": "2025", "sources": [{"source": "src"}], "colour": "red"}]}
      """;

  private ChildJvm run(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(ChildJvm.command(List.of()));
    cmd.addAll(List.of(args));
    Path out = dir.resolve(".out");
    Path err = dir.resolve(".err");
    Process p = new ProcessBuilder(cmd).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(Duration.ofSeconds(60).toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    ChildJvm r = new ChildJvm(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  @Test
  void aFileNamedLikeTheHelpOptionIsAUsageErrorNotHelpAndExitZero() throws Exception {
    Files.writeString(dir.resolve("broken.json"), BROKEN);
    Files.writeString(dir.resolve("-h.json"), "{}\n");

    ChildJvm r = run("validate", "--color=never", "broken.json", "-h.json");

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.out()).doesNotContain("Usage:");
    assertThat(r.err()).contains("Unknown option: '-h.json'")
        .contains("policyset validate -- -h.json");
    LOG.record("Option-like file names and argument files", "validate broken.json -h.json",
        "usage error naming the file and --, exit 2; no help printed");
  }

  @Test
  void afterTheEndOfOptionsAFileNamedLikeAnOptionIsReadAsAFile() throws Exception {
    Files.writeString(dir.resolve("broken.json"), BROKEN);
    Files.writeString(dir.resolve("-h.json"), BROKEN.replace("s1", "s2"));

    ChildJvm r = run("validate", "--color=never", "--", "broken.json", "-h.json");

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("broken.json\n").contains("-h.json\n").doesNotContain("Usage:");
    assertThat(r.out().split("PS203", -1)).hasSize(3);
    LOG.record("Option-like file names and argument files", "validate -- broken.json -h.json",
        "both read as files, their findings reported, exit 1");
  }

  @Test
  void anArgumentFileIsAFileNotOptions() throws Exception {
    Files.writeString(dir.resolve("broken.json"), BROKEN);
    // picocli would expand '@y.json' into the options that y.json holds.
    Files.writeString(dir.resolve("y.json"), "--ignore=shape\n");
    Files.writeString(dir.resolve("@y.json"), "--ignore=shape\n");

    ChildJvm r = run("validate", "--color=never", "broken.json", "@y.json");

    // The shape error of broken.json is still reported, and @y.json is read as a (broken) file.
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("PS203").contains("@y.json").contains("PS101");
    LOG.record("Option-like file names and argument files", "validate broken.json @y.json (y.json holds --ignore=shape)",
        "@y.json read as a file (PS101); the shape errors still reported, exit 1");
  }

  @Test
  void anArgumentFileCannotRedirectTheReportOverADatasetFile() throws Exception {
    Files.writeString(dir.resolve("stances.json"), BROKEN);
    byte[] before = Files.readAllBytes(dir.resolve("stances.json"));
    Files.writeString(dir.resolve("x.json"), "--output=stances.json broken.json\n");
    Files.writeString(dir.resolve("@x.json"), "{}\n");
    Files.writeString(dir.resolve("broken.json"), BROKEN);

    ChildJvm r = run("validate", "--color=never", "@x.json");

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("1 file, 0 records checked");
    assertThat(Files.readAllBytes(dir.resolve("stances.json"))).isEqualTo(before);
    LOG.record("Option-like file names and argument files", "validate @x.json (x.json holds --output=stances.json)",
        "@x.json read as a file; stances.json byte-identical");
  }

  @Test
  void anOptionLikeValueOfAnOptionIsRefusedAndAPathFormOfItIsTaken() throws Exception {
    Files.writeString(dir.resolve("broken.json"), BROKEN);

    ChildJvm optionLike = run("validate", "--output", "-h.sarif", "--", "broken.json");
    ChildJvm pathLike = run("validate", "--format=sarif", "--output", "./-h.sarif", "--", "broken.json");

    assertThat(optionLike.exit()).isEqualTo(2);
    assertThat(optionLike.out()).doesNotContain("Usage:");
    assertThat(pathLike.exit()).as(pathLike.err()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("-h.sarif"))).contains("\"version\" : \"2.1.0\"");
    LOG.record("Option-like file names and argument files", "validate --output -h.sarif",
        "usage error, exit 2; --output ./-h.sarif writes it");
  }

  /**
   * Runs each pre-commit hook of the repository as pre-commit does (entry, then args, then the
   * staged file names when pass_filenames is not false) on a broken file and a file named like an
   * option: both are read as files and the broken one fails the hook.
   */
  @Test
  void thePreCommitHooksReadOptionLikeFileNamesAsFiles() throws Exception {
    Files.writeString(dir.resolve("broken.json"), BROKEN);
    Files.writeString(dir.resolve("-h.json"), BROKEN.replace("s1", "s2"));
    String yaml = Files.readString(Path.of("../.pre-commit-hooks.yaml"));
    int hooks = 0;
    for (String hook : yaml.split("\n- ")) {
      java.util.regex.Matcher entry = java.util.regex.Pattern.compile("(?m)^\\s*entry: policyset (.*)$")
          .matcher(hook);
      if (!entry.find()) {
        continue;
      }
      hooks++;
      List<String> args = new ArrayList<>(List.of(entry.group(1).trim().split(" +")));
      java.util.regex.Matcher a = java.util.regex.Pattern.compile("(?m)^\\s*args: \\[(.*)]$").matcher(hook);
      if (a.find()) {
        for (String arg : a.group(1).split(",")) {
          // The hook's default dataset folder (data/) is this test's folder.
          args.add(arg.trim().equals("data") ? "." : arg.trim());
        }
      }
      if (!hook.contains("pass_filenames: false")) {
        args.add("-h.json");
        args.add("broken.json");
      }

      ChildJvm r = run(args.toArray(String[]::new));

      assertThat(r.exit()).as(hook + r.out() + r.err()).isEqualTo(1);
      assertThat(r.out()).as(hook).contains("-h.json").contains("broken.json").doesNotContain("Usage:");
    }
    assertThat(hooks).isEqualTo(2);
    LOG.record("Option-like file names and argument files", "each pre-commit hook run as pre-commit runs it, on -h.json",
        "read as a file, exit 1 on its errors");
  }

  @Test
  void shortOptionsDoNotCluster() {
    Cli r = Cli.run("validate", "-hV");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).doesNotContain("Usage:");
    LOG.record("Option-like file names and argument files", "validate -hV",
        "usage error, exit 2; no help printed");
  }

  @org.junit.jupiter.api.AfterAll
  static void write() {
    LOG.write();
  }
}
