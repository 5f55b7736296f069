package org.policyset.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.Fixtures;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Layer;
import org.policyset.core.io.InputFormat;
import org.policyset.core.model.Attribution;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.EdtfDate;
import org.policyset.core.model.EdtfInterval;
import org.policyset.core.model.HolderScope;
import org.policyset.core.model.MemberScope;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.SchemaVersions;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Strength;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.validation.Suppressions;
import org.policyset.core.validation.ValidationReport;

/**
 * The mapping of docs/model.md §5.3 and what makes it lossless: every version 1 fixture reads back
 * equal after version 2 and back, and gives the same findings after {@code migrate} as before.
 */
class MigrationTest {

  @TempDir
  Path work;

  private static Stance v1(String date, String until) {
    return Stance.builder().id("cn-ceasefire").holders("cn", "global-south").topic("gaza-ceasefire")
        .position(Position.CALLS_FOR).statement("China calls for a ceasefire.")
        .date(PartialDate.parse(date)).until(until == null ? null : PartialDate.parse(until))
        .respondsTo("summit").principles("solidarity").supersedes("older")
        .sources(List.of(new Citation("b", "q1", "p. 1"), new Citation("a", "q2", null),
            new Citation("b", "q3", "p. 2")))
        .build();
  }

  @Test
  void aStanceBecomesReportedByItsCitedSourcesWithItsDatesAsAttestedAndInEffect() {
    Stance s = Migration.toVersion2(v1("2023-11", "2025"));
    assertThat(s.attribution()).isEqualTo(Attribution.REPORTED);
    assertThat(s.reportedBy()).containsExactly("b", "a");
    assertThat(s.attested()).hasToString("2023-11");
    assertThat(s.inEffect()).hasToString("2023-11/2025");
    assertThat(s.date()).isNull();
    assertThat(s.until()).isNull();
    assertThat(s.holders()).containsExactly("cn", "global-south");
    assertThat(s.holderScopes()).isEmpty();
    assertThat(SchemaVersions.fits(s, 2)).isTrue();
    assertThat(Migration.toVersion2(v1("2023", null)).inEffect()).hasToString("2023/..");
    assertThat(Migration.toVersion1(s, new ArrayList<>())).isEqualTo(v1("2023-11", "2025"));
  }

  @Test
  void theManifestDeclaresVersion2AndNothingElseChanges() {
    var m = new org.policyset.core.model.Manifest("d", "D", "1.0.0", "CC0-1.0", "1", "About.");
    assertThat(Migration.toVersion2(m))
        .isEqualTo(new org.policyset.core.model.Manifest("d", "D", "1.0.0", "CC0-1.0", "2", "About."));
  }

  @Test
  void goingBackNamesEveryRecordAndFieldVersion1CannotSay() {
    Stance ok = Migration.toVersion2(v1("2023", null));
    Stance scoped = ok.toBuilder().id("scoped").holderScopes(new HolderScope("global-south", MemberScope.SOME))
        .strength(Strength.EMPHATIC).build();
    Stance analysis = ok.toBuilder().id("analysis").attribution(Attribution.ANALYSIS).reportedBy(List.of()).build();
    Stance uncertain = ok.toBuilder().id("uncertain").attested(EdtfDate.parse("2023?"))
        .inEffect(EdtfInterval.parse("2023?/..")).build();
    Stance since = ok.toBuilder().id("since").inEffect(EdtfInterval.parse("/..")).build();
    Migration.Reversal r = Migration.toVersion1(Dataset.of(null, List.of(ok, scoped, analysis, uncertain, since)));
    assertThat(r.dataset()).isNull();
    assertThat(r.problems()).containsExactly(
        "stance 'scoped': holderScopes: not in schema version 1",
        "stance 'scoped': strength: not in schema version 1",
        "stance 'analysis': attribution: 'analysis'; version 1 stances are those reported by the sources they cite",
        "stance 'uncertain': attested: '2023?' is not a version 1 date (YYYY, YYYY-MM or YYYY-MM-DD)",
        "stance 'since': inEffect: '/..' does not start on the attested date '2023'");
    assertThat(Migration.toVersion1(Dataset.of(null, List.of(ok))).dataset().stances())
        .containsExactly(v1("2023", null));
  }

