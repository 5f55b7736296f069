package org.policyset.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyset.core.FileModes;
import org.policyset.core.TestDatasets;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.model.Actor;
import org.policyset.core.model.ActorKind;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Event;
import org.policyset.core.model.EventType;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Position;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.model.SourceKind;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.write.DatasetWriter.Layout;

/**
 * What {@link DatasetWriter} leaves on disk, read back as a user would read it: every layout holds
 * exactly the dataset written, a folder holds one file per section and nothing stale, archived texts
 * travel with their sources, and a dataset with errors or a target that may not be replaced leaves
 * the disk as it was.
 */
class DatasetWriterTest {

  @TempDir
  Path dir;

  static Stream<Arguments> layoutsAndSeeds() {
    List<Arguments> out = new ArrayList<>();
    for (Layout layout : Layout.values()) {
      for (long seed = 0; seed < 8; seed++) {
        out.add(Arguments.of(layout, seed));
      }
    }
    return out.stream();
  }

  private static Path target(Path dir, Layout layout) {
    return switch (layout) {
      case DOCUMENT -> dir.resolve("out.json");
      case JSON_LINES -> dir.resolve("out.jsonl");
      case FOLDER -> dir.resolve("out");
    };
  }

  /** The dataset with each type's records in id order, as the canonical writer lays them out. */
  private static Dataset byId(Dataset d) {
    List<PolicyRecord> records = new ArrayList<>();
    for (RecordType t : RecordType.values()) {
      List<PolicyRecord> of = new ArrayList<>(d.records(t));
      of.sort(Comparator.comparing(PolicyRecord::id));
      records.addAll(of);
    }
    return Dataset.of(d.manifest(), records);
  }

  private static Dataset readBack(Path target) {
    DatasetReader.Result r = DatasetReader.create().load(List.of(target));
    assertThat(r.findings()).as("findings reading %s back", target).isEmpty();
    return r.dataset();
  }

  private static Set<String> names(Path folder) throws Exception {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
    }
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("layoutsAndSeeds")
  void everyLayoutReadsBackAsTheDatasetWritten(Layout layout, long seed) throws Exception {
    Dataset original = TestDatasets.random(seed, 6);
    Path target = target(dir, layout);

    ValidationReport report = DatasetWriter.write(original, Map.of(), target, false);

    assertThat(report.findings()).isEmpty();
    assertThat(report.recordCount()).isEqualTo(original.size());
    assertThat(readBack(target)).isEqualTo(byId(original));
    // Nothing but the target is left beside it: no staging folder, no temporary file.
    assertThat(names(dir)).containsExactly(target.getFileName().toString());
  }

  @Test
  void aFolderHoldsTheManifestAndOneFilePerSectionThatHasRecords() throws Exception {
    Dataset full = TestDatasets.random(3, 4);
    Dataset noPrinciples = Dataset.of(full.manifest(), full.records()
        .filter(r -> r.recordType() != RecordType.PRINCIPLE)
        .map(r -> r instanceof Stance s ? withoutPrinciples(s) : r).toList());
    Path target = dir.resolve("data");

    DatasetWriter.write(noPrinciples, Map.of(), target, false);

    assertThat(names(target)).containsExactly("actors.json", "events.json", "manifest.json",
        "sources.json", "stances.json", "topics.json");
    assertThat(Files.readString(target.resolve("manifest.json")))
        .startsWith("{\n  \"manifest\": {")
        .doesNotContain("\"actors\"");
    assertThat(Files.readString(target.resolve("topics.json")))
        .startsWith("{\n  \"topics\": [")
        .doesNotContain("\"manifest\"", "\"actors\"");
    assertThat(readBack(target)).isEqualTo(byId(noPrinciples));
  }

  private static Stance withoutPrinciples(Stance s) {
    return new Stance(s.id(), s.holders(), s.topic(), s.position(), s.statement(), s.date(),
        s.respondsTo(), List.of(), s.sources(), s.until(), s.supersedes());
  }

