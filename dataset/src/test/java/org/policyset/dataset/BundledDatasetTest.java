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
        .containsExactlyInAnyOrder("PS308 actor:us",
            "PS308 principle:concerted-efforts-not-donor-recipient");
  }

  @Test
  void theBundledCopyCarriesItsSuppressions() {
    assertThat(Files.isRegularFile(BundledDataset.path().resolve(Suppressions.DEFAULT_FILE_NAME)))
        .as("the suppressions file is bundled beside the data").isTrue();
  }

  @Test
  void theFilesAreInCanonicalForm() {
    List<Finding> inputFindings = new java.util.ArrayList<>();
    var results = new org.policyset.core.write.DatasetFormatter(DatasetReader.create())
        .format(List.of(SOURCE_FOLDER), true, inputFindings);
    assertThat(inputFindings).isEmpty();
    assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.status())
        .as("%s is canonical (run ./policyset format)", r.file().display())
        .isEqualTo(org.policyset.core.write.DatasetFormatter.Status.CANONICAL));
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
