package org.policyset.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The checked-in schema files are exactly what the generator makes from today's core types. */
class SchemaFreshnessTest {

  static final String REGENERATE =
      "regenerate with: mvn -q -pl schema -am process-classes -Dpolicyset.schema.write";

  static final Path CHECKED_IN = Path.of("src", "main", "resources").resolve(Schemas.RESOURCE_FOLDER);

  private final SchemaGenerator generator = SchemaGenerator.create();

  @Test
  void checkedInSchemasMatchAFreshGeneration() throws IOException {
    List<String> outdated = generator.outdated(CHECKED_IN);
    assertThat(outdated)
        .withFailMessage("schema files are stale or missing: %s; %s", outdated, REGENERATE)
        .isEmpty();
  }

  @Test
  void packagedSchemasMatchAFreshGeneration() {
    for (Map.Entry<String, String> e : generator.generateAll().entrySet()) {
      String type = e.getKey().substring(0, e.getKey().indexOf('.'));
      assertThat(Schemas.text(type))
          .withFailMessage("%s on the classpath is stale; %s", e.getKey(), REGENERATE)
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void noOtherFilesAreCheckedIn() throws IOException {
    try (Stream<Path> files = Files.list(CHECKED_IN)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .withFailMessage("remove schema files the generator no longer makes")
          .containsExactlyInAnyOrderElementsOf(generator.generateAll().keySet());
    }
  }

  @Test
  void generationIsDeterministic() {
    assertThat(SchemaGenerator.create().generateAll()).isEqualTo(generator.generateAll());
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

  @Test
  void filesUseTwoSpaceIndentAndEndWithOneNewline() {
    for (String text : generator.generateAll().values()) {
      assertThat(text).startsWith("{\n  \"$schema\": ").endsWith("}\n").doesNotEndWith("\n\n");
      assertThat(text).doesNotContain("\t").doesNotContain("\r");
    }
  }
}
