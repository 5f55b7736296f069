package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff --rev}: working files against their version at a revision of a real git repository. */
class DiffRevisionTest {

  @TempDir
  Path repo;

  @TempDir
  Path elsewhere;

  Path data;

  private String git(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
        "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  @BeforeEach
  void aRepositoryHoldingTheBundledDataset() throws Exception {
    assumeTrue(new ProcessBuilder("git", "--version").start().waitFor() == 0, "git is not installed");
    git("init", "-q");
    data = DiffTextsCommandTest.copy(NewRecordCommandTest.BUNDLED, repo.resolve("data"));
    Files.writeString(repo.resolve("-h.json"), "{\"topics\": [{\"id\": \"t\", \"name\": \"Old name\"}]}\n");
    git("add", "-A");
    git("commit", "-q", "-m", "first");
  }

  private void edit(Path file, String from, String to) throws IOException {
    String content = Files.readString(file);
    assertThat(content).contains(from);
    Files.writeString(file, content.replace(from, to));
  }

  @Test
  void comparesTheWorkingFolderWithItsCommittedVersionTextsIncluded() throws Exception {
    assertThat(Cli.run("diff", "--rev", "HEAD", "--", data.toString()).out()).isEqualTo("no changes\n");
    edit(data.resolve(DiffTextsCommandTest.TEXT), "need for a ceasefire", "need for a truce");
    edit(data.resolve("topics.json"), "\"topics\": [", "\"topics\": [{\"id\": \"aaa-new\", \"name\": \"A new topic\"}, ");

    Cli run = Cli.run("diff", "--rev", "HEAD", "--exit-code", "--", data.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("+ topic:aaa-new   A new topic\n~ text of source:seed-commentary (" + DiffTextsCommandTest.TEXT + ")\n"
            + "    para. 3: … insisting on the need for a [-ceasefire.-]{+truce.+} The first")
        .contains("! stance:cn-gs-calls-for-gaza-ceasefire: quote of source 'seed-commentary' (para. 3)")
        .endsWith("1 added, 0 removed, 0 changed, 1 text changed, 1 citation broken\n");

    // After a commit, HEAD~1 is the old version.
    git("commit", "-q", "-am", "second");
    assertThat(Cli.run("diff", "--rev", "HEAD", "--", data.toString()).out()).isEqualTo("no changes\n");
    assertThat(Cli.run("diff", "--rev", "HEAD~1", "--", data.toString()).out()).startsWith("+ topic:aaa-new");
  }

  @Test
  void aFileAbsentAtTheRevisionHasAllItsRecordsAdded() throws Exception {
    Path added = data.resolve("more.json");
    Files.writeString(added, "{\"topics\": [{\"id\": \"zz\", \"name\": \"Brand new\"}]}\n");
    Cli run = Cli.run("diff", "--rev", "HEAD", "--", added.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("+ topic:zz   Brand new\n1 added, 0 removed, 0 changed\n");
  }

  @Test
  void aFileNamedLikeAnOptionIsAFile() throws Exception {
    edit(repo.resolve("-h.json"), "Old name", "New name");
    Cli run = Cli.run("diff", "--rev", "HEAD", "--", repo.resolve("-h.json").toString());
    assertThat(run.out()).isEqualTo("~ topic:t\n    name: \"Old name\" -> \"New name\"\n0 added, 0 removed, 1 changed\n");
    // Relative to the working folder too, where git would read "-h.json" as an option if it were one.
    ChildJvm child = ChildJvm.exec(ChildJvm.command(List.of(), "diff", "--rev", "HEAD", "--", "-h.json"),
        Duration.ofMinutes(2), repo);
    assertThat(child.out()).isEqualTo(run.out());
  }

  @Test
  void anUnknownRevisionAnOptionLikeRevisionAndAPathOutsideAreUsageErrors() throws Exception {
    Cli unknown = Cli.run("diff", "--rev", "no-such-branch", "--", data.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown revision 'no-such-branch' in the git repository at");
    Cli optionLike = Cli.run("diff", "--rev=--output=/tmp/x", "--", data.toString());
    assertThat(optionLike.exit()).isEqualTo(2);
    assertThat(optionLike.err()).contains("may not begin with '-'");
    Files.writeString(elsewhere.resolve("a.json"), "{\"topics\": []}\n");
    Cli outside = Cli.run("diff", "--rev", "HEAD", "--", elsewhere.resolve("a.json").toString());
    assertThat(outside.exit()).isEqualTo(2);
    assertThat(outside.err()).contains("is not inside a git work tree");
    Cli mixed = Cli.run("diff", "--rev", "HEAD", "--", data.toString(), elsewhere.resolve("a.json").toString());
    assertThat(mixed.exit()).isEqualTo(2);
    assertThat(mixed.err()).contains("lies outside the git work tree at");
    assertThat(Cli.run("diff", "--", data.toString()).exit()).isEqualTo(2);
  }

  @Test
  void withoutGitTheMessageSaysSo() throws Exception {
    Path empty = Files.createDirectories(elsewhere.resolve("bin"));
    ChildJvm child = ChildJvm.exec(ChildJvm.command(List.of(), "diff", "--rev", "HEAD", "--", data.toString()),
        Duration.ofMinutes(2), null, Map.of("PATH", empty.toString()));
    assertThat(child.exit()).isEqualTo(2);
    assertThat(child.err()).contains("git is not installed (or not on the PATH)");
  }
}
