package org.policyset.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.RecordType;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.validation.Suppressions;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.validation.ValidationReport;

class BundledDatasetTest {

  @Test
  void theApiIsNullMarkedForKotlinIdesAndCheckers() {
    // Parameters and results without @Nullable are non-null; see NullMarkedApiTest in core.
    assertThat(BundledDataset.class.getPackage().isAnnotationPresent(org.jspecify.annotations.NullMarked.class))
        .as("package-info.java of %s carries @NullMarked", BundledDataset.class.getPackageName())
        .isTrue();
  }

  static final Path SOURCE_FOLDER = Path.of("data");

  /**
   * No errors and no warnings, with the dataset's own suppressions file (read beside it, as
   * {@code validate} reads it): the records kept on purpose that nothing refers to (PS308), each
   * with its reason, and nothing else.
   */
  @Test
  void theWorkingCopyHasNoErrorsAndNoWarnings() throws IOException {
    List<Path> files = Suppressions.defaultFiles(Path.of(""), List.of(SOURCE_FOLDER));
    assertThat(files).containsExactly(SOURCE_FOLDER.resolve(Suppressions.DEFAULT_FILE_NAME));
    ValidationReport report = DatasetValidator.create().withSuppressions(Suppressions.readAll(files))
        .validate(List.of(SOURCE_FOLDER));
    assertThat(report.findings()).isEmpty();
    assertThat(report.manifests()).isEqualTo(1);
    assertThat(report.suppressed()).extracting(s -> s.finding().rule().code() + " " + s.finding().record())
        .containsExactlyInAnyOrder("PS308 principle:concerted-efforts-not-donor-recipient");
  }

  @Test
  void theBundledCopyCarriesItsSuppressions() {
    assertThat(Files.isRegularFile(BundledDataset.path().resolve(Suppressions.DEFAULT_FILE_NAME)))
        .as("the suppressions file is bundled beside the data").isTrue();
  }

  /**
   * Each file is what the canonical writer makes of its records, read as the version its folder's
   * manifest declares (schema version 2: a file alone would be read as version 1).
   */
  @Test
  void theFilesAreInCanonicalForm() throws IOException {
    Path manifest = SOURCE_FOLDER.resolve("manifest.json");
    List<Path> files;
    try (Stream<Path> s = Files.list(SOURCE_FOLDER)) {
      files = s.filter(p -> p.getFileName().toString().matches("[a-z]+\\.json")).sorted().toList();
    }
    assertThat(files).hasSize(7).contains(manifest);
    for (Path file : files) {
      DatasetReader.Result r = DatasetReader.create()
          .load(file.equals(manifest) ? List.of(file) : List.of(manifest, file));
      assertThat(r.findings()).as(file.toString()).isEmpty();
      Dataset records = Dataset.of(file.equals(manifest) ? r.dataset().manifest() : null,
          r.dataset().records().toList());
      assertThat(Files.readString(file)).as("%s is canonical", file)
          .isEqualTo(org.policyset.core.write.CanonicalJson.document(records,
              org.policyset.core.write.CanonicalJson.declaredSchema(file)));
    }
    assertThat(DatasetReader.create().load(List.of(SOURCE_FOLDER)).dataset().manifest().schemaVersion())
        .isEqualTo("2");
  }

  @Test
  void loadingFromTheClasspathReturnsEveryRecordOfTheFiles() {
    Dataset fromClasspath = BundledDataset.load();
    Dataset fromFiles = DatasetReader.create().load(List.of(SOURCE_FOLDER)).dataset();
    assertThat(fromClasspath).isEqualTo(fromFiles);
    for (RecordType t : RecordType.values()) {
      assertThat(fromClasspath.records(t)).as(t.section()).isNotEmpty();
    }
    assertThat(fromClasspath.manifest().id()).isEqualTo("south-south-security");
  }

  @Test
  void everyStanceAndEventCitesTheCommentaryWithAQuote() {
    Dataset d = BundledDataset.load();
    assertThat(d.stances()).allSatisfy(s -> assertThat(s.sources())
        .anySatisfy(c -> assertThat(c.quote()).isNotBlank()));
    long quotes = d.records().flatMap(r -> r.citations().stream())
        .filter(c -> c.quote() != null).count();
    assertThat(quotes).isGreaterThan(50);
  }

