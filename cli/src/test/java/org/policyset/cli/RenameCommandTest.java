package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyset.cli.NewRecordCommandTest.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code policyset rename TYPE OLD NEW}: the id and every reference to it change, in every file,
 * and nothing else; collisions, unknown or invalid ids and datasets with errors write nothing.
 */
class RenameCommandTest {

  @TempDir
  Path dir;

  Path data;

  @BeforeEach
  void copy() throws Exception {
    data = dir.resolve("data");
    NewRecordCommandTest.copyTree(NewRecordCommandTest.BUNDLED, data);
  }

  /**
   * The oracle: the old files with every JSON string {@code "cn"} made {@code "china"} by text
   * replacement, then put in canonical form by {@code format} (which sorts the renamed actor
   * into place). The rename must give exactly those bytes.
   */
  @Test
  void renamingAnActorOfTheBundledDatasetChangesOnlyTheIdAndItsReferences() throws Exception {
    Path expected = dir.resolve("expected");
    NewRecordCommandTest.copyTree(NewRecordCommandTest.BUNDLED, expected);
    int changedRecords = 0;
    try (Stream<Path> s = Files.list(expected)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".json")).toList()) {
        String text = Files.readString(f);
        Files.writeString(f, text.replace("\"cn\"", "\"china\""));
      }
    }
    assertThat(Cli.run("format", "--", expected.toString()).exit()).isZero();

    Cli r = Cli.run("rename", "actor", "cn", "china", "--", data.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).startsWith("renamed actor 'cn' to 'china' and ")
        .contains(data.resolve("actors.json").toString())
        .contains(data.resolve("stances.json").toString())
        .contains(data.resolve("events.json").toString());
    Map<String, byte[]> want = snapshot(expected);
    Map<String, byte[]> got = snapshot(data);
    assertThat(got.keySet()).isEqualTo(want.keySet());
    for (String f : want.keySet()) {
      assertThat(new String(got.get(f), java.nio.charset.StandardCharsets.UTF_8)).as(f)
          .isEqualTo(new String(want.get(f), java.nio.charset.StandardCharsets.UTF_8));
    }
    // Stance ids that begin with cn- are ids of their own, not references: untouched.
    assertThat(Files.readString(data.resolve("stances.json"))).contains("\"cn-gs-political-settlement\"");

    Cli validate = Cli.run("validate", "--strict", "--", data.toString());
    assertThat(validate.exit()).as(validate.out()).isZero();
    assertThat(Cli.run("format", "--check", "--", data.toString()).exit()).isZero();
    Cli diff = Cli.run("diff", "--", NewRecordCommandTest.BUNDLED.toString(), data.toString());
    for (String line : diff.out().split("\n")) {
      if (line.startsWith("~ ")) {
        changedRecords++;
      } else if (line.startsWith("+ ") || line.startsWith("- ")) {
        assertThat(line).matches("\\+ actor:china(   China)?|- actor:cn(   China)?");
      } else if (!line.startsWith(" ")) {
        assertThat(line).matches("1 added, 1 removed, \\d+ changed");
      } else {
        assertThat(line).contains("china");
      }
    }
    assertThat(changedRecords).isGreaterThan(10);
    assertThat(diff.out()).endsWith("1 added, 1 removed, " + changedRecords + " changed\n");
  }

  /** A dataset in seven files with one reference of every kind the model has. */
  private Path everyKindOfReference() throws Exception {
    Path d = Files.createDirectories(dir.resolve("kinds"));
    Files.writeString(d.resolve("actors.json"), """
        {"actors": [{"id": "cn", "name": "China", "kind": "state", "memberOf": ["g"]},
                    {"id": "g", "name": "Group", "kind": "grouping"}]}
        """);
    Files.writeString(d.resolve("topics.json"), """
        {"topics": [{"id": "t-root", "name": "Root"}, {"id": "t-child", "name": "Child", "parent": "t-root"}]}
        """);
    Files.writeString(d.resolve("principles.json"), """
        {"principles": [
          {"id": "p1", "name": "P1", "sources": [{"source": "src"}],
           "relations": [{"principle": "p2", "kind": "related-to", "sources": [{"source": "src"}]}]},
          {"id": "p2", "name": "P2", "sources": [{"source": "src"}]}]}
        """);
    Files.writeString(d.resolve("events.json"), """
        {"events": [{"id": "e1", "title": "E", "date": "2024", "type": "meeting",
          "actors": [{"actor": "cn", "role": "host"}], "topics": ["t-root"], "sources": [{"source": "src"}]}]}
        """);
    Files.writeString(d.resolve("stances.json"), """
        {"stances": [
          {"id": "s1", "holders": ["cn"], "topic": "t-child", "position": "supports", "statement": "S1.",
           "date": "2024", "respondsTo": "e1", "principles": ["p1"], "sources": [{"source": "src"}]},
          {"id": "s2", "holders": ["cn", "g"], "topic": "t-root", "position": "supports", "statement": "S2.",
           "date": "2025", "supersedes": ["s1"], "sources": [{"source": "src"}]}]}
        """);
    Files.writeString(d.resolve("sources.json"), """
        {"sources": [{"id": "src", "title": "Src", "kind": "news"}]}
        """);
    Files.writeString(d.resolve("manifest.json"), """
        {"manifest": {"id": "kinds", "title": "Kinds", "version": "1.0.0", "license": "CC0-1.0",
          "schemaVersion": "1"}}
        """);
    assertThat(Cli.run("validate", "--strict", "--", d.toString()).exit()).isZero();
    return d;
  }

  @Test
  void everyKindOfReferenceIsRenamed() throws Exception {
    Path d = everyKindOfReference();
    String[][] renames = {
        {"actor", "cn", "china", "3"}, {"actor", "g", "grp", "2"}, {"topic", "t-root", "root", "3"},
        {"principle", "p2", "pp", "1"}, {"principle", "p1", "pa", "1"}, {"event", "e1", "ev", "1"},
        {"stance", "s1", "st", "1"}, {"source", "src", "source-a", "6"}};
    for (String[] r : renames) {
      Cli run = Cli.run("rename", r[0], r[1], r[2], "--", d.toString());
      assertThat(run.exit()).as(String.join(" ", r) + ": " + run.out() + run.err()).isZero();
      assertThat(run.out()).as(String.join(" ", r)).contains(" and " + r[3] + " reference");
      Cli validate = Cli.run("validate", "--strict", "--", d.toString());
      assertThat(validate.exit()).as(String.join(" ", r) + ": " + validate.out()).isZero();
      snapshot(d).forEach((f, bytes) -> assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
          .as(f + " after renaming " + r[1]).doesNotContain("\"" + r[1] + "\""));
    }
  }

  @Test
  void collisionsUnknownAndInvalidIdsAndBrokenDatasetsWriteNothing() throws Exception {
    Map<String, byte[]> before = snapshot(data);
    Cli collision = Cli.run("rename", "actor", "cn", "eg", "--", data.toString());
    assertThat(collision.exit()).isEqualTo(1);
    assertThat(collision.out()).containsPattern("actors\\.json:\\d+:\\d+: error PS301 actor 'eg' already "
        + "exists; renaming 'cn' to it would make two records of one id");
    Cli unknown = Cli.run("rename", "actor", "chna", "china", "--", data.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no actor has the id 'chna'").contains("did you mean 'cn'?");
    Cli invalid = Cli.run("rename", "actor", "cn", "China", "--", data.toString());
    assertThat(invalid.exit()).isEqualTo(2);
    assertThat(invalid.err()).contains("'China' is not a valid id");
    Cli type = Cli.run("rename", "country", "cn", "china", "--", data.toString());
    assertThat(type.exit()).isEqualTo(2);
    assertThat(type.err()).contains("'country' is not a record type: one of actor, topic");
    assertThat(snapshot(data)).usingRecursiveComparison().isEqualTo(before);

    Files.writeString(data.resolve("extra.json"), "{\"topics\": [{\"id\": \"x\", \"name\": 3}]}\n");
    Map<String, byte[]> broken = snapshot(data);
    Cli refused = Cli.run("rename", "actor", "cn", "china", "--", data.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.out()).contains("extra.json").contains("nothing written");
    assertThat(snapshot(data)).usingRecursiveComparison().isEqualTo(broken);
  }

  @Test
  void aSingleFileDatasetIsRenamedInPlace() throws Exception {
    Path f = dir.resolve("one.json");
    Files.writeString(f, "{\"actors\": [{\"id\": \"cn\", \"name\": \"China\", \"kind\": \"state\"}],"
        + " \"stances\": [{\"id\": \"s\", \"holders\": [\"cn\"], \"topic\": \"t\", \"position\": "
        + "\"supports\", \"statement\": \"S.\", \"date\": \"2025\", \"sources\": [{\"source\": \"src\"}]}],"
        + " \"topics\": [{\"id\": \"t\", \"name\": \"T\"}], \"sources\": [{\"id\": \"src\", \"title\": "
        + "\"Src\", \"kind\": \"news\"}]}\n");
    Cli r = Cli.run("rename", "actor", "cn", "china", "--", f.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("and 1 reference to it in " + f)
        .contains("was not in canonical form");
    assertThat(Files.readString(f)).contains("\"china\"").doesNotContain("\"cn\"");
    assertThat(Cli.run("validate", "--strict", "--", f.toString()).exit()).isZero();
  }
}