  /** The fixtures of version 1 (and of versions this release does not read): the rules of version 2 have their own. */
  private static Stream<Path> version1Fixtures() throws Exception {
    return Fixtures.folders().stream()
        .filter(f -> DatasetReader.schemaVersion(List.of(f)) != org.policyset.core.model.SchemaVersions.V2);
  }

  /** Reads a fixture (JSON documents and JSON Lines); null when it has read errors. */
  private static DatasetReader.Result read(Path folder) {
    return DatasetReader.create().load(List.of(folder));
  }

  @TestFactory
  Stream<DynamicTest> everyVersion1FixtureRoundTripsThroughVersion2() throws Exception {
    return version1Fixtures().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      Path copy = work.resolve("rt-" + f.getFileName());
      Fixtures.copyDataset(f, copy);
      DatasetReader.Result r = read(copy);
      if (r.hasErrors() || r.dataset().manifest() == null) {
        return;   // not migrated: see everyVersion1FixtureGivesTheSameFindingsAfterMigrate
      }
      Dataset v1 = r.dataset();
      String v2Text = CanonicalJson.document(Migration.toVersion2(v1));
      DatasetReader.Result back = DatasetReader.create().loadString("migrated.json", v2Text, InputFormat.JSON);
      assertThat(back.findings()).as("the migrated text reads as version 2").isEmpty();
      Migration.Reversal reversal = Migration.toVersion1(back.dataset());
      assertThat(reversal.problems()).isEmpty();
      assertThat(CanonicalJson.document(reversal.dataset())).isEqualTo(CanonicalJson.document(v1));
      assertThat(CanonicalJson.document(back.dataset())).as("canonical: migrating twice changes nothing")
          .isEqualTo(v2Text);
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyVersion1FixtureGivesTheSameFindingsAfterMigrate() throws Exception {
    return version1Fixtures().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      Path copy = work.resolve(f.getFileName().toString());
      Fixtures.copyDataset(f, copy);
      List<String> before = findings(copy);
      DatasetReader.Result v1 = read(copy);
      DatasetMigrator.Outcome o = new DatasetMigrator(DatasetReader.create()).migrate(copy, 2, false);
      if (v1.hasErrors()) {
        // Refused, reporting exactly the read errors, and nothing written.
        assertThat(o.status()).isEqualTo(DatasetMigrator.Status.REFUSED);
        assertThat(o.findings()).extracting(Finding::rule).isNotEmpty()
            .allMatch(rule -> rule.layer() != Layer.INTEGRITY && rule.layer() != Layer.PROVENANCE);
        assertThat(findings(copy)).isEqualTo(before);
        return;
      }
      if (v1.dataset().manifest() == null) {
        assertThat(o.status()).isEqualTo(DatasetMigrator.Status.REFUSED);
        assertThat(o.problems()).singleElement().asString().contains("has no manifest");
        return;
      }
      assertThat(o.status()).as("%s", o).isEqualTo(DatasetMigrator.Status.MIGRATED);
      assertThat(read(copy).dataset().manifest().schemaVersion()).isEqualTo("2");
      assertThat(findings(copy)).isEqualTo(before);
      byte[][] once = contents(copy);
      DatasetMigrator.Outcome again = new DatasetMigrator(DatasetReader.create()).migrate(copy, 2, false);
      assertThat(again.status()).as("%s", again).isEqualTo(DatasetMigrator.Status.ALREADY);
      assertThat(contents(copy)).as("migrating twice changes nothing").isDeepEqualTo(once);
    }));
  }

  /** Code, file and record of every finding, sorted: lines move when fields are added. */
  private static List<String> findings(Path copy) throws IOException {
    Path suppressions = copy.resolve(Suppressions.DEFAULT_FILE_NAME);
    ValidationReport report = DatasetValidator.create()
        .withSuppressions(Files.exists(suppressions) ? Suppressions.read(suppressions) : Suppressions.none())
        .validate(List.of(copy));
    List<String> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      String file = f.location().file().equals(copy.toString()) ? "."
          : copy.relativize(Path.of(f.location().file())).toString();
      out.add(f.rule().code() + " " + file + " " + f.record());
    }
    out.sort(null);
    return out;
  }

  private static byte[][] contents(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
      byte[][] out = new byte[files.size()][];
      for (int i = 0; i < files.size(); i++) {
        out[i] = (files.get(i) + "\n" + new String(Files.readAllBytes(files.get(i)), StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8);
      }
      return out;
    }
  }
}
