package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code policyset new TYPE} on a copy of the bundled dataset: the record lands in the file that
 * holds its type, in canonical form, every other file and record unchanged; a taken id, an unknown
 * reference, a quote not in its source, a missing required option or a bad value write nothing.
 */
class NewRecordCommandTest {

  @TempDir
  Path dir;

  Path data;

  /**
   * The bundled dataset as released with schema version 1 (a snapshot in the test resources): the
   * version 1 behaviour of the edit commands is tested on it; the bundled dataset itself is now
   * version 2, on which {@code NewVersion2Test}-style tests of p16 run.
   */
  static final Path BUNDLED = Path.of("src", "test", "resources", "bundled-v1");

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  static Map<String, byte[]> snapshot(Path folder) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    try (Stream<Path> s = Files.walk(folder)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @BeforeEach
  void copy() throws IOException {
    data = dir.resolve("data");
    copyTree(BUNDLED, data);
  }

  private static final String[] STANCE = {"new", "stance", "--id", "cn-test-stance", "--holder", "cn",
      "--topic", "gaza-ceasefire", "--position", "calls-for", "--statement", "China calls for it.",
      "--date", "2025-09", "--source", "seed-commentary", "--quote",
      "continue to work with the international community", "--locator", "para. 4"};

  private Cli run(String[] args, String... more) {
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Cli.run(all);
  }

  @Test
  void aNewStanceGoesIntoStancesJsonCanonicallyAndLeavesEverythingElseAsItWas() throws Exception {
    Map<String, byte[]> before = snapshot(data);
    Cli added = run(STANCE, "--", data.toString());
    assertThat(added.exit()).as(added.out() + added.err()).isZero();
    assertThat(added.out()).contains("added stance 'cn-test-stance' to " + data.resolve("stances.json"));
    Map<String, byte[]> after = snapshot(data);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (String f : before.keySet()) {
      if (!f.equals("stances.json")) {
        assertThat(after.get(f)).as(f).isEqualTo(before.get(f));
      }
    }
    assertThat(Cli.run("format", "--check", "--", data.toString()).exit()).isZero();
    Cli validate = Cli.run("validate", "--strict", "--", data.toString());
    assertThat(validate.exit()).as(validate.out()).isZero();
    Cli diff = Cli.run("diff", "--", BUNDLED.toString(), data.toString());
    assertThat(diff.out()).isEqualTo("+ stance:cn-test-stance   China calls for it.\n1 added, 0 removed, 0 changed\n");
    assertThat(Files.readString(data.resolve("stances.json"))).contains("""
            {
              "id": "cn-test-stance",
              "holders": [
                "cn"
              ],
              "topic": "gaza-ceasefire",
              "position": "calls-for",
              "statement": "China calls for it.",
              "date": "2025-09",
              "sources": [
                {
                  "source": "seed-commentary",
                  "quote": "continue to work with the international community",
                  "locator": "para. 4"
                }
              ]
            }""".indent(4).stripTrailing());
  }

  @Test
  void everyTypeGoesToTheFileHoldingItsTypeAndPassesFormatCheckAndValidate() throws Exception {
    String[][] commands = {
        {"new", "actor", "--id", "za", "--name", "South Africa", "--kind", "state",
            "--member-of", "global-south"},
        {"new", "topic", "--id", "sudan-war", "--name", "War in Sudan", "--parent", "common-security-challenges"},
        {"new", "source", "--id", "a-report", "--title", "A report", "--kind", "news",
            "--published", "2025-10-01", "--url", "https://example.org/report"},
        {"new", "principle", "--id", "sovereign-equality", "--name", "Sovereign equality",
            "--source", "seed-commentary"},
        {"new", "event", "--id", "sudan-talks-2025", "--title", "Talks on Sudan", "--date", "2025",
            "--type", "meeting", "--participant", "za:host", "--topic", "sudan-war",
            "--source", "a-report"},
    };
    String[] files = {"actors.json", "topics.json", "sources.json", "principles.json", "events.json"};
    for (int i = 0; i < commands.length; i++) {
      Map<String, byte[]> before = snapshot(data);
      Cli r = run(commands[i], "--", data.toString());
      assertThat(r.exit()).as(String.join(" ", commands[i]) + ": " + r.out() + r.err()).isZero();
      Map<String, byte[]> after = snapshot(data);
      for (String f : before.keySet()) {
        if (!f.equals(files[i])) {
          assertThat(after.get(f)).as(commands[i][1] + " changed only " + files[i] + ", not " + f)
              .isEqualTo(before.get(f));
        } else {
          assertThat(after.get(f)).as(commands[i][1] + " changed " + f).isNotEqualTo(before.get(f));
        }
      }
      assertThat(Cli.run("format", "--check", "--", data.toString()).exit()).isZero();
      Cli validate = Cli.run("validate", "--", data.toString());
      assertThat(validate.exit()).as(validate.out()).isZero();
    }
    Cli diff = Cli.run("diff", "--", BUNDLED.toString(), data.toString());
    assertThat(diff.out()).endsWith("5 added, 0 removed, 0 changed\n");
  }

  @Test
  void aTakenIdIsExitOneAtTheRecordThatHasItAndWritesNothing() throws Exception {
    Map<String, byte[]> before = snapshot(data);
    Cli r = Cli.run("new", "topic", "--id", "gaza-ceasefire", "--name", "Again", "--", data.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).containsPattern("topics\\.json:\\d+:\\d+: error PS301 topic 'gaza-ceasefire' "
        + "already exists").contains("nothing written");
    assertThat(snapshot(data)).usingRecursiveComparison().isEqualTo(before);
  }

  @Test
  void anUnknownHolderIsExitOneWithDidYouMeanAndWritesNothing() throws Exception {
    Map<String, byte[]> before = snapshot(data);
    String[] args = STANCE.clone();
    args[5] = "chna";
    Cli r = run(args, "--", data.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("error PS302 stance 'cn-test-stance' refers to unknown actor 'chna'")
        .contains("did you mean 'cn'?");
    assertThat(snapshot(data)).usingRecursiveComparison().isEqualTo(before);
  }

  @Test
  void aQuoteThatIsNotInTheSourceTextIsExitOneAndWritesNothing() throws Exception {
    Map<String, byte[]> before = snapshot(data);
    String[] args = STANCE.clone();
    args[17] = "words the commentary never wrote";
    Cli r = run(args, "--", data.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("PS402");
    assertThat(snapshot(data)).usingRecursiveComparison().isEqualTo(before);
  }

  @Test
  void missingRequiredOptionsAreAUsageErrorNamingEachAndBadValuesListTheAllowedOnes() throws Exception {
    Map<String, byte[]> before = snapshot(data);
    Cli missing = Cli.run("new", "stance", "--id", "x", "--holder", "cn", "--", data.toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot make the stance: --date is required; --position is "
        + "required; --source is required; --statement is required; --topic is required");
    Cli position = Cli.run("new", "stance", "--position", "suports", "--", data.toString());
    assertThat(position.exit()).isEqualTo(2);
    assertThat(position.err()).contains("'suports' is not one of supports, opposes, welcomes");
    Cli kind = Cli.run("new", "actor", "--id", "x", "--name", "X", "--kind", "country", "--", data.toString());
    assertThat(kind.exit()).isEqualTo(2);
    assertThat(kind.err()).contains("'country' is not one of state, international-organization");
    Cli role = Cli.run("new", "event", "--participant", "cn", "--", data.toString());
    assertThat(role.exit()).isEqualTo(2);
    assertThat(role.err()).contains("'cn' is not ACTOR:ROLE");
    Cli quoteAlone = Cli.run("new", "principle", "--id", "p", "--name", "P", "--quote", "q", "--",
        data.toString());
    assertThat(quoteAlone.exit()).isEqualTo(2);
    assertThat(quoteAlone.err()).contains("give its --source too");
    Cli badId = Cli.run("new", "topic", "--id", "Not A Slug", "--name", "T", "--", data.toString());
    assertThat(badId.exit()).isEqualTo(2);
    assertThat(badId.err()).contains("--id must match");
    Cli noType = Cli.run("new", "--", data.toString());
    assertThat(noType.exit()).isEqualTo(2);
    assertThat(snapshot(data)).usingRecursiveComparison().isEqualTo(before);
  }

  @Test
  void printChecksAndPrintsTheRecordAndWritesNothing() throws Exception {
    Map<String, byte[]> before = snapshot(data);
    Cli r = Cli.run("new", "topic", "--id", "sudan-war", "--name", "War in Sudan", "--print", "--",
        data.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("{\n  \"id\": \"sudan-war\",\n  \"name\": \"War in Sudan\"\n}\n");
    assertThat(snapshot(data)).usingRecursiveComparison().isEqualTo(before);
    Cli taken = Cli.run("new", "topic", "--id", "gaza-ceasefire", "--name", "G", "--print", "--",
        data.toString());
    assertThat(taken.exit()).isEqualTo(1);
  }

  @Test
  void aTypeNoFileHoldsGetsItsOwnFileAndTwoFilesHoldingItAskForFile() throws Exception {
    Path d = dir.resolve("small");
    Files.createDirectories(d);
    Files.writeString(d.resolve("a.json"), "{\"topics\": [{\"id\": \"t\", \"name\": \"T\"}]}\n");
    Files.writeString(d.resolve("b.json"), "{\"topics\": [{\"id\": \"u\", \"name\": \"U\"}]}\n");
    Cli created = Cli.run("new", "actor", "--id", "cn", "--name", "China", "--kind", "state", "--",
        d.toString());
    assertThat(created.exit()).as(created.out() + created.err()).isZero();
    assertThat(Files.readString(d.resolve("actors.json"))).isEqualTo("{\n  \"actors\": [\n    {\n"
        + "      \"id\": \"cn\",\n      \"name\": \"China\",\n      \"kind\": \"state\"\n    }\n  ]\n}\n");
    Cli ambiguous = Cli.run("new", "topic", "--id", "v", "--name", "V", "--", d.toString());
    assertThat(ambiguous.exit()).isEqualTo(2);
    assertThat(ambiguous.err()).contains("2 files of " + d + " hold topics").contains("choose one with --file");
    Cli chosen = Cli.run("new", "topic", "--id", "v", "--name", "V", "--file",
        d.resolve("b.json").toString(), "--", d.toString());
    assertThat(chosen.exit()).isZero();
    // b.json was not canonical: it is now, and the command says so.
    assertThat(chosen.out()).contains("was not in canonical form");
    assertThat(Files.readString(d.resolve("a.json"))).isEqualTo("{\"topics\": [{\"id\": \"t\", \"name\": \"T\"}]}\n");
    assertThat(Cli.run("format", "--check", "--", d.resolve("b.json").toString()).exit()).isZero();
    Cli outside = Cli.run("new", "topic", "--id", "w", "--name", "W", "--file",
        dir.resolve("elsewhere.json").toString(), "--", d.toString());
    assertThat(outside.exit()).isEqualTo(2);
    assertThat(outside.err()).contains("neither a file of the dataset");
  }

  @Test
  void aJsonLinesDatasetGetsACanonicalLine() throws Exception {
    Path f = dir.resolve("data.jsonl");
    Files.writeString(f, "{\"$type\":\"topic\",\"id\":\"t\",\"name\":\"T\"}\n");
    Cli print = Cli.run("new", "topic", "--id", "a", "--name", "A", "--parent", "t", "--print", "--",
        f.toString());
    assertThat(print.out()).isEqualTo("{\"$type\":\"topic\",\"id\":\"a\",\"name\":\"A\",\"parent\":\"t\"}\n");
    Cli r = Cli.run("new", "topic", "--id", "a", "--name", "A", "--parent", "t", "--", f.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(Files.readString(f)).isEqualTo("{\"$type\":\"topic\",\"id\":\"a\",\"name\":\"A\","
        + "\"parent\":\"t\"}\n{\"$type\":\"topic\",\"id\":\"t\",\"name\":\"T\"}\n");
    assertThat(Cli.run("format", "--check", "--", f.toString()).exit()).isZero();
  }

  @Test
  void aDatasetWithErrorsIsRefused() throws Exception {
    Files.writeString(data.resolve("topics.json"), "{\"topics\": [{\"id\": \"t\", \"nmae\": \"T\"}]}\n");
    Map<String, byte[]> before = snapshot(data);
    Cli r = Cli.run("new", "topic", "--id", "u", "--name", "U", "--", data.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("topics.json:1:25: error PS203 unknown property 'nmae'")
        .contains("nothing written");
    assertThat(snapshot(data)).usingRecursiveComparison().isEqualTo(before);
    assertThat(List.of(Cli.run("new", "topic", "--id", "u", "--name", "U", "--",
        dir.resolve("missing").toString()).exit())).containsExactly(3);
  }
}
