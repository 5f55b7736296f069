package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} and {@code format} on schema version 2 data: the new fields show as field changes,
 * a version 1 dataset and its migration compare field by field, and the canonical form of version
 * 2 records is stable.
 */
class SchemaVersion2DiffFormatTest {

  @TempDir Path dir;

  @Test
  void changesOfTheNewFieldsShowAsReadableFieldChanges() throws Exception {
    Path old = SchemaVersion2MergeTest.copy(dir.resolve("old"));
    Path now = SchemaVersion2MergeTest.copy(dir.resolve("new"));
    Path stances = now.resolve("stances.json");
    Files.writeString(stances, Files.readString(stances)
        .replace("\"attribution\": \"prediction\"", "\"attribution\": \"analysis\"")
        .replace("\"attested\": \"2025-03?\", \"inEffect\": \"/..\"", "\"attested\": \"2025-03\", \"inEffect\": \"2024/..\"")
        .replace("\"scope\": \"some\"", "\"scope\": \"all\""));
    Path events = now.resolve("events.json");
    Files.writeString(events, Files.readString(events).replace("\"kind\": \"invokes\"", "\"kind\": \"responds-to\""));
    Cli r = Cli.run("diff", "--", old.toString(), now.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("""
        ~ event:coastal-summit-2025
            relations: [ { "event": "tidewater-declaration", "kind": [-"invokes",-]{+"responds-to",+} "sources": [""")
        .contains("""
        ~ stance:author-accord-will-hold
            attribution: "prediction" -> "analysis"
        """)
        .contains("""
        ~ stance:vd-open-lanes
            attested: "2025-03?" -> "2025-03"
            inEffect: "/.." -> "2024/.."
        """)
        .contains("""
        ~ stance:vd-south-welcome-accord
            holderScopes: [ { "actor": "southern-states", "scope": "some" } ] -> [ { "actor": "southern-states", "scope": "all" } ]
        """)
        .contains("0 added, 0 removed, 4 changed");
    Cli md = Cli.run("diff", "--format", "markdown", "--", old.toString(), now.toString());
    assertThat(md.out()).contains("| attribution | `\"prediction\"` | `\"analysis\"` |");
  }

  @Test
  void diffRevReadsTheCommittedFilesOfAVersion2Folder() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("git", "--version").start().waitFor() == 0, "git is not installed");
    Path data = SchemaVersion2MergeTest.copy(dir.resolve("data"));
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "first");
    Path stances = data.resolve("stances.json");
    Files.writeString(stances, Files.readString(stances).replace("\"strength\": \"conditional\"", "\"strength\": \"hedged\""));
    Cli r = Cli.run("diff", "--rev", "HEAD", "--", data.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).isEqualTo("""
        ~ stance:south-conditional-patrols
            strength: "conditional" -> "hedged"
        0 added, 0 removed, 1 changed
        """);
  }

  private void git(String... args) throws Exception {
    java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("git", "-c", "user.name=Test",
        "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
    cmd.addAll(java.util.List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
  }

  @Test
  void aVersion1DatasetAndItsMigrationCompareFieldByField() throws Exception {
    String records = "\"actors\": [{\"id\": \"vd\", \"name\": \"Veldoria\", \"kind\": \"state\"}],"
        + " \"topics\": [{\"id\": \"lanes\", \"name\": \"Lanes\"}],"
        + " \"sources\": [{\"id\": \"src\", \"title\": \"Source\", \"kind\": \"news\"}], \"stances\": [";
    String manifest = "{\"manifest\": {\"id\": \"d\", \"title\": \"D\", \"version\": \"1.0.0\", \"license\": \"CC0-1.0\","
        + " \"schemaVersion\": \"%s\"}, ";
    Path v1 = dir.resolve("v1.json");
    Files.writeString(v1, manifest.formatted("1") + records + "{\"id\": \"s\", \"holders\": [\"vd\"], \"topic\": \"lanes\","
        + " \"position\": \"supports\", \"statement\": \"Veldoria supports open lanes.\", \"date\": \"2023\","
        + " \"sources\": [{\"source\": \"src\"}]}]}");
    Path v2 = dir.resolve("v2.json");
    Files.writeString(v2, manifest.formatted("2") + records + "{\"id\": \"s\", \"holders\": [\"vd\"], \"topic\": \"lanes\","
        + " \"position\": \"supports\", \"statement\": \"Veldoria supports open lanes.\", \"attribution\": \"reported\","
        + " \"reportedBy\": [\"src\"], \"attested\": \"2023\", \"inEffect\": \"2023/..\", \"sources\": [{\"source\": \"src\"}]}]}");
    Cli r = Cli.run("diff", "--exit-code", "--", v1.toString(), v2.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("""
        ~ manifest
            schemaVersion: "1" -> "2"
        ~ stance:s
            date: "2023" -> (absent)
            attribution: (absent) -> "reported"
            reportedBy: (absent) -> [ "src" ]
            attested: (absent) -> "2023"
            inEffect: (absent) -> "2023/.."
        0 added, 0 removed, 2 changed
        """);
  }

  @Test
  void formatWritesVersion2RecordsInComponentOrderAndIsIdempotent() throws Exception {
    Path data = SchemaVersion2MergeTest.copy(dir.resolve("data"));
    Cli formatted = Cli.run("format", "--", data.toString());
    assertThat(formatted.exit()).as(formatted.out() + formatted.err()).isZero();
    String stances = Files.readString(data.resolve("stances.json"));
    assertInOrder(segment(stances, "vd-open-lanes", "vd-rejects-blockade"), "\"id\"", "\"holders\"",
        "\"topic\"", "\"position\"", "\"strength\"", "\"statement\"", "\"attribution\"", "\"reportedBy\"",
        "\"attested\"", "\"inEffect\"", "\"expressedAt\"", "\"sources\"");
    assertInOrder(segment(stances, "vd-rejects-blockade", "vd-south-welcome-accord"), "\"voicedBy\"",
        "\"attested\"", "\"inEffect\"", "\"expressedAt\"", "\"targets\"", "\"principles\"", "\"sources\"");
    assertInOrder(segment(stances, "vd-south-welcome-accord", null), "\"holders\"", "\"holderScopes\"",
        "\"topic\"");
    assertThat(Cli.run("format", "--check", "--", data.toString()).exit()).isZero();
    byte[] once = Files.readAllBytes(data.resolve("stances.json"));
    assertThat(Cli.run("format", "--", data.toString()).exit()).isZero();
    assertThat(Files.readAllBytes(data.resolve("stances.json"))).isEqualTo(once);
    assertThat(SchemaVersion2MergeTest.read(data).records().toList())
        .containsExactlyInAnyOrderElementsOf(SchemaVersion2MergeTest.read(SchemaVersion2MergeTest.V2).records().toList());
  }

  /** The text of the record with id {@code id}, up to the record with id {@code next}. */
  private static String segment(String text, String id, @org.jspecify.annotations.Nullable String next) {
    int from = text.indexOf("\"id\": \"" + id + "\"");
    assertThat(from).isNotNegative();
    return next == null ? text.substring(from) : text.substring(from, text.indexOf("\"id\": \"" + next + "\""));
  }

  private static void assertInOrder(String text, String... keys) {
    int at = -1;
    for (String key : keys) {
      int next = text.indexOf(key);
      assertThat(next).as(key + " after the key before it in:%n%s", text).isGreaterThan(at);
      at = next;
    }
  }
}
