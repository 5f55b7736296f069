package org.policyset.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * victools is an optional dependency of policyset-schema: without it, {@link Schemas} and the
 * constants of {@link SchemaGenerator} work, and {@link SchemaGenerator#create()} says what to add
 * instead of failing with a NoClassDefFoundError. (The consumer project of examples/consumer runs
 * policyset-schema without victools for real.)
 */
class OptionalGeneratorTest {

  @Test
  void withoutVictoolsCreateSaysWhatToAdd() {
    // A class loader that sees nothing: victools' generator cannot be loaded through it.
    ClassLoader withoutVictools = new URLClassLoader(new URL[0], null);
    assertThatThrownBy(() -> SchemaGenerator.requireVictools(withoutVictools))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("optional dependency of policyset-schema")
        .hasMessageContaining("com.github.victools:jsonschema-generator")
        .hasMessageContaining("jsonschema-module-jackson")
        .hasMessageContaining("jsonschema-module-jakarta-validation")
        .hasMessageContaining("Schemas");
  }

  @Test
  void withVictoolsTheCheckPasses() {
    SchemaGenerator.requireVictools(SchemaGenerator.class.getClassLoader());
    assertThat(SchemaGenerator.create().generate("topic")).isEqualTo(Schemas.text("topic"));
  }
}
