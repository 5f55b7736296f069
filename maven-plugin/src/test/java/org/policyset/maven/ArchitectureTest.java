package org.policyset.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin is an adapter, as the command is: it uses core's exported API and Maven's plugin API,
 * never core's internals or Jackson, so that it keeps working while core changes inside.
 */
class ArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(location -> !location.contains("/package-info"))
        .importPath(Path.of("target", "classes"));
    assertThat(classes.stream().map(c -> c.getName())).contains(ValidateMojo.class.getName());
  }

  @Test
  void thePluginUsesOnlyCoresApiAndMavensPluginApi() {
    classes().that().resideInAPackage("org.policyset.maven..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.policyset.maven..",
            "org.policyset.core..", "org.apache.maven.plugin..", "org.apache.maven.plugins.annotations..")
        .check(classes);
  }

  @Test
  void thePluginUsesNoCoreInternalsAndNoJackson() {
    noClasses().that().resideInAPackage("org.policyset.maven..")
        .should().dependOnClassesThat().resideInAnyPackage("org.policyset.core..internal..",
            "tools.jackson..", "com.fasterxml.jackson..")
        .check(classes);
  }
}
