package org.policyset.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.Architectures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture as a test, over the main classes of every module: no package cycles, every
 * dependency pointing down the layer order of {@code docs/architecture.md} (whose diagram this
 * test draws and checks), internal packages used only by their owner, the CLI free of Jackson and
 * of core's internals, public API signatures free of Jackson types, and no main source file over
 * 600 lines without a stated reason.
 */
class ArchitectureTest {

  /**
   * The layers, lowest first, each with its packages and what it holds; a layer may use those
   * below it, never those above. The diagram of {@code docs/architecture.md} is drawn from this.
   */
  record Layer(String name, String holds, String... packages) {}

  static final List<Layer> LAYERS = List.of(
      new Layer("model", "records, enums, partial dates", "org.policyset.core.model.."),
      new Layer("diagnostic", "findings, locations, the rule catalogue", "org.policyset.core.diagnostic.."),
      new Layer("shared internals", "text tables, CSV, suggestions; safe file access",
          "org.policyset.core.internal.text..", "org.policyset.core.internal.fs.."),
      new Layer("io", "the reading vocabulary: input files, limits, listeners", "org.policyset.core.io.."),
      new Layer("json internals", "the Jackson setup, located trees", "org.policyset.core.internal.json.."),
      new Layer("read", "DatasetReader; fast, reference and shape internals", "org.policyset.core.read.."),
      new Layer("validation", "DatasetValidator, suppressions, baselines; integrity and provenance",
          "org.policyset.core.validation.."),
      new Layer("operations", "write, merge, diff, query, stats, export, report",
          "org.policyset.core.write..", "org.policyset.core.merge..", "org.policyset.core.diff..",
          "org.policyset.core.query..", "org.policyset.core.stats..", "org.policyset.core.export..",
          "org.policyset.core.report.."),
      new Layer("workflow", "the Policyset facade: request → result", "org.policyset.core.workflow.."),
      new Layer("modules", "schema, dataset, testkit, site", "org.policyset.schema..", "org.policyset.dataset..",
          "org.policyset.testkit..", "org.policyset.site.."),
      new Layer("cli", "the policyset command", "org.policyset.cli.."));

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    // The main classes each module compiled (not the jars, which the reactor may or may not use).
    List<Path> folders = Stream.of("core", "testkit", "schema", "dataset", "site", "cli")
        .map(m -> Path.of("..", m, "target", "classes", "org", "policyset")).toList();
    classes = new ClassFileImporter()
        .withImportOption(location -> !location.contains("/module-info")
            && !location.contains("/package-info"))
        .importPaths(folders);
    assertThat(classes.size()).as("classes imported").isGreaterThan(200);
  }

  @Test
  void noPackageCycles() {
    slices().matching("org.policyset.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void everyDependencyPointsDownTheLayers() {
    Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture()
        .consideringOnlyDependenciesInLayers();
    for (Layer l : LAYERS) {
      layers = layers.layer(l.name()).definedBy(l.packages());
    }
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream().map(Layer::name)
          .toArray(String[]::new);
      layers = layers.whereLayer(LAYERS.get(i).name()).mayOnlyBeAccessedByLayers(above);
    }
    layers = layers.whereLayer("cli").mayNotBeAccessedByAnyLayer();
    layers.check(classes);
  }

  @Test
  void internalPackagesAreUsedOnlyByTheirOwner() {
    noClasses().that().resideOutsideOfPackage("org.policyset.core.read..")
        .should().dependOnClassesThat().resideInAPackage("org.policyset.core.read.internal..")
        .check(classes);
    noClasses().that().resideOutsideOfPackage("org.policyset.core.validation..")
        .should().dependOnClassesThat().resideInAPackage("org.policyset.core.validation.internal..")
        .check(classes);
    noClasses().that().resideOutsideOfPackage("org.policyset.core..")
        .should().dependOnClassesThat().resideInAPackage("org.policyset.core..internal..")
        .check(classes);
  }

  @Test
  void theCommandLineIsAnAdapterWithoutJacksonOrCoreInternals() {
    noClasses().that().resideInAPackage("org.policyset.cli..")
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "org.policyset.core..internal..")
        .check(classes);
  }

  /** Public methods of exported packages deliberately typed with Jackson, and why. */
  static final List<String> JACKSON_IN_API = List.of();

  @Test
  void publicApiSignaturesUseNoJacksonTypes() {
    List<String> found = new ArrayList<>();
    for (JavaClass c : classes.that(exported())) {
      if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
        continue;
      }
      for (JavaMethod m : c.getMethods()) {
        if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
          continue;
        }
        boolean jackson = m.getRawReturnType().getPackageName().startsWith("tools.jackson")
            || m.getRawParameterTypes().stream().anyMatch(p -> p.getPackageName().startsWith("tools.jackson"));
        if (jackson && !JACKSON_IN_API.contains(m.getFullName())) {
          found.add(m.getFullName());
        }
      }
    }
    assertThat(found).as("public API methods typed with Jackson (make them internal, or list them "
        + "in JACKSON_IN_API with the reason in their Javadoc)").isEmpty();
  }

  private static DescribedPredicate<JavaClass> exported() {
    return DescribedPredicate.describe("in a package core exports", c -> {
      String p = c.getPackageName();
      return p.startsWith("org.policyset.core") && !p.contains(".internal");
    });
  }

  static final Pattern LONG_REASON = Pattern.compile("(?m)^// Longer than 600 lines: .+$");

  @Test
  void noMainSourceFileIsOver600LinesWithoutAReason() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (String module : List.of("core", "testkit", "schema", "dataset", "site", "cli", "maven-plugin")) {
      Path root = Path.of("..", module, "src", "main", "java");
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String text = Files.readString(f);
          long lines = text.lines().count();
          if (lines > 600 && !LONG_REASON.matcher(text).find()) {
            tooLong.add(module + "/" + root.relativize(f) + " (" + lines + " lines)");
          }
        }
      }
    }
    assertThat(tooLong).as("main source files over 600 lines with no '// Longer than 600 lines: "
        + "REASON' line").isEmpty();
  }

  /** The layer diagram of docs/architecture.md, drawn from {@link #LAYERS}. */
  static String diagram() {
    StringBuilder sb = new StringBuilder("```mermaid\nflowchart BT\n");
    for (int i = 0; i < LAYERS.size(); i++) {
      Layer l = LAYERS.get(i);
      sb.append("  L").append(i).append("[\"<b>").append(l.name()).append("</b><br/>").append(l.holds())
          .append("\"]\n");
    }
    for (int i = 1; i < LAYERS.size(); i++) {
      sb.append("  L").append(i).append(" --> L").append(i - 1).append('\n');
    }
    return sb.append("```\n").toString();
  }

  @Test
  void docsArchitectureShowsTheseLayers() throws IOException {
    Path doc = Path.of("..", "docs", "architecture.md");
    String text = Files.readString(doc);
    Matcher m = Pattern.compile("(?s)<!-- layers: begin.*?-->\n(.*?)<!-- layers: end -->").matcher(text);
    assertThat(m.find()).as("docs/architecture.md has the layers markers").isTrue();
    if (Boolean.getBoolean("architecture.update")) {
      Files.writeString(doc, text.substring(0, m.start(1)) + diagram() + text.substring(m.end(1)));
      return;
    }
    assertThat(m.group(1)).as("the layer diagram of docs/architecture.md; regenerate it with "
        + "mvn -B -pl cli -am verify -Dtest=ArchitectureTest -Dsurefire.failIfNoSpecifiedTests=false "
        + "-Darchitecture.update=true").isEqualTo(diagram());
  }
}
