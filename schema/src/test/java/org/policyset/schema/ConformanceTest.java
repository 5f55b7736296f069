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
 * The agreement suite: for every document of the conformance corpus, the Bean Validation path
 * (policyset's reader: syntax and shape) and a JSON Schema validator (networknt, against the
 * checked-in dataset schema) give the same verdict, the expected one, at the same places.
 */
class ConformanceTest {

  static final Path CORPUS = Path.of("src", "test", "resources", "conformance");

  @TestFactory
  Stream<DynamicTest> validDocumentsPassBoth() throws IOException {
    return documents("valid").map(file -> dynamicTest(file.getFileName().toString(), () -> {
      Verdicts v = Verdicts.of(file);
      assertThat(v.beanValidation).as("Bean Validation findings of %s", file).isEmpty();
      assertThat(v.schema).as("JSON Schema errors of %s", file).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> invalidDocumentsFailBothAtTheSamePlace() throws IOException {
    return documents("invalid").map(file -> dynamicTest(file.getFileName().toString(), () -> {
      Verdicts v = Verdicts.of(file);
      assertThat(v.beanValidation).as("Bean Validation findings of %s", file).isNotEmpty();
      assertThat(v.schema).as("JSON Schema errors of %s", file).isNotEmpty();
      assertThat(v.schemaPointers())
          .as("where JSON Schema (%s) and Bean Validation (%s) see the fault", v.schema, v.beanValidation)
          .isEqualTo(v.beanValidationPointers());
    }));
  }

  @TestFactory
  Stream<DynamicTest> knownDifferencesAreAsDocumented() throws IOException {
    JsonNode index = knownDifferences();
    return documents("known-differences").map(file -> dynamicTest(file.getFileName().toString(), () -> {
      JsonNode expected = index.get(file.getFileName().toString());
      assertThat(expected).as("entry for %s in known-differences.json", file).isNotNull();
      Verdicts v = Verdicts.of(file);
      assertThat(v.beanValidation.isEmpty() ? "valid" : "invalid")
          .as("Bean Validation verdict (%s)", v.beanValidation)
          .isEqualTo(expected.get("beanValidation").asString());
      assertThat(v.schema.isEmpty() ? "valid" : "invalid")
          .as("JSON Schema verdict (%s)", v.schema)
          .isEqualTo(expected.get("schema").asString());
    }));
  }

  @Test
  void everyKnownDifferenceIsIndexedAndDocumented() throws IOException {
    List<String> files = new ArrayList<>();
    documents("known-differences").forEach(f -> files.add(f.getFileName().toString()));
    List<String> indexed = new ArrayList<>();
    knownDifferences().propertyNames().forEach(indexed::add);
    assertThat(indexed).containsExactlyInAnyOrderElementsOf(files);
    String readme = Files.readString(Path.of("README.md"));
    for (String file : files) {
      assertThat(readme).as("schema/README.md lists %s", file).contains(file);
    }
  }

  @Test
  void corpusIsLargeEnough() throws IOException {
    long valid = documents("valid").count();
    long invalid = documents("invalid").count();
    assertThat(valid).isGreaterThanOrEqualTo(20);
    assertThat(invalid).isGreaterThanOrEqualTo(40);
    assertThat(valid + invalid).isGreaterThanOrEqualTo(60);
  }

  static Stream<Path> documents(String folder) throws IOException {
    try (Stream<Path> files = Files.list(CORPUS.resolve(folder))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  private static JsonNode knownDifferences() throws IOException {
    return JsonMapper.shared().readTree(CORPUS.resolve("known-differences.json").toFile());
  }

  /** The two verdicts on one document. */
  record Verdicts(List<Finding> beanValidation, List<Error> schema) {

    static Verdicts of(Path file) throws IOException {
      List<Finding> findings = DatasetReader.create().load(List.of(file)).findings().stream()
          .filter(f -> f.severity() == Severity.ERROR)
          .toList();
      String json = Files.readString(file, StandardCharsets.UTF_8);
      return new Verdicts(findings, NetworkntValidator.validate("dataset", json));
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