  @Test
  void aQuoteAlteredOnPurposeIsReportedWithItsLocationAndNearestMatch(@TempDir Path tmp)
      throws IOException {
    Path copy = tmp.resolve("data");
    copyTree(SOURCE_FOLDER, copy);
    Path stances = copy.resolve("stances.json");
    String text = Files.readString(stances);
    String original = "China has been insisting on the need for a ceasefire";
    assertThat(text).contains(original);
    Files.writeString(stances, text.replaceFirst(original, "China has been insisting on the need for a truce"));
    int line = 1 + (int) text.substring(0, text.indexOf(original)).chars().filter(c -> c == '\n').count();

    ValidationReport report = validateWithItsSuppressions(copy);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(Rule.QUOTE_NOT_FOUND);
      assertThat(f.location().file()).endsWith("stances.json");
      assertThat(f.location().line()).isEqualTo(line);
      assertThat(f.hint()).contains("the need for a").contains("truce").contains("ceasefire");
    });
  }

  /**
   * The re-reading of issue 16: the author's claims are the author's, the records the text does
   * not support are gone, and dates are no more precise than the text.
   */
  @Test
  void theAuthorsClaimsAreTheAuthorsAndNothingIsMorePreciseThanTheText() {
    Dataset d = BundledDataset.load();
    var stances = d.stances();
    assertThat(stances).filteredOn(s -> s.attribution() != org.policyset.core.model.Attribution.REPORTED)
        .isNotEmpty().allSatisfy(s -> {
          assertThat(s.holders()).containsExactly("seed-commentary-author");
          assertThat(s.reportedBy()).isEmpty();
        });
    assertThat(stances).filteredOn(s -> s.attribution() == org.policyset.core.model.Attribution.REPORTED)
        .hasSize(24).allSatisfy(s -> assertThat(s.reportedBy()).containsExactly("seed-commentary"));
    assertThat(d.sources()).filteredOn(s -> s.id().equals("seed-commentary")).singleElement()
        .satisfies(s -> assertThat(s.authors()).containsExactly("seed-commentary-author"));
    assertThat(d.actors()).extracting(a -> a.id()).doesNotContain("arab-summit", "ps")
        .contains("palestinians", "seed-commentary-author");
    assertThat(d.actors()).allSatisfy(a -> {
      assertThat(a.wikidata()).as(a.id()).isNull();
      assertThat(a.sources()).as(a.id()).isNotEmpty();
    });
    assertThat(d.topics()).allSatisfy(t -> assertThat(t.sources()).as(t.id()).isNotEmpty());
    assertThat(d.events()).filteredOn(e -> e.date() == null).extracting(e -> e.id())
        .containsExactlyInAnyOrder("gaza-war-outbreak", "cn-position-paper-palestinian-israeli-conflict",
            "cn-accession-new-york-declaration", "international-south-day-celebration");
    // "September 12 of International South Day" gives no year; the eleven undated stances of
    // version 1 ("2025") have no attested date.
    assertThat(stances).filteredOn(s -> "international-south-day-celebration".equals(s.expressedAt()))
        .hasSize(4).allSatisfy(s -> assertThat(s.attested()).hasToString("XXXX-09-12"));
    assertThat(stances).filteredOn(s -> s.attested() != null)
        .allSatisfy(s -> assertThat(s.attested().toString()).doesNotMatch("\\d{4}(-\\d\\d){0,2}"));
  }

  /**
   * Issue 16's example: version 1 found China's position on the two-state solution in effect on no
   * day before 2025-09-12, though the text calls it China's firm position. Version 2 says it is
   * possibly (never certainly) in effect on 2024-06-01, and an act the text does not date is undated.
   */
  @Test
  void chinasFirmPositionIsPossiblyInEffectBeforeTheAccessionAndUndatedActsAreUndated() {
    Dataset d = BundledDataset.load();
    int day = (int) java.time.LocalDate.of(2024, 6, 1).toEpochDay();
    org.policyset.core.model.Stance firm = d.find(org.policyset.core.model.Stance.class,
        "cn-new-york-declaration-accession").orElseThrow();
    var period = org.policyset.core.model.InEffectPeriod.of(firm.attested(), firm.inEffect());
    assertThat(period.dated()).isTrue();
    assertThat(period.possiblyOn(day)).isTrue();
    assertThat(period.certainlyOn(day)).isFalse();
    org.policyset.core.model.Stance offer = d.find(org.policyset.core.model.Stance.class,
        "cn-gs-reconstruction-assistance").orElseThrow();
    assertThat(offer.respondsTo()).isNull();
    assertThat(org.policyset.core.model.InEffectPeriod.of(offer.attested(), offer.inEffect()).dated()).isFalse();
  }

  @Test
  void anUncitedSourceIsAWarning(@TempDir Path tmp) throws IOException {
    Path copy = tmp.resolve("data");
    copyTree(SOURCE_FOLDER, copy);
    Files.writeString(copy.resolve("extra.json"),
        "{\"sources\": [{\"id\": \"uncited\", \"title\": \"Never cited\", \"kind\": \"news\"}]}\n");
    ValidationReport report = validateWithItsSuppressions(copy);
    assertThat(report.findings()).extracting(Finding::rule).containsExactly(Rule.UNUSED_SOURCE);
  }

  /** Validates a dataset folder as {@code validate} does, with the suppressions beside it. */
  static ValidationReport validateWithItsSuppressions(Path folder) throws IOException {
    return DatasetValidator.create()
        .withSuppressions(Suppressions.readAll(Suppressions.defaultFiles(Path.of(""), List.of(folder))))
        .validate(List.of(folder));
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
