package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Stance;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.write.CanonicalJson;

/**
 * {@code merge} and {@code merge-driver} on schema version 2 data (the fixture
 * {@code core/src/test/resources/v2/fixture}): the new fields merge like the old, the merged
 * manifest keeps version 2, and a version 1 and a version 2 dataset together are refused with a
 * located PS213 (exit 1, nothing written).
 */
class SchemaVersion2MergeTest {

  static final Path V2 = Path.of("../core/src/test/resources/v2/fixture");

  @TempDir Path dir;

  static Dataset read(Path p) {
    DatasetReader.Result r = DatasetReader.create().load(List.of(p));
    assertThat(r.errors()).isEmpty();
    return r.dataset();
  }

  /** Copies the fixture folder, {@code texts} included, to {@code to}. */
  static Path copy(Path to) throws IOException {
    try (Stream<Path> files = Files.walk(V2)) {
      for (Path f : files.sorted().toList()) {
        Path target = to.resolve(V2.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return to;
  }

  @Test
  void twoHalvesOfAVersion2DatasetMergeIntoTheWholeAtVersion2() throws Exception {
    Path a = copy(dir.resolve("a"));
    Path b = copy(dir.resolve("b"));
    Files.delete(a.resolve("stances.json"));
    Files.delete(b.resolve("events.json"));
    Files.delete(b.resolve("topics.json"));
    Path out = dir.resolve("out");
    Cli r = Cli.run("merge", "-o", out.toString(), "--", a.toString(), b.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"schemaVersion\": \"2\"");
    Dataset merged = read(out);
    assertThat(merged.records().toList()).containsExactlyInAnyOrderElementsOf(read(V2).records().toList());
    assertThat(Cli.run("validate", "--", out.toString()).out()).contains("no errors");
  }

  @Test
  void differentValuesOfANewFieldAreAConflictNamingTheField() throws Exception {
    Path a = copy(dir.resolve("a"));
    Path b = copy(dir.resolve("b"));
    Path stances = b.resolve("stances.json");
    Files.writeString(stances, Files.readString(stances).replace("\"attested\": \"2025-03?\"",
        "\"attested\": \"[2025-03-01..2025-03-31]\""));
    Path out = dir.resolve("out");
    Cli r = Cli.run("merge", "-o", out.toString(), "--", a.toString(), b.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("conflict: stance:vd-open-lanes").contains("field 'attested'")
        .contains("\"2025-03?\"").contains("\"[2025-03-01..2025-03-31]\"");
    assertThat(out).doesNotExist();
  }

  @Test
  void aVersion1AndAVersion2DatasetAreRefusedAtTheManifest() throws Exception {
    Path v2 = copy(dir.resolve("v2"));
    Path out = dir.resolve("out");
    Cli r = Cli.run("merge", "-o", out.toString(), "--", Fixture.PATH, v2.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains(v2.resolve("manifest.json") + ":2:")
        .contains("PS213")
        .contains(v2 + " is schema version 2, but " + Fixture.PATH + " is version 1")
        .contains("migrate " + Fixture.PATH + " to version 2 first");
    assertThat(out).doesNotExist();
  }

  @Test
  void aFileWithoutManifestJoinsAVersion2DatasetOnlyIfItsRecordsFit() throws Exception {
    Path v2 = copy(dir.resolve("v2"));
    Path actors = dir.resolve("more-actors.json");
    Files.writeString(actors, "{\"actors\": [{\"id\": \"zr\", \"name\": \"Zerland\", \"kind\": \"state\"}]}\n");
    Path out = dir.resolve("out.json");
    assertThat(Cli.run("merge", "-o", out.toString(), "--", v2.toString(), actors.toString()).exit()).isZero();
    assertThat(read(out).manifest().schemaVersion()).isEqualTo("2");

    Path stances = dir.resolve("v1-stances.json");
    Files.writeString(stances, "{\"stances\": [{\"id\": \"zr-lanes\", \"holders\": [\"zr\"],"
        + " \"topic\": \"shipping-lanes\", \"position\": \"supports\", \"statement\": \"Zerland supports open lanes.\","
        + " \"date\": \"2024\", \"sources\": [{\"source\": \"src-ministry\"}]}]}\n");
    Path out2 = dir.resolve("out2.json");
    Cli r = Cli.run("merge", "-o", out2.toString(), "--", v2.toString(), stances.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains(stances + ":1:")
        .contains("has no manifest and its stance 'zr-lanes' is not schema version 2")
        .contains("date: not in schema version 2");
    assertThat(out2).doesNotExist();
  }

  /** The fixture as one document, its manifest first, with {@code edit} applied to its text. */
  private Path single(String name, java.util.function.UnaryOperator<String> edit) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, edit.apply(CanonicalJson.document(read(V2))));
    return p;
  }

  @Test
  void theMergeDriverMergesChangesOfNewFieldsFromBothSides() throws Exception {
    Path base = single("base.json", s -> s);
    Path ours = single("ours.json", s -> s.replace("\"strength\": \"conditional\"", "\"strength\": \"hedged\""));
    Path theirs = single("theirs.json", s -> s.replace("\"scope\": \"unspecified\"", "\"scope\": \"all\""));
    Cli r = Cli.run("merge-driver", "--", base.toString(), ours.toString(), theirs.toString(), "data.json");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    Dataset merged = read(ours);
    assertThat(merged.manifest().schemaVersion()).isEqualTo("2");
    Stance s = merged.find(Stance.class, "south-conditional-patrols").orElseThrow();
    assertThat(s.strength()).hasToString("hedged");
    assertThat(s.holderScopes().get(0).scope()).hasToString("all");
  }

  @Test
  void theMergeDriverReadsAFolderFileAsItsManifestSays() throws Exception {
    // git runs the driver in the work tree's top folder and passes the file's path there (%P).
    Path repo = Path.of("target", "v2-merge-driver-" + UUID.randomUUID());
    try {
      copy(repo);
      Path base = dir.resolve("base");
      Files.copy(repo.resolve("stances.json"), base);
      Path ours = dir.resolve("ours");
      Files.writeString(ours, Files.readString(base).replace("\"attribution\": \"prediction\"",
          "\"attribution\": \"analysis\""));
      Path theirs = dir.resolve("theirs");
      Files.writeString(theirs, Files.readString(base).replace("\"targets\": [\"om\"]",
          "\"targets\": [\"om\", \"southern-states\"]"));
      Cli r = Cli.run("merge-driver", "--", base.toString(), ours.toString(), theirs.toString(),
          repo.resolve("stances.json").toString());
      assertThat(r.exit()).as(r.out() + r.err()).isZero();
      assertThat(Files.readString(ours)).contains("\"attribution\": \"analysis\"")
          .contains("\"om\",").contains("\"southern-states\"");
    } finally {
      try (Stream<Path> files = Files.walk(repo)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }

  @Test
  void theMergeDriverRefusesSidesOfTwoVersionsAndLeavesOursAlone() throws Exception {
    Path base = single("base.json", s -> s);
    Path ours = single("ours.json", s -> s.replace("\"strength\": \"conditional\"", "\"strength\": \"hedged\""));
    String before = Files.readString(ours);
    Path theirs = dir.resolve("theirs.json");
    Files.writeString(theirs, CanonicalJson.document(Fixture.dataset()));
    Cli r = Cli.run("merge-driver", "--", base.toString(), ours.toString(), theirs.toString(), "data.json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out() + r.err()).contains("data.json (theirs):")
        .contains("PS213").contains("data.json (theirs) is schema version 1, but data.json (ours) is version 2");
    assertThat(Files.readString(ours)).isEqualTo(before);
  }
}