  @Test
  void rewritingAFolderRemovesTheSectionsAndManifestTheNewVersionLacks() throws Exception {
    Path target = dir.resolve("data");
    DatasetWriter.write(TestDatasets.random(5, 4), Map.of(), target, false);
    assertThat(names(target)).contains("manifest.json", "principles.json");
    Dataset smaller = Dataset.of(null, List.of(new Topic("only", "The only topic", null, null)));

    DatasetWriter.write(smaller, Map.of(), target, true);

    assertThat(names(target)).containsExactly("topics.json");
    assertThat(readBack(target)).isEqualTo(smaller);
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void anExistingTargetIsReplacedOnlyWhenAllowed(Layout layout) throws Exception {
    Path target = target(dir, layout);
    Dataset first = TestDatasets.random(1, 3);
    Dataset second = TestDatasets.random(2, 3);
    DatasetWriter.write(first, Map.of(), target, false);
    Map<String, String> before = snapshot(target);

    assertThatThrownBy(() -> DatasetWriter.write(second, Map.of(), target, false))
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessageContaining(target.toString())
        .hasMessageContaining("replacing it must be asked for")
        .hasMessageNotContaining("--");
    assertThat(snapshot(target)).as("refused target").isEqualTo(before);
    assertThat(readBack(target)).isEqualTo(byId(first));

    DatasetWriter.write(second, Map.of(), target, true);
    assertThat(readBack(target)).isEqualTo(byId(second));
  }

  @Test
  void anEmptyFolderIsNotAnExistingTarget() throws Exception {
    Path target = Files.createDirectory(dir.resolve("empty"));
    Dataset d = TestDatasets.random(4, 3);

    DatasetWriter.write(d, Map.of(), target, false);

    assertThat(readBack(target)).isEqualTo(byId(d));
  }

  @Test
  void aFolderHoldingAnyFileIsAnExistingTarget() throws Exception {
    Path target = Files.createDirectory(dir.resolve("notes"));
    Files.writeString(target.resolve("README.txt"), "mine");

    assertThatThrownBy(() -> DatasetWriter.write(TestDatasets.random(4, 3), Map.of(), target, false))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(names(target)).containsExactly("README.txt");
  }

  @Test
  void aFileWhereAFolderWouldGoIsAnExistingTarget() throws Exception {
    Path target = Files.writeString(dir.resolve("data"), "a file, not a folder");

    assertThatThrownBy(() -> DatasetWriter.write(TestDatasets.random(4, 3), Map.of(), target, false))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(target).hasContent("a file, not a folder");
    assertThat(names(dir)).containsExactly("data");
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void aDatasetWithErrorsWritesNothingAndItsFindingsNameTheTarget(Layout layout) throws Exception {
    Dataset broken = Dataset.of(null, List.of(new Topic("child", "Child", "no-such-parent", null)));
    Path target = target(dir, layout);

    ValidationReport report = DatasetWriter.write(broken, Map.of(), target, false);

    assertThat(report.isValid()).isFalse();
    Finding dangling = report.findings().stream()
        .filter(f -> f.rule() == Rule.DANGLING_REFERENCE).findFirst().orElseThrow();
    String expectedFile = layout == Layout.FOLDER
        ? target.resolve("topics.json").toString() : target.toString();
    assertThat(dangling.location().file()).isEqualTo(expectedFile);
    assertThat(dangling.location().line()).isPositive();
    assertThat(names(dir)).as("nothing written, no staging left").isEmpty();
  }

  @Test
  void aSchemaGoesFirstInEveryDocumentButNotInJsonLines() throws Exception {
    Dataset d = TestDatasets.random(6, 3);
    String schema = "https://example.org/policyset.schema.json";

    DatasetWriter.write(d, Map.of(), dir.resolve("one.json"), false, ReadLimits.DEFAULTS, schema);
    DatasetWriter.write(d, Map.of(), dir.resolve("lines.jsonl"), false, ReadLimits.DEFAULTS, schema);
    DatasetWriter.write(d, Map.of(), dir.resolve("folder"), false, ReadLimits.DEFAULTS, schema);

    String first = "{\n  \"$schema\": \"" + schema + "\",\n";
    assertThat(Files.readString(dir.resolve("one.json"))).startsWith(first);
    for (String name : names(dir.resolve("folder"))) {
      assertThat(Files.readString(dir.resolve("folder").resolve(name))).as(name).startsWith(first);
    }
    assertThat(Files.readString(dir.resolve("lines.jsonl"))).doesNotContain("$schema");
    assertThat(readBack(dir.resolve("one.json"))).isEqualTo(byId(d));
    assertThat(readBack(dir.resolve("lines.jsonl"))).isEqualTo(byId(d));
    assertThat(readBack(dir.resolve("folder"))).isEqualTo(byId(d));
  }

  /** A dataset whose only source has an archived text that its event quotes. */
  private static Dataset quoting(String textPath) {
    return Dataset.of(new Manifest("quoted", "Quoted", "1.0.0", "CC0-1.0", "1", null), List.of(
        new Actor("un", "United Nations", ActorKind.INTERNATIONAL_ORGANIZATION, List.of(), null, List.of()),
        new Topic("peace", "Peace", null, null),
        new Event("charter", "The Charter is signed", PartialDate.parse("1945-06-26"),
            EventType.AGREEMENT, List.of(), null, null, List.of(),
            List.of(new Citation("charter-text", "to save succeeding generations", "preamble"))),
        new Stance("un-peace", List.of("un"), "peace", Position.SUPPORTS, "The UN supports peace.",
            PartialDate.parse("1945"), null, List.of(), List.of(new Citation("charter-text", null, null)),
            null, List.of()),
        new Source("charter-text", "Charter of the United Nations", SourceKind.UN_DOCUMENT, null, null,
            null, null, null, textPath)));
  }

  private static final String CHARTER =
      "WE THE PEOPLES OF THE UNITED NATIONS DETERMINED to save succeeding generations from the scourge of war\n";

  @ParameterizedTest
  @EnumSource(Layout.class)
  void anArchivedTextIsCopiedBesideTheWrittenFileAndItsQuotesStillCheck(Layout layout) throws Exception {
    Path archived = Files.writeString(Files.createDirectory(dir.resolve("in")).resolve("charter.txt"), CHARTER);
    Path outDir = Files.createDirectory(dir.resolve("written"));
    Path target = target(outDir, layout);

    ValidationReport report = DatasetWriter.write(quoting("texts/charter.txt"),
        Map.of("charter-text", Files.readAllBytes(archived)), target, false);

    assertThat(report.findings()).isEmpty();
    Path base = layout == Layout.FOLDER ? target : outDir;
    assertThat(base.resolve("texts/charter.txt")).hasContent(CHARTER);
    assertThat(readBack(target)).isEqualTo(quoting("texts/charter.txt"));
  }

  @Test
  void aSourceWhoseTextIsNotGivenIsWrittenWithoutOneAndTheMissingTextIsReported() throws Exception {
    Path target = dir.resolve("out.json");

    ValidationReport report = DatasetWriter.write(quoting("texts/charter.txt"), Map.of(), target, false);

    assertThat(report.isValid()).isFalse();
    assertThat(report.findings()).extracting(f -> f.location().file()).contains(target.toString());
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void anArchivedTextWithOtherContentIsReplacedOnlyWhenAllowed() throws Exception {
    Path archived = Files.writeString(Files.createDirectory(dir.resolve("in")).resolve("charter.txt"), CHARTER);
    Path outDir = Files.createDirectory(dir.resolve("written"));
    Path existing = Files.writeString(Files.createDirectory(outDir.resolve("texts")).resolve("charter.txt"),
        "someone else's notes\n");
    Path target = outDir.resolve("out.json");

    assertThatThrownBy(() -> DatasetWriter.write(quoting("texts/charter.txt"),
        Map.of("charter-text", Files.readAllBytes(archived)), target, false))
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessageContaining("an archived text with other content exists there");
    assertThat(existing).hasContent("someone else's notes\n");
    assertThat(target).doesNotExist();

    DatasetWriter.write(quoting("texts/charter.txt"), Map.of("charter-text", Files.readAllBytes(archived)), target, true);
    assertThat(existing).hasContent(CHARTER);
    assertThat(readBack(target)).isEqualTo(quoting("texts/charter.txt"));
  }

  @Test
  void anArchivedTextAlreadyInPlaceWithTheSameContentIsKept() throws Exception {
    Path archived = Files.writeString(Files.createDirectory(dir.resolve("in")).resolve("charter.txt"), CHARTER);
    Path outDir = Files.createDirectory(dir.resolve("written"));
    Path existing = Files.writeString(Files.createDirectory(outDir.resolve("texts")).resolve("charter.txt"), CHARTER);
    Path target = outDir.resolve("out.json");

    ValidationReport report = DatasetWriter.write(quoting("texts/charter.txt"),
        Map.of("charter-text", Files.readAllBytes(archived)), target, false);

    assertThat(report.findings()).isEmpty();
    assertThat(existing).hasContent(CHARTER);
    assertThat(readBack(target)).isEqualTo(quoting("texts/charter.txt"));
  }

  @ParameterizedTest
  @CsvSource({
      "data.json, DOCUMENT", "DATA.JSON, DOCUMENT", "data.jsonl, JSON_LINES", "data.ndjson, JSON_LINES",
      "Data.NDJSON, JSON_LINES", "data, FOLDER", "data.json.d, FOLDER", "data.txt, FOLDER"})
  void theLayoutFollowsTheTargetsExtension(String name, Layout expected) {
    assertThat(Layout.forPath(Path.of("some", name))).isEqualTo(expected);
  }

  @Test
  void aLinkedFolderTargetKeepsItsLinkAndTheFolderItNamesGetsTheNewVersion() throws Exception {
    Path real = dir.resolve("real");
    DatasetWriter.write(TestDatasets.random(1, 3), Map.of(), real, false);
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);
    Dataset second = TestDatasets.random(2, 3);

    DatasetWriter.write(second, Map.of(), link, true);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
    assertThat(readBack(real)).isEqualTo(byId(second));
    assertThat(names(dir)).containsExactly("link", "real");
  }

  private static final Dataset BROKEN =
      Dataset.of(null, List.of(new Topic("child", "Child", "no-such-parent", null)));

  @ParameterizedTest
  @EnumSource(Layout.class)
  void aTargetThatMayNotBeReplacedIsRefusedBeforeTheDatasetIsEvenChecked(Layout layout) throws Exception {
    Path target = target(dir, layout);
    DatasetWriter.write(TestDatasets.random(1, 3), Map.of(), target, false);
    Map<String, String> before = snapshot(target);

    // The refusal comes first: fixing the dataset's errors would not make the write go through.
    assertThatThrownBy(() -> DatasetWriter.write(BROKEN, Map.of(), target, false))
        .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("replacing it must be asked for");
    if (layout == Layout.FOLDER) {
      Files.writeString(target.resolve("extra.json"), "{\"topics\": []}\n");
      before = snapshot(target);
      assertThatThrownBy(() -> DatasetWriter.write(BROKEN, Map.of(), target, true))
          .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("extra.json");
    }
    assertThat(snapshot(target)).isEqualTo(before);
    assertThat(names(dir)).containsExactly(target.getFileName().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "5 | a.json, b.json, c.json, d.json, e.json",
      "6 | a.json, b.json, c.json, d.json, e.json and 1 more",
      "7 | a.json, b.json, c.json, d.json, e.json and 2 more"})
  void foreignDatasetFilesAreNamedInOrderFiveAtMost(int count, String named) throws Exception {
    Path target = dir.resolve("out");
    DatasetWriter.write(TestDatasets.random(1, 3), Map.of(), target, false);
    for (int i = count - 1; i >= 0; i--) {
      Files.writeString(target.resolve((char) ('a' + i) + ".json"), "{\"topics\": []}\n");
    }

    assertThatThrownBy(() -> DatasetWriter.write(TestDatasets.random(2, 3), Map.of(), target, true))
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessage(target + ": holds dataset files that would be read as part of the result but are not "
            + "written by policyset: " + named + "; move them out of it, "
            + "or write to another folder");
  }

  @Test
  void replacedFilesAndFoldersKeepTheirModesAndNewOnesGetTheUmasks() throws Exception {
    FileModes.assumePosix(dir);
    Path document = dir.resolve("one.json");
    Path folder = dir.resolve("folder");
    Dataset full = TestDatasets.random(3, 4);
    Dataset topicsOnly = Dataset.of(null, List.of(new Topic("only", "The only topic", null, null)));
    DatasetWriter.write(full, Map.of(), document, false);
    DatasetWriter.write(topicsOnly, Map.of(), folder, false);
    assertThat(FileModes.of(document)).as("a new file").isEqualTo(FileModes.newFile());
    assertThat(FileModes.of(folder)).as("a new folder").isEqualTo(FileModes.newFolder());
    assertThat(FileModes.of(folder.resolve("topics.json"))).as("a new file in it").isEqualTo(FileModes.newFile());
    FileModes.set(document, "rw-------");
    FileModes.set(folder, "rwx------");
    FileModes.set(folder.resolve("topics.json"), "rw-r-----");

    DatasetWriter.write(TestDatasets.random(4, 4), Map.of(), document, true);
    DatasetWriter.write(full, Map.of(), folder, true);

    assertThat(FileModes.of(document)).as("a replaced file").isEqualTo("rw-------");
    assertThat(FileModes.of(folder)).as("a replaced folder").isEqualTo("rwx------");
    assertThat(FileModes.of(folder.resolve("topics.json"))).as("a replaced file in it").isEqualTo("rw-r-----");
    assertThat(FileModes.of(folder.resolve("actors.json"))).as("a new file in it").isEqualTo(FileModes.newFile());
    assertThat(readBack(folder)).isEqualTo(byId(full));
  }

  @Test
  void aReplacedArchivedTextKeepsItsMode() throws Exception {
    FileModes.assumePosix(dir);
    Path archived = Files.writeString(Files.createDirectory(dir.resolve("in")).resolve("charter.txt"), CHARTER);
    Path outDir = Files.createDirectory(dir.resolve("written"));
    Path existing = Files.writeString(Files.createDirectory(outDir.resolve("texts")).resolve("charter.txt"),
        "an older copy\n");
    FileModes.set(existing, "rw-------");

    DatasetWriter.write(quoting("texts/charter.txt"), Map.of("charter-text", Files.readAllBytes(archived)),
        outDir.resolve("out.json"), true);

    assertThat(existing).hasContent(CHARTER);
    assertThat(FileModes.of(existing)).isEqualTo("rw-------");
  }

  private static Map<String, String> snapshot(Path target) throws Exception {
    Map<String, String> out = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.walk(target)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(target.relativize(p).toString(), Files.readString(p));
      }
    }
    return out;
  }
}
