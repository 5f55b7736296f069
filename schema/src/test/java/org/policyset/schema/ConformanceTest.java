package org.policyset.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.networknt.schema.Error;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agreement suite: for every document of the conformance corpus of each schema version, the
 * Bean Validation path (policyset's reader: syntax and shape) and a JSON Schema validator
 * (networknt, against the checked-in dataset schema of that version) give the same verdict, the
 * expected one, at the same places. Version 1's corpus is {@code conformance/}, version 2's
 * {@code conformance/2/}; every version 2 document starts with a manifest naming version 2, so that
 * the reader reads it as one.
 */
class ConformanceTest {

  static final Path CORPUS = Path.of("src", "test", "resources", "conformance");

  /** The corpus folder of a schema version. */
  static Path corpus(String version) {
    return version.equals("1") ? CORPUS : CORPUS.resolve(version);
  }

  @TestFactory
  Stream<DynamicTest> validDocumentsPassBoth() throws IOException {
    return everyVersion("valid", (version, file) -> {
      Verdicts v = Verdicts.of(version, file);
      assertThat(v.beanValidation).as("Bean Validation findings of %s", file).isEmpty();
      assertThat(v.schema).as("JSON Schema errors of %s", file).isEmpty();
    });
  }

  @TestFactory
  Stream<DynamicTest> invalidDocumentsFailBothAtTheSamePlace() throws IOException {
    return everyVersion("invalid", (version, file) -> {
      Verdicts v = Verdicts.of(version, file);
      assertThat(v.beanValidation).as("Bean Validation findings of %s", file).isNotEmpty();
      assertThat(v.schema).as("JSON Schema errors of %s", file).isNotEmpty();
      assertThat(v.schemaPointers())
          .as("where JSON Schema (%s) and Bean Validation (%s) see the fault", v.schema, v.beanValidation)
          .isEqualTo(v.beanValidationPointers());
    });
  }

  @TestFactory
  Stream<DynamicTest> knownDifferencesAreAsDocumented() throws IOException {
    return everyVersion("known-differences", (version, file) -> {
      JsonNode expected = knownDifferences(version).get(file.getFileName().toString());
      assertThat(expected).as("entry for %s in known-differences.json", file).isNotNull();
      Verdicts v = Verdicts.of(version, file);
      assertThat(v.beanValidation.isEmpty() ? "valid" : "invalid")
          .as("Bean Validation verdict (%s)", v.beanValidation)
          .isEqualTo(expected.get("beanValidation").asString());
      assertThat(v.schema.isEmpty() ? "valid" : "invalid")
          .as("JSON Schema verdict (%s)", v.schema)
          .isEqualTo(expected.get("schema").asString());
    });
  }

  @Test
  void everyKnownDifferenceIsIndexedAndDocumented() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (String version : Schemas.versions()) {
      List<String> files = new ArrayList<>();
      documents(version, "known-differences").forEach(f -> files.add(f.getFileName().toString()));
      List<String> indexed = new ArrayList<>();
      knownDifferences(version).propertyNames().forEach(indexed::add);
      assertThat(indexed).as("schema/%s known differences", version).containsExactlyInAnyOrderElementsOf(files);
      for (String file : files) {
        assertThat(readme).as("schema/README.md lists %s", file).contains(file);
      }
    }
  }

  @Test
  void corpusIsLargeEnough() throws IOException {
    for (String version : Schemas.versions()) {
      long valid = documents(version, "valid").count();
      long invalid = documents(version, "invalid").count();
      assertThat(valid).as("schema/%s valid documents", version).isGreaterThanOrEqualTo(20);
      assertThat(invalid).as("schema/%s invalid documents", version).isGreaterThanOrEqualTo(40);
    }
  }

  /**
   * Every field that version 2 adds appears in a valid document and is the fault of an invalid
   * one, so that the agreement is tested where the versions differ.
   */
  @Test
  void everyVersion2FieldIsCovered() throws IOException {
    List<String> fields = List.of("holderScopes", "strength", "attribution", "reportedBy", "voicedBy",
        "attested", "inEffect", "expressedAt", "targets", "relations", "within", "unnamed", "authors",
        "language", "translatedFrom", "derivedFrom", "basis");
    StringBuilder valid = new StringBuilder();
    for (Path f : documents("2", "valid").toList()) {
      valid.append(Files.readString(f));
    }
    StringBuilder invalidNames = new StringBuilder();
    documents("2", "invalid").forEach(f -> invalidNames.append(f.getFileName()).append(' '));
    for (String field : fields) {
      assertThat(valid.toString()).as("a valid version 2 document has %s", field).contains("\"" + field + "\"");
      String kebab = field.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
      assertThat(invalidNames.toString()).as("an invalid version 2 document is named for %s", field)
          .containsPattern("(^|-)" + java.util.regex.Pattern.quote(kebab) + "(-|\\.json)");
    }
  }

  /** Version 2 documents are read as version 2: each starts with a manifest that names it. */
  @Test
  void version2DocumentsDeclareVersion2First() throws IOException {
    for (String folder : List.of("valid", "invalid")) {
      for (Path f : documents("2", folder).toList()) {
        JsonNode doc = JsonMapper.shared().readTree(f.toFile());
        String first = doc.propertyNames().stream().filter(n -> !n.equals("$schema")).findFirst().orElse("");
        assertThat(first).as("the first member of %s", f).isEqualTo("manifest");
        String declared = doc.path("manifest").path("schemaVersion").asString("");
        if (!f.getFileName().toString().startsWith("manifest-")) {
          assertThat(declared).as("schemaVersion of %s", f).isEqualTo("2");
        }
      }
    }
  }

  static Stream<Path> documents(String folder) throws IOException {
    return documents(Schemas.VERSION, folder);
  }

  static Stream<Path> documents(String version, String folder) throws IOException {
    try (Stream<Path> files = Files.list(corpus(version).resolve(folder))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  /** One dynamic test a document of {@code folder}, for every version's corpus. */
  private static Stream<DynamicTest> everyVersion(String folder, Check check) throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String version : Schemas.versions()) {
      for (Path file : documents(version, folder).toList()) {
        tests.add(dynamicTest("schema/" + version + " " + file.getFileName(), () -> check.run(version, file)));
      }
    }
    return tests.stream();
  }

  /** A check of one document of one version's corpus. */
  @FunctionalInterface
  private interface Check {
    void run(String version, Path file) throws Throwable;
  }

  private static JsonNode knownDifferences(String version) throws IOException {
    return JsonMapper.shared().readTree(corpus(version).resolve("known-differences.json").toFile());
  }

  /** The two verdicts on one document. */
  record Verdicts(List<Finding> beanValidation, List<Error> schema) {

    static Verdicts of(Path file) throws IOException {
      return of(Schemas.VERSION, file);
    }

    static Verdicts of(String version, Path file) throws IOException {
      List<Finding> findings = DatasetReader.create().load(List.of(file)).findings().stream()
          .filter(f -> f.severity() == Severity.ERROR)
          .toList();
      String json = Files.readString(file, StandardCharsets.UTF_8);
      return new Verdicts(findings, NetworkntValidator.validate(version, "dataset", json));
    }

    /** The JSON pointers of the Bean Validation findings. */
    TreeSet<String> beanValidationPointers() {
      TreeSet<String> pointers = new TreeSet<>();
      beanValidation.forEach(f -> pointers.add(f.pointer() == null ? "" : f.pointer()));
      return pointers;
    }

    /**
     * The JSON pointers of the schema errors; a missing or unknown property is placed at the
     * property, as policyset places it, not at the object that lacks or has it.
     */
    TreeSet<String> schemaPointers() {
      Map<String, String> byPointer = new TreeMap<>();
      for (Error e : schema) {
        String pointer = e.getInstanceLocation().toString();
        if (("required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword()))
            && e.getProperty() != null) {
          pointer = pointer + "/" + e.getProperty();
        }
        byPointer.put(pointer, e.getKeyword());
      }
      return new TreeSet<>(byPointer.keySet());
    }
  }
}
