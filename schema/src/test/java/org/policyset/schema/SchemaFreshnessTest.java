package org.policyset.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The checked-in schema files of every version are exactly what the generator makes from today's core types. */
class SchemaFreshnessTest {

  static final String REGENERATE =
      "regenerate with: mvn -q -pl schema -am process-classes -Dpolicyset.schema.write";

  static final Path CHECKED_IN = checkedIn(Schemas.VERSION);

  private final SchemaGenerator generator = SchemaGenerator.create();

  static Path checkedIn(String version) {
    return Path.of("src", "main", "resources").resolve(Schemas.resourceFolder(version));
  }

  static List<String> versions() {
    return Schemas.versions();
  }

  @ParameterizedTest(name = "schema/{0}")
  @MethodSource("versions")
  void checkedInSchemasMatchAFreshGeneration(String version) throws IOException {
    List<String> outdated = SchemaGenerator.create(version).outdated(checkedIn(version));
    assertThat(outdated)
        .withFailMessage("schema/%s files are stale or missing: %s; %s", version, outdated, REGENERATE)
        .isEmpty();
  }

  @ParameterizedTest(name = "schema/{0}")
  @MethodSource("versions")
  void packagedSchemasMatchAFreshGeneration(String version) {
    for (Map.Entry<String, String> e : SchemaGenerator.create(version).generateAll().entrySet()) {
      String type = e.getKey().substring(0, e.getKey().indexOf('.'));
      assertThat(Schemas.text(version, type))
          .withFailMessage("schema/%s/%s on the classpath is stale; %s", version, e.getKey(), REGENERATE)
          .isEqualTo(e.getValue());
    }
  }

  @ParameterizedTest(name = "schema/{0}")
  @MethodSource("versions")
  void noOtherFilesAreCheckedIn(String version) throws IOException {
    try (Stream<Path> files = Files.list(checkedIn(version))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .withFailMessage("remove schema files the generator no longer makes")
          .containsExactlyInAnyOrderElementsOf(SchemaGenerator.create(version).generateAll().keySet());
    }
  }

  @Test
  void noOtherVersionFoldersAreCheckedIn() throws IOException {
    try (Stream<Path> files = Files.list(checkedIn(Schemas.VERSION).getParent())) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("report")))
          .containsExactlyInAnyOrderElementsOf(Schemas.versions());
    }
  }

  @Test
  void theVersionlessMethodsReadTheCurrentVersion() {
    assertThat(generator.version()).isEqualTo(Schemas.VERSION);
    assertThat(generator.generateAll()).isEqualTo(SchemaGenerator.create(Schemas.VERSION).generateAll());
    assertThat(Schemas.text("stance")).isEqualTo(Schemas.text(Schemas.VERSION, "stance"));
  }

  @Test
  void versionsDifferWhereTheModelDoes() {
    String v1 = SchemaGenerator.create("1").generate("stance");
    String v2 = SchemaGenerator.create("2").generate("stance");
    assertThat(v1).contains("\"until\"").doesNotContain("\"attested\"").contains("/schema/1/stance");
    assertThat(v2).contains("\"attested\"", "\"inEffect\"", "\"edtfDate\"").doesNotContain("\"until\"")
        .contains("/schema/2/stance");
  }

  @ParameterizedTest(name = "schema/{0}")
  @MethodSource("versions")
  void generationIsDeterministic(String version) {
    assertThat(SchemaGenerator.create(version).generateAll())
        .isEqualTo(SchemaGenerator.create(version).generateAll());
  }

  @Test
  void unknownVersionsAreRefusedWithTheKnownOnes() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemaGenerator.create("3"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("known versions: 1, 2");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Schemas.text("0", "stance"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'0'");
  }

  @Test
  void mainWritesTheVersionItsFolderIsNamedAfter(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    SchemaGenerator.main(new String[] {dir.resolve("2").toString(), dir.resolve("other").toString()});
    assertThat(SchemaGenerator.create("2").outdated(dir.resolve("2"))).isEmpty();
    assertThat(SchemaGenerator.create(Schemas.VERSION).outdated(dir.resolve("other"))).isEmpty();
  }

  @Test
  void writeAllWritesOnlyWhatDiffers(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    assertThat(generator.writeAll(dir)).hasSize(Schemas.types().size());
    assertThat(generator.outdated(dir)).isEmpty();
    Files.writeString(dir.resolve("stance.schema.json"), "{}\n");
    assertThat(generator.outdated(dir)).containsExactly("stance.schema.json");
    assertThat(generator.writeAll(dir)).containsExactly(dir.resolve("stance.schema.json"));
    assertThat(generator.outdated(dir)).isEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @ParameterizedTest(name = "schema/{0}")
  @MethodSource("versions")
  void filesUseTwoSpaceIndentAndEndWithOneNewline(String version) {
    for (String text : SchemaGenerator.create(version).generateAll().values()) {
      assertThat(text).startsWith("{\n  \"$schema\": ").endsWith("}\n").doesNotEndWith("\n\n");
      assertThat(text).doesNotContain("\t").doesNotContain("\r");
    }
  }
}
