package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policyset.core.model.Dataset;
import org.policyset.dataset.BundledDataset;
import org.policyset.schema.Schemas;
import org.policyset.testkit.DatasetGenerator;

/**
 * A public signature changes only on purpose: each library module's committed API listing
 * ({@code MODULE/api/ARTIFACT.api}, see {@link ApiListing}) must equal the listing of its compiled
 * classes, and every type in it says {@code @since} in its Javadoc. The failure names each
 * signature added and removed; after a deliberate change, regenerate the listings with
 * {@link #REGENERATE} and record the change in CHANGELOG.md.
 */
class ApiListingTest {

  /** The command that rewrites every listing from the classes. */
  static final String REGENERATE = "mvn -B -pl cli -am verify -Dtest=ApiListingTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dapi.update=true";

  /** The library modules, each with a class of it (to find its classes) and what is listed. */
  enum Module {
    CORE("core", "policyset-core", Dataset.class, "the packages module org.policyset.core exports"),
    DATASET("dataset", "policyset-dataset", BundledDataset.class,
        "every package of policyset-dataset (automatic module org.policyset.dataset)"),
    SCHEMA("schema", "policyset-schema", Schemas.class,
        "every package of policyset-schema (automatic module org.policyset.schema)"),
    TESTKIT("testkit", "policyset-testkit", DatasetGenerator.class,
        "the packages module org.policyset.testkit exports");

    final String folder;
    final String artifact;
    final Class<?> member;
    final String scope;

    Module(String folder, String artifact, Class<?> member, String scope) {
      this.folder = folder;
      this.artifact = artifact;
      this.member = member;
      this.scope = scope;
    }

    Path listingFile() {
      return Path.of("..", folder, "api", artifact + ".api");
    }

    String listing() throws IOException {
      return ApiListing.header(artifact, scope)
          + ApiListing.of(ApiListing.locationOf(member), member.getClassLoader());
    }
  }

  @ParameterizedTest
  @EnumSource(Module.class)
  void theCommittedListingIsTheApiOfTheClasses(Module module) throws IOException {
    String actual = module.listing();
    Path file = module.listingFile();
    if (Boolean.getBoolean("api.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as(file + " is missing; create it with: " + REGENERATE).exists();
    ApiListing.Difference difference =
        ApiListing.compare(Files.readString(file, StandardCharsets.UTF_8), actual);
    assertThat(difference.isEmpty())
        .as("the public API of %s differs from %s:%n%sIf the change is deliberate, regenerate the "
            + "listings with%n  %s%nand record it in CHANGELOG.md.", module.artifact, file,
            difference.describe(), REGENERATE)
        .isTrue();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s holds the same API in another layout; regenerate it with %s", file, REGENERATE)
        .isEqualTo(actual);
  }

  @ParameterizedTest
  @EnumSource(Module.class)
  void everyTypeOfTheApiSaysSince(Module module) throws IOException {
    Set<String> listed = new TreeSet<>();
    String pkg = "";
    for (String line : module.listing().split("\n")) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("    ")) {
        continue;
      }
      if (line.startsWith("  ")) {
        listed.add(pkg + "." + line.strip());
      } else {
        pkg = line.strip();
      }
    }
    assertThat(listed).as("types in the API of " + module.artifact).isNotEmpty();
    SourceTypes sources = sourceTypes(Path.of("..", module.folder, "src", "main", "java"));
    assertThat(sources.api).as("public types declared in the sources of " + module.artifact)
        .containsAll(listed);
    List<String> missing = listed.stream().filter(sources.withoutSince::contains).toList();
    assertThat(missing).as("API types of %s whose Javadoc has no @since (0.1.0 for what the first "
        + "release has; the version that adds a type after it)", module.artifact).isEmpty();
  }

  /** The public and protected types declared in sources, and those without {@code @since}. */
  record SourceTypes(Set<String> api, Set<String> withoutSince) {}

  /** Parses (without compiling) every source file of a folder and reads the types' Javadoc. */
  static SourceTypes sourceTypes(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".java")
          && !p.getFileName().toString().equals("module-info.java")).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Set<String> api = new TreeSet<>();
    Set<String> withoutSince = new TreeSet<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      JavacTask task = (JavacTask) javac.getTask(null, fm, d -> { }, List.of("-proc:none"), null,
          fm.getJavaFileObjectsFromPaths(files));
      DocTrees trees = DocTrees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
        new TreePathScanner<Void, List<String>>() {
          @Override
          public Void visitClass(ClassTree type, List<String> outer) {
            Tree parent = getCurrentPath().getParentPath().getLeaf();
            boolean member = parent instanceof ClassTree;
            if (!member && !(parent instanceof CompilationUnitTree)) {
              return null; // a local or anonymous class
            }
            Set<Modifier> modifiers = type.getModifiers().getFlags();
            boolean visible = modifiers.contains(Modifier.PUBLIC)
                || (member && (modifiers.contains(Modifier.PROTECTED)
                    || isInterface((ClassTree) parent)));
            if (!visible) {
              return null; // neither it nor its member types are API
            }
            List<String> names = new ArrayList<>(outer);
            names.add(type.getSimpleName().toString());
            String name = pkg + "." + String.join(".", names);
            api.add(name);
            if (!saysSince(trees.getDocCommentTree(getCurrentPath()))) {
              withoutSince.add(name);
            }
            for (Tree m : type.getMembers()) {
              if (m instanceof ClassTree) {
                scan(m, names);
              }
            }
            return null;
          }
        }.scan(new TreePath(unit), List.of());
      }
    }
    return new SourceTypes(api, withoutSince);
  }

  private static boolean isInterface(ClassTree type) {
    return type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
  }

  private static boolean saysSince(DocCommentTree doc) {
    return doc != null && doc.getBlockTags().stream().anyMatch(t -> t.getKind() == DocTree.Kind.SINCE);
  }
}
