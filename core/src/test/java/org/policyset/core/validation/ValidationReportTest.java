package org.policyset.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.model.RecordType;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.diagnostic.Severity;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.RuleDocumentation;
import org.policyset.core.diagnostic.Layer;

/**
 * What a validation report tells a user beyond its findings' texts: counts per type and severity,
 * the order findings come in, strictness, duplicate manifests, and which whole-dataset findings are
 * held back when a file could not be read to its end.
 */
class ValidationReportTest {

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, text);
  }

  private static final String VALID = """
      {"manifest": {"id": "d", "title": "Data", "version": "1.0.0", "license": "CC0-1.0", "schemaVersion": "1"},
       "actors": [{"id": "cn", "name": "China", "kind": "state"}, {"id": "eg", "name": "Egypt", "kind": "state", "memberOf": ["cn"]}],
       "topics": [{"id": "peace", "name": "Peace"}],
       "stances": [{"id": "cn-peace", "holders": ["cn"], "topic": "peace", "position": "supports",
                    "statement": "China supports peace.", "date": "2024", "sources": [{"source": "seed"}]}],
       "sources": [{"id": "seed", "title": "Seed", "kind": "commentary"},
                   {"id": "spare", "title": "Spare", "kind": "commentary"}]}
      """;

  @Test
  void countsRecordsPerTypeAndFindingsPerSeverity() throws IOException {
    Path data = write("data.json", VALID);

    ValidationReport report = DatasetValidator.create().validate(List.of(data));

    assertThat(report.records()).isEqualTo(Map.of(RecordType.ACTOR, 2, RecordType.TOPIC, 1,
        RecordType.PRINCIPLE, 0, RecordType.EVENT, 0, RecordType.STANCE, 1, RecordType.SOURCE, 2));
    assertThat(report.recordCount()).isEqualTo(6);
    assertThat(report.manifests()).isEqualTo(1);
    assertThat(report.findings()).extracting(f -> f.rule().code()).containsExactly("PS404");
    assertThat(report.warnings()).isEqualTo(1);
    assertThat(report.errors()).isZero();
    assertThat(report.isValid()).isTrue();
    assertThat(report.hasInputErrors()).isFalse();
  }

  @Test
  void strictTurnsWarningsIntoErrors() throws IOException {
    Path data = write("data.json", VALID);

    ValidationReport report = DatasetValidator.create().strict(true).validate(List.of(data));

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(Rule.UNUSED_SOURCE);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
    assertThat(report.errors()).isEqualTo(1);
    assertThat(report.warnings()).isZero();
    assertThat(report.isValid()).isFalse();
    assertThat(DatasetValidator.create().strict(false).validate(List.of(data)).isValid()).isTrue();
  }

  @Test
  void aMissingInputIsAnInputError() {
    ValidationReport report = DatasetValidator.create().validate(List.of(dir.resolve("nope.json")));

    assertThat(report.hasInputErrors()).isTrue();
    assertThat(report.isValid()).isFalse();
    assertThat(report.recordCount()).isZero();
  }

  @Test
  void findingsComeByFileInTheOrderGivenThenByLineAndColumn() throws IOException {
    Path z = write("z.json", """
        {"topics": [
          {"id": "b", "name": "B", "colour": "red", "size": 1},
          {"id": "a", "name": "A", "shape": "round"}
        ]}""");
    Path a = write("a.json", """
        {"topics": [{"id": "c", "name": "C", "weight": 2}]}""");

    ValidationReport report = DatasetValidator.create().validate(List.of(z, a,
        dir.resolve("missing-2.json"), dir.resolve("missing-1.json")));

    assertThat(report.findings())
        .extracting(f -> f.location().file(), f -> f.location().line(), Finding::pointer)
        .containsExactly(
            tuple(dir.resolve("missing-1.json").toString(), 0, ""),
            tuple(dir.resolve("missing-2.json").toString(), 0, ""),
            tuple(z.toString(), 2, "/topics/0/colour"),
            tuple(z.toString(), 2, "/topics/0/size"),
            tuple(z.toString(), 3, "/topics/1/shape"),
            tuple(a.toString(), 1, "/topics/0/weight"));
  }

  @Test
  void asManyDuplicateManifestFindingsAsExtraManifestsEachPointingAtTheFirst() throws IOException {
    String manifest = "{\"manifest\": {\"id\": \"d\", \"title\": \"Data\", \"version\": \"1.0.0\","
        + " \"license\": \"CC0-1.0\", \"schemaVersion\": \"1\"}}";
    Path one = write("1.json", manifest);
    Path two = write("2.json", manifest);
    Path three = write("3.json", manifest);

    ValidationReport single = DatasetValidator.create().validate(List.of(one));
    ValidationReport triple = DatasetValidator.create().validate(List.of(one, two, three));

    assertThat(single.findings()).isEmpty();
    assertThat(triple.manifests()).isEqualTo(3);
    assertThat(triple.findings()).extracting(f -> f.rule(), f -> f.location().file())
        .containsExactly(tuple(Rule.DUPLICATE_MANIFEST, two.toString()),
            tuple(Rule.DUPLICATE_MANIFEST, three.toString()));
    assertThat(triple.findings()).allSatisfy(f -> {
      assertThat(f.related()).extracting(Location::file).containsExactly(one.toString());
      assertThat(f.message()).isEqualTo("a second manifest; the first stands at " + one + ":1:2");
    });
  }

  @Test
  void unusedSourcesAndSuppressionsAreNotReportedWhenAFileCouldNotBeReadToItsEnd() throws IOException {
    Path sources = write("data/sources.json", """
        {"sources": [{"id": "spare", "title": "Spare", "kind": "commentary"}]}""");
    write("data/broken.json", "{\"topics\": [{\"id\": \"t\", \"name\": \"T\"}");
    Path file = write(Suppressions.DEFAULT_FILE_NAME, """
        {"suppressions": [{"rule": "PS307", "record": "stance:gone", "reason": "was accepted"}]}""");
    Suppressions suppressions = Suppressions.read(file);
    List<Path> inputs = List.of(dir.resolve("data"));

    ValidationReport partial = DatasetValidator.create().withSuppressions(suppressions).validate(inputs);
    ValidationReport all = DatasetValidator.create().withSuppressions(suppressions).reportingAll(true)
        .validate(inputs);

    assertThat(partial.complete()).isFalse();
    assertThat(partial.findings()).extracting(f -> f.rule().code()).containsExactly("PS210", "PS101");
    assertThat(all.findings()).extracting(f -> f.rule().code())
        .contains("PS404", "PS502").doesNotContainNull();
    assertThat(all.findings()).filteredOn(f -> f.rule() == Rule.UNUSED_SOURCE)
        .extracting(f -> f.location().file()).containsExactly(sources.toString());
  }

  @Test
  void anUnusedSuppressionIsAWarningThatNamesItsTargetAndWhereItStands() throws IOException {
    Path data = write("data.json", VALID);
    Path file = write(Suppressions.DEFAULT_FILE_NAME, """
        {"suppressions": [
          {"rule": "PS404", "record": "source:spare", "reason": "cited next release"},
          {"rule": "PS307", "record": "stance:cn-peace", "file": "data.json", "pointer": "/position",
           "reason": "both stand"},
          {"rule": "PS302", "file": "data.json", "reason": "legacy"}
        ]}""");

    ValidationReport report = DatasetValidator.create().withSuppressions(Suppressions.read(file))
        .validate(List.of(data));

    assertThat(report.suppressed()).extracting(s -> s.finding().record()).containsExactly("source:spare");
    assertThat(report.findings()).extracting(f -> f.location().line(), Finding::severity, Finding::message)
        .containsExactly(
            tuple(3, Severity.WARNING,
                "suppression of PS307 on stance:cn-peace in data.json at /position matched no finding"),
            tuple(5, Severity.WARNING, "suppression of PS302 on data.json matched no finding"));
    assertThat(DatasetValidator.create().withSuppressions(Suppressions.read(file))
        .selecting(Set.of(Rule.UNUSED_SOURCE)).validate(List.of(data)).findings()).isEmpty();
  }

  @Test
  void aFindingReadsAsFileLineColumnSeverityCodeMessageAndHint() {
    Finding f = Finding.of(Rule.DANGLING_REFERENCE, new Location("d.json", 3, 7), "no topic 'x'")
        .withHint("did you mean 'y'?");

    assertThat(f).hasToString("d.json:3:7: error PS302 no topic 'x' (did you mean 'y'?)");
    assertThat(f.withHint(null).withSeverity(Severity.WARNING))
        .hasToString("d.json:3:7: warning PS302 no topic 'x'");
    assertThat(new Location("d.json", 3, 0)).hasToString("d.json:3");
    assertThat(new Location("d.json", 1, 1)).hasToString("d.json:1:1");
    assertThat(new Location("d.json", 0, 5)).hasToString("d.json");
    assertThat(Location.ofFile("d.json")).hasToString("d.json");
    assertThat(Severity.WARNING.label()).isEqualTo("warning");
    assertThat(Layer.PROVENANCE.label()).isEqualTo("provenance");
  }

  @Test
  void aRecordPointerDropsOnlyTheSectionAndIndexOfADocument() {
    Finding base = Finding.of(Rule.DANGLING_REFERENCE, new Location("d.json", 3, 7), "m")
        .withRecord("stance:s");

    assertThat(base.withPointer("/stances/12/topic").recordPointer()).isEqualTo("/topic");
    assertThat(base.withPointer("/stances/9/topic").recordPointer()).isEqualTo("/topic");
    assertThat(base.withPointer("/stances/0/sources/1/source").recordPointer()).isEqualTo("/sources/1/source");
    assertThat(base.withPointer("/stances/3").recordPointer()).isEmpty();
    assertThat(base.withPointer("/stances/x/topic").recordPointer()).isEqualTo("/stances/x/topic");
    assertThat(base.withPointer("/stances//topic").recordPointer()).isEqualTo("/stances//topic");
    assertThat(base.withPointer("/stances/1a/topic").recordPointer()).isEqualTo("/stances/1a/topic");
    assertThat(base.withPointer("/stances/:/topic").recordPointer()).isEqualTo("/stances/:/topic");
    assertThat(base.withPointer("/stances/(/topic").recordPointer()).isEqualTo("/stances/(/topic");
    assertThat(base.withPointer("/widgets/3/topic").recordPointer()).isEqualTo("/widgets/3/topic");
    assertThat(base.withPointer("/stances").recordPointer()).isEqualTo("/stances");
    assertThat(base.withPointer("").recordPointer()).isEmpty();
    assertThat(base.withRecord(null).withPointer("/stances/3/topic").recordPointer())
        .isEqualTo("/stances/3/topic");
    Finding lines = Finding.of(Rule.DANGLING_REFERENCE, new Location("d.jsonl", 3, 7), "m")
        .withRecord("stance:s").withPointer("/topic");
    assertThat(lines.recordPointer()).isEqualTo("/topic");
  }

  @Test
  void aFindingOnARecordWithoutAnIdIsFingerprintedByFileAndMessage() {
    Finding unknown = Finding.of(Rule.MISSING_FIELD, new Location("d.json", 3, 7), "stance lacks 'id'")
        .withRecord("stance:?").withPointer("/stances/0");
    Finding moved = Finding.of(Rule.MISSING_FIELD, new Location("d.json", 9, 1), "stance lacks 'id'")
        .withRecord("stance:?").withPointer("/stances/4");
    Finding otherFile = Finding.of(Rule.MISSING_FIELD, new Location("e.json", 3, 7), "stance lacks 'id'")
        .withRecord("stance:?").withPointer("/stances/0");

    assertThat(unknown.fingerprint()).isEqualTo(moved.fingerprint()).isNotEqualTo(otherFile.fingerprint());
    assertThat(Baseline.Entry.of(unknown)).satisfies(e -> {
      assertThat(e.record()).isNull();
      assertThat(e.file()).isEqualTo("d.json");
      assertThat(e.message()).isEqualTo("stance lacks 'id'");
      assertThat(e.pointer()).isEqualTo("/stances/0");
    });
    Finding known = unknown.withRecord("stance:s");
    assertThat(Baseline.Entry.of(known)).satisfies(e -> {
      assertThat(e.record()).isEqualTo("stance:s");
      assertThat(e.file()).isNull();
      assertThat(e.message()).isNull();
      assertThat(e.pointer()).isEmpty();
    });
  }

  @Test
  void aBaselineFileListsItsEntriesSortedWithOnlyTheKeysThatApply() throws IOException {
    Finding byRecord = Finding.of(Rule.DANGLING_REFERENCE, new Location("d.json", 3, 7), "m")
        .withRecord("stance:b").withPointer("/stances/0/topic");
    Finding byRecordA = byRecord.withRecord("stance:a");
    Finding byFile = Finding.of(Rule.TRAILING_CONTENT, new Location("d.json", 9, 1), "content follows");
    Finding input = Finding.of(Rule.UNREADABLE_INPUT, Location.ofFile("x.json"), "cannot read");
    Baseline baseline = Baseline.of(List.of(byRecord, input, byFile, byRecordA));
    Path file = dir.resolve("baseline.json");

    baseline.write(file);

    assertThat(baseline.size()).isEqualTo(3);
    assertThat(baseline.entries()).extracting(Baseline.Entry::rule, Baseline.Entry::record)
        .containsExactly(tuple("PS105", null), tuple("PS302", "stance:a"), tuple("PS302", "stance:b"));
    assertThat(Files.readString(file)).isEqualTo("""
        {
          "baselineVersion" : 1,
          "findings" : [ {
            "rule" : "PS105",
            "file" : "d.json",
            "pointer" : "",
            "message" : "content follows",
            "fingerprint" : "%s"
          }, {
            "rule" : "PS302",
            "record" : "stance:a",
            "pointer" : "/topic",
            "fingerprint" : "%s"
          }, {
            "rule" : "PS302",
            "record" : "stance:b",
            "pointer" : "/topic",
            "fingerprint" : "%s"
          } ]
        }
        """.formatted(byFile.fingerprint(), byRecordA.fingerprint(), byRecord.fingerprint()));
    assertThat(Baseline.read(file).entries()).isEqualTo(baseline.entries());
  }

  @Test
  void aRuleHasASummaryAndExamplesAreJsonWhenTheyStartWithABraceOrBracket() {
    assertThat(Rule.DANGLING_REFERENCE.summary()).isNotBlank().doesNotContain("\n");
    assertThat(RuleDocumentation.isJson("  {\"topics\": []}")).isTrue();
    assertThat(RuleDocumentation.isJson("\n[1]")).isTrue();
    assertThat(RuleDocumentation.isJson("the file ends here")).isFalse();
  }

  @Test
  void findingsAreSortedByFileInReadingOrderThenLineColumnAndRuleCode() {
    List<org.policyset.core.io.InputFile> files = List.of(
        new org.policyset.core.io.InputFile(Path.of("z.json"), "z.json", org.policyset.core.io.InputFormat.JSON),
        new org.policyset.core.io.InputFile(Path.of("a.json"), "a.json", org.policyset.core.io.InputFormat.JSON));
    Finding z57b = Finding.of(Rule.DANGLING_REFERENCE, new Location("z.json", 5, 7), "m");
    Finding z57a = Finding.of(Rule.UNKNOWN_PROPERTY, new Location("z.json", 5, 7), "m");
    Finding z59 = Finding.of(Rule.DUPLICATE_ID, new Location("z.json", 5, 9), "m");
    Finding z510 = Finding.of(Rule.DUPLICATE_ID, new Location("z.json", 5, 10), "m");
    Finding z61 = Finding.of(Rule.DUPLICATE_ID, new Location("z.json", 6, 1), "m");
    Finding a11 = Finding.of(Rule.DUPLICATE_ID, new Location("a.json", 1, 1), "m");
    Finding elsewhere = Finding.of(Rule.UNREADABLE_INPUT, Location.ofFile("missing.json"), "m");
    List<Finding> findings = new java.util.ArrayList<>(List.of(a11, z61, z510, z59, z57b, elsewhere, z57a));

    DatasetValidator.sort(findings, files);

    assertThat(findings).containsExactly(elsewhere, z57a, z57b, z59, z510, z61, a11);
  }

  @Test
  void suppressedAndBaselinedFindingsAreListedInReportOrderToo() throws IOException {
    Path data = write("data.json", """
        {"actors": [{"id": "cn", "name": "China", "kind": "state"}],
         "topics": [{"id": "peace", "name": "Peace"}],
         "sources": [{"id": "seed", "title": "Seed", "kind": "commentary"}],
         "stances": [
          {"id": "a", "holders": ["nobody"], "topic": "peace", "position": "supports", "statement": "S.", "date": "2024", "sources": [{"source": "seed"}]},
          {"id": "b", "holders": ["cn"], "topic": "peace", "position": "supports", "statement": "S.", "date": "2024", "sources": [{"source": "seed"}], "colour": "red"}
         ]}""");
    Path file = write(Suppressions.DEFAULT_FILE_NAME, """
        {"suppressions": [{"rule": "PS203", "file": "data.json", "reason": "r"},
                          {"rule": "PS302", "file": "data.json", "reason": "r"}]}""");

    ValidationReport suppressed = DatasetValidator.create().withSuppressions(Suppressions.read(file))
        .validate(List.of(data));
    ValidationReport plain = DatasetValidator.create().validate(List.of(data));
    Finding dangling = plain.findings().get(0);
    Finding unknown = plain.findings().get(1);
    ValidationReport baselined = plain.applying(Baseline.of(List.of(unknown)))
        .applying(Baseline.of(List.of(dangling)));

    assertThat(suppressed.findings()).isEmpty();
    assertThat(suppressed.suppressed()).extracting(s -> s.finding().rule().code(), s -> s.finding().location().line())
        .containsExactly(tuple("PS302", 5), tuple("PS203", 6));
    assertThat(baselined.findings()).isEmpty();
    assertThat(baselined.baselined()).containsExactly(dangling, unknown);
  }

  @Test
  void baselineEntriesAreSortedByRuleRecordFileAndPointer() {
    Location at = new Location("d.json", 1, 1);
    List<Finding> findings = List.of(
        Finding.of(Rule.DANGLING_REFERENCE, at, "m").withRecord("stance:d").withPointer("/stances/0/topic"),
        Finding.of(Rule.DANGLING_REFERENCE, at, "m").withRecord("stance:b").withPointer("/stances/0/topic"),
        Finding.of(Rule.DANGLING_REFERENCE, at, "m").withRecord("stance:c").withPointer("/stances/0/topic"),
        Finding.of(Rule.DANGLING_REFERENCE, at, "m").withRecord("stance:a").withPointer("/stances/0/topic"),
        Finding.of(Rule.DANGLING_REFERENCE, at, "m").withRecord("stance:a").withPointer("/stances/0/holders/1"),
        Finding.of(Rule.DANGLING_REFERENCE, at, "m").withRecord("stance:a").withPointer("/stances/0/holders/0"),
        Finding.of(Rule.TRAILING_CONTENT, new Location("d.json", 2, 1), "m"),
        Finding.of(Rule.TRAILING_CONTENT, new Location("c.json", 2, 1), "m"),
        Finding.of(Rule.TRAILING_CONTENT, new Location("b.json", 2, 1), "m"),
        Finding.of(Rule.TRAILING_CONTENT, new Location("a.json", 2, 1), "m"));

    assertThat(Baseline.of(findings).entries())
        .extracting(Baseline.Entry::rule, e -> e.record() != null ? e.record() : e.file(), Baseline.Entry::pointer)
        .containsExactly(
            tuple("PS105", "a.json", ""), tuple("PS105", "b.json", ""), tuple("PS105", "c.json", ""),
            tuple("PS105", "d.json", ""),
            tuple("PS302", "stance:a", "/holders/0"), tuple("PS302", "stance:a", "/holders/1"),
            tuple("PS302", "stance:a", "/topic"), tuple("PS302", "stance:b", "/topic"),
            tuple("PS302", "stance:c", "/topic"), tuple("PS302", "stance:d", "/topic"));
  }
}
