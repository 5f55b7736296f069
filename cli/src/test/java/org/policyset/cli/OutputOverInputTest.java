package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No command that writes overwrites what it reads, whatever name the output is given. */
class OutputOverInputTest {
  private static final Reliability LOG = new Reliability(OutputOverInputTest.class);

  @TempDir
  Path dir;

  private Path q;
  private final Map<Path, byte[]> before = new HashMap<>();

  @BeforeEach
  void dataset() throws Exception {
    q = Files.createDirectories(dir.resolve("q"));
    Files.writeString(q.resolve("actors.json"), "{\"actors\": [{\"id\": \"cn\", \"name\": \"China\", "
        + "\"kind\": \"state\"}]}\n");
    Files.writeString(q.resolve("stances.json"), "{\"stances\": [{\"id\": \"s\", \"holders\": [\"cn\"], "
        + "\"topic\": \"t\", \"position\": \"supports\", \"statement\": \"S.\", \"date\": \"2025\", "
        + "\"sources\": [{\"source\": \"src\"}]}], \"topics\": [{\"id\": \"t\", \"name\": \"T\"}], "
        + "\"sources\": [{\"id\": \"src\", \"title\": \"S\", \"kind\": \"news\"}]}\n");
    try (Stream<Path> s = Files.list(q)) {
      for (Path p : s.toList()) {
        before.put(p, Files.readAllBytes(p));
      }
    }
  }

  private void assertInputsUnchanged() throws Exception {
    for (Map.Entry<Path, byte[]> e : before.entrySet()) {
      assertThat(Files.readAllBytes(e.getKey())).as(e.getKey().toString()).isEqualTo(e.getValue());
    }
  }

  @Test
  void queryRefusesToWriteOverTheStancesItQueries() throws Exception {
    Cli r = Cli.run("query", "-o", q.resolve("stances.json").toString(), "--", q.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("cannot write").contains("is part of input dataset");
    assertInputsUnchanged();
    LOG.record("Outputs that would overwrite inputs", "query -o q/stances.json -- q",
        "usage error, exit 2; the dataset byte-identical");
  }

  @Test
  void anInputReachedThroughALinkedFolderIsTheInputToo() throws Exception {
    Path alias = Files.createSymbolicLink(dir.resolve("alias"), q);

    Cli r = Cli.run("query", "--format", "json", "-o", alias.resolve("stances.json").toString(), "--",
        q.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is part of input dataset");
    assertInputsUnchanged();
    LOG.record("Outputs that would overwrite inputs", "query -o alias/stances.json (alias links to q)",
        "usage error, exit 2; the dataset byte-identical");
  }

  @Test
  void validateRefusesAReportOverADatasetFileButWritesOneBesideIt() throws Exception {
    Cli over = Cli.run("validate", "--output", q.resolve("actors.json").toString(), "--", q.toString());
    Cli beside = Cli.run("validate", "--format", "sarif", "--output", q.resolve("report.sarif").toString(),
        "--", q.toString());
    Cli again = Cli.run("validate", "--format", "sarif", "--output", q.resolve("report.sarif").toString(),
        "--", q.toString());

    assertThat(over.exit()).isEqualTo(2);
    assertThat(over.err()).contains("cannot write report").contains("is part of input dataset");
    assertThat(beside.exit()).as(beside.err()).isZero();
    assertThat(again.exit()).as(again.err()).isZero();
    assertInputsUnchanged();
    LOG.record("Outputs that would overwrite inputs", "validate --output q/actors.json",
        "usage error, exit 2; a report beside the data is written");
  }

  @Test
  void validateRefusesAReportOverItsSuppressionsOrBaselineButUpdatesItsBaseline() throws Exception {
    Path suppressions = Files.writeString(dir.resolve("s.json"), "{\"suppressions\": []}\n");
    Path baseline = dir.resolve("baseline.json");

    Cli overSuppressions = Cli.run("validate", "--suppressions", suppressions.toString(),
        "--output", suppressions.toString(), "--", q.toString());
    Cli write = Cli.run("validate", "--write-baseline", baseline.toString(), "--", q.toString());
    Cli update = Cli.run("validate", "--baseline", baseline.toString(), "--write-baseline",
        baseline.toString(), "--", q.toString());
    Cli overBaseline = Cli.run("validate", "--baseline", baseline.toString(), "--output",
        baseline.toString(), "--", q.toString());

    assertThat(overSuppressions.exit()).isEqualTo(2);
    assertThat(Files.readString(suppressions)).isEqualTo("{\"suppressions\": []}\n");
    assertThat(write.exit()).as(write.err()).isZero();
    assertThat(update.exit()).as(update.err()).isZero();
    assertThat(overBaseline.exit()).isEqualTo(2);
    LOG.record("Outputs that would overwrite inputs", "validate --output over its suppressions or baseline file",
        "usage error, exit 2; --write-baseline over --baseline allowed");
  }

  @Test
  void exportRefusesAFolderInsideOrHoldingItsInput() throws Exception {
    Cli inside = Cli.run("export", "-o", q.resolve("tables").toString(), "--", q.toString());
    Cli holding = Cli.run("export", "-o", dir.toString(), "--", q.toString());

    assertThat(inside.exit()).isEqualTo(2);
    assertThat(inside.err()).contains("lies inside input dataset");
    assertThat(holding.exit()).isEqualTo(2);
    assertThat(holding.err()).contains("holds an input of this command");
    assertThat(q.resolve("tables")).doesNotExist();
    assertInputsUnchanged();
    LOG.record("Outputs that would overwrite inputs", "export -o inside or above the dataset",
        "usage error, exit 2; nothing written");
  }

  @Test
  void mergeNeverReplacesAFolderThatHoldsItsInputEvenWithForce() throws Exception {
    Cli r = Cli.run("merge", "--force", "-o", dir.toString(), "--", q.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("holds an input of this command").contains("replacing it would remove");
    assertInputsUnchanged();
    LOG.record("Outputs that would overwrite inputs", "merge --force -o a folder holding the input",
        "usage error, exit 2; the dataset byte-identical");
  }

  @org.junit.jupiter.api.AfterAll
  static void write() {
    LOG.write();
  }
}
