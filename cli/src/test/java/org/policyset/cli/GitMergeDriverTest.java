package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merge driver installed in a real git repository, merging real branches. */
class GitMergeDriverTest {
  private static final Reliability LOG = new Reliability(GitMergeDriverTest.class);

  @TempDir
  Path repo;

  record Run(int exit, String output) {}

  private Run git(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
        "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out);
  }

  private static String stance(String id, String statement) {
    return "{\"id\": \"" + id + "\", \"holders\": [\"cn\"], \"topic\": \"t\", \"position\": \"supports\","
        + " \"statement\": \"" + statement + "\", \"date\": \"2025\", \"sources\": [{\"source\": \"src\"}]}";
  }

  private void writeData(String s1, String s2) throws IOException {
    writeData("data.json", s1, s2);
  }

  private void writeData(String file, String s1, String s2) throws IOException {
    Files.writeString(repo.resolve(file), "{\"stances\": [" + stance("a", s1) + ", " + stance("b", s2)
        + "]}\n");
  }

  @BeforeEach
  void setUp() throws Exception {
    assumeTrue(new ProcessBuilder("git", "--version").start().waitFor() == 0, "git is not installed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String driver = "'" + java + "' -cp '" + System.getProperty("java.class.path")
        + "' org.policyset.cli.Main merge-driver -- %O %A %B %P";
    assertThat(git("init", "-q").exit()).isZero();
    assertThat(git("config", "merge.policyset.driver", driver).exit()).isZero();
    Files.writeString(repo.resolve(".gitattributes"), "*.json merge=policyset\n");
    writeData("First.", "Second.");
    git("add", ".");
    assertThat(git("commit", "-qm", "base").exit()).isZero();
  }

  @Test
  void editsToDifferentStancesOfOneFileMergeCleanly() throws Exception {
    git("checkout", "-qb", "left");
    writeData("First, edited on the left.", "Second.");
    git("commit", "-qam", "left");
    git("checkout", "-q", "main");
    writeData("First.", "Second, edited on main.");
    git("commit", "-qam", "main");

    Run merge = git("merge", "--no-edit", "left");

    assertThat(merge.exit()).as(merge.output()).isZero();
    String merged = Files.readString(repo.resolve("data.json"));
    assertThat(merged).contains("First, edited on the left.").contains("Second, edited on main.")
        .doesNotContain("<<<<<<<");
    assertThat(Cli.run("validate", repo.resolve("data.json").toString()).out()).doesNotContain("PS101");
  }

  @Test
  void aFileNamedLikeAnOptionMergesLikeAnyOther() throws Exception {
    // git passes the file's path as %P: with the documented '--', '-h.json' is a path, not '-h'
    // (which printed help and exited 0, so that git committed our side and dropped theirs).
    writeData("-h.json", "First.", "Second.");
    git("add", "--", "-h.json");
    git("commit", "-qm", "add -h.json");
    git("checkout", "-qb", "left");
    writeData("-h.json", "First, edited on the left.", "Second.");
    git("commit", "-qam", "left");
    git("checkout", "-q", "main");
    writeData("-h.json", "First.", "Second, edited on main.");
    git("commit", "-qam", "main");

    Run merge = git("merge", "--no-edit", "left");

    assertThat(merge.exit()).as(merge.output()).isZero();
    assertThat(Files.readString(repo.resolve("-h.json"))).contains("First, edited on the left.")
        .contains("Second, edited on main.");
    LOG.record("Option-like file names and argument files", "git merge through the merge driver of a file named -h.json",
        "both sides merged, exit 0; no edit dropped");
  }

  @Test
  void theSchemaKeyOfTheFileIsKeptAndAChangeOnOneSideIsTaken() throws Exception {
    String schema = "\"$schema\": \"https://policyset.org/schema/1/dataset.schema.json\", ";
    Files.writeString(repo.resolve("data.json"), "{" + schema + "\"stances\": [" + stance("a", "First.")
        + ", " + stance("b", "Second.") + "]}\n");
    git("commit", "-qam", "declare the schema");
    git("checkout", "-qb", "left");
    Files.writeString(repo.resolve("data.json"), "{\"$schema\": \"./dataset.schema.json\", \"stances\": ["
        + stance("a", "First, edited on the left.") + ", " + stance("b", "Second.") + "]}\n");
    git("commit", "-qam", "left");
    git("checkout", "-q", "main");
    Files.writeString(repo.resolve("data.json"), "{" + schema + "\"stances\": [" + stance("a", "First.")
        + ", " + stance("b", "Second, edited on main.") + "]}\n");
    git("commit", "-qam", "main");

    Run merge = git("merge", "--no-edit", "left");

    assertThat(merge.exit()).as(merge.output()).isZero();
    String merged = Files.readString(repo.resolve("data.json"));
    assertThat(merged).startsWith("{\n  \"$schema\": \"./dataset.schema.json\",\n")
        .contains("First, edited on the left.").contains("Second, edited on main.");
  }

  @Test
  void bothSidesEditingOneFieldIsAReportedConflict() throws Exception {
    git("checkout", "-qb", "left");
    writeData("Left.", "Second.");
    git("commit", "-qam", "left");
    git("checkout", "-q", "main");
    writeData("Main.", "Second.");
    git("commit", "-qam", "main");

    Run merge = git("merge", "--no-edit", "left");

    assertThat(merge.exit()).isNotZero();
    assertThat(merge.output()).contains("conflict: stance:a").contains("field 'statement'")
        .contains("\"Main.\"").contains("\"Left.\"").contains("CONFLICT");
    assertThat(git("status", "--porcelain").output()).contains("UU data.json");
    assertThat(Files.readString(repo.resolve("data.json"))).contains("\"Main.\"");
  }

  /** The line of the merged file where a record's object opens: what the report must name. */
  private int lineOf(String file, String id) throws IOException {
    List<String> lines = Files.readAllLines(repo.resolve(file));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("\"id\": \"" + id + "\"")) {
        return i; // the line above holds the record's "{", 1-based: i
      }
    }
    throw new AssertionError(id + " not in " + file);
  }

  private void conflictOnStanceA() throws Exception {
    git("checkout", "-qb", "left");
    writeData("Left.", "Second.");
    git("commit", "-qam", "left");
    git("checkout", "-q", "main");
    writeData("Main.", "Second.");
    git("commit", "-qam", "main");
  }

  @Test
  void aConflictNamesTheLineOfItsRecordInTheMergedFile() throws Exception {
    conflictOnStanceA();
    Run merge = git("merge", "--no-edit", "left");
    assertThat(merge.exit()).isNotZero();
    assertThat(merge.output()).contains("data.json:" + lineOf("data.json", "a") + ": conflict: stance:a\n");
    assertThat(repo.resolve("data.json.conflicts")).doesNotExist();
  }

  @Test
  void sideFileStyleWritesTheConflictsBesideTheFile() throws Exception {
    String driver = git("config", "merge.policyset.driver").output().strip()
        .replace("merge-driver --", "merge-driver --conflict-style side-file --");
    assertThat(git("config", "merge.policyset.driver", driver).exit()).isZero();
    conflictOnStanceA();
    Run merge = git("merge", "--no-edit", "left");
    assertThat(merge.exit()).isNotZero();
    assertThat(merge.output()).contains("they are also in data.json.conflicts");
    String side = Files.readString(repo.resolve("data.json.conflicts"));
    assertThat(side).startsWith("data.json:" + lineOf("data.json", "a") + ": conflict: stance:a\n")
        .contains("  field 'statement'\n").contains("\"Main.\"").contains("\"Left.\"");
    assertThat(git("status", "--porcelain").output()).contains("UU data.json").contains("?? data.json.conflicts");
  }

  private void useStyle(String style) throws Exception {
    String driver = git("config", "merge.policyset.driver").output().strip()
        .replace("merge-driver --", "merge-driver --conflict-style " + style + " --");
    assertThat(git("config", "merge.policyset.driver", driver).exit()).isZero();
  }

  @Test
  void markerStyleLeavesAMarkerThatNoReadLetsPass() throws Exception {
    useStyle("marker");
    conflictOnStanceA();
    Run merge = git("merge", "--no-edit", "left");
    assertThat(merge.exit()).isNotZero();
    assertThat(merge.output()).contains("a $conflict key in each conflicted record");
    assertThat(merge.output()).contains("data.json:" + lineOf("data.json", "a") + ": conflict: stance:a\n");
    String merged = Files.readString(repo.resolve("data.json"));
    assertThat(merged).contains("\"statement\": \"Main.\"").contains("\"$conflict\": {\n")
        .contains("\"kind\": \"changed by both\"").contains("\"theirs\": {\n          \"statement\": \"Left.\"");
    assertThat(git("status", "--porcelain").output()).contains("UU data.json");

    Cli validate = Cli.run("validate", "--", repo.resolve("data.json").toString());
    assertThat(validate.exit()).isEqualTo(1);
    assertThat(validate.out()).contains("PS203").contains("unknown property '$conflict'")
        .contains("--conflict-style marker");
    assertThat(Cli.run("format", "--check", "--", repo.resolve("data.json").toString()).exit()).isEqualTo(1);
  }

  @Test
  void markerStyleBringsBackARecordOursDeletedAndTheirsChanged() throws Exception {
    useStyle("marker");
    git("checkout", "-qb", "left");
    writeData("First.", "Second, changed on the left.");
    git("commit", "-qam", "left");
    git("checkout", "-q", "main");
    Files.writeString(repo.resolve("data.json"), "{\"stances\": [" + stance("a", "First.") + "]}\n");
    git("commit", "-qam", "main deletes b");
    Run merge = git("merge", "--no-edit", "left");
    assertThat(merge.exit()).isNotZero();
    String merged = Files.readString(repo.resolve("data.json"));
    assertThat(merged).contains("Second, changed on the left.")
        .contains("\"kind\": \"deleted by ours, changed by theirs\"");
    assertThat(merge.output()).contains("data.json:" + lineOf("data.json", "b") + ": conflict: stance:b");
    assertThat(Cli.run("validate", "--", repo.resolve("data.json").toString()).out())
        .contains("unknown property '$conflict'");
  }

  @Test
  void markerStyleMarksJsonLinesToo() throws Exception {
    useStyle("marker");
    Files.writeString(repo.resolve(".gitattributes"), "*.json merge=policyset\n*.jsonl merge=policyset\n");
    Files.writeString(repo.resolve("data.jsonl"), "{\"$type\": \"stance\", " + stance("a", "First.").substring(1) + "\n");
    git("add", ".");
    git("commit", "-qm", "jsonl");
    git("checkout", "-qb", "left");
    Files.writeString(repo.resolve("data.jsonl"), "{\"$type\": \"stance\", " + stance("a", "Left.").substring(1) + "\n");
    git("commit", "-qam", "left");
    git("checkout", "-q", "main");
    Files.writeString(repo.resolve("data.jsonl"), "{\"$type\": \"stance\", " + stance("a", "Main.").substring(1) + "\n");
    git("commit", "-qam", "main");
    Run merge = git("merge", "--no-edit", "left");
    assertThat(merge.exit()).isNotZero();
    assertThat(merge.output()).contains("data.jsonl:1: conflict: stance:a");
    String merged = Files.readString(repo.resolve("data.jsonl"));
    assertThat(merged).startsWith("{\"$type\":\"stance\",\"id\":\"a\"").contains("\"statement\":\"Main.\"")
        .contains("\"$conflict\":{\"kind\":\"changed by both\"").contains("\"theirs\":{\"statement\":\"Left.\"}")
        .hasLineCount(1);
    assertThat(Cli.run("validate", "--", repo.resolve("data.jsonl").toString()).out())
        .contains("unknown property '$conflict'");
  }

  @Test
  void anUnknownConflictStyleIsAUsageError() {
    Cli run = Cli.run("merge-driver", "--conflict-style", "nope", "--", "a", "b", "c");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("expected ours, side-file or marker, not 'nope'");
  }

  @org.junit.jupiter.api.AfterAll
  static void write() {
    LOG.write();
  }
}
