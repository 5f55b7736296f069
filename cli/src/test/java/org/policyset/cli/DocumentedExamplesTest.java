package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java example of the documentation compiles and runs against the modules of this build: each
 * {@code ```java} block of {@code README.md} and each {@code <pre>{@code …}</pre>} example of the
 * public Javadoc that is Java (not JSON or command output). Each is compiled as the body of a method
 * with the API packages imported (what a user's file would import), then run in a JVM of its own
 * from a folder that holds a copy of {@code dataset/data}, as the examples' paths expect.
 */
class DocumentedExamplesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final List<String> IMPORTS = List.of("java.io.*", "java.net.URI", "java.nio.file.*",
      "java.util.*", "tools.jackson.databind.JsonNode", "org.policyset.schema.*",
      "org.policyset.core.diff.*", "org.policyset.core.generate.*", "org.policyset.core.io.*",
      "org.policyset.core.merge.*", "org.policyset.core.model.*", "org.policyset.core.query.*",
      "org.policyset.core.report.*", "org.policyset.core.validation.*", "org.policyset.core.write.*",
      "org.policyset.dataset.*");

  @TempDir
  static Path work;

  /** An example: where it stands and its code. */
  record Example(String where, String code) {}

  static List<Example> readmeExamples() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    List<Example> examples = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^```java\n(.*?)^```", Pattern.DOTALL).matcher(readme);
    while (m.find()) {
      int line = (int) readme.substring(0, m.start()).lines().count() + 1;
      examples.add(new Example("README.md:" + line, m.group(1)));
    }
    return examples;
  }

  static List<Example> javadocExamples() throws IOException {
    List<Example> examples = new ArrayList<>();
    Pattern pre = Pattern.compile("<pre>\\{@code\n(.*?)\\}</pre>", Pattern.DOTALL);
    for (String module : List.of("core", "schema", "dataset", "cli")) {
      List<Path> sources;
      try (Stream<Path> s = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      for (Path source : sources) {
        String text = Files.readString(source);
        Matcher m = pre.matcher(text);
        while (m.find()) {
          String code = m.group(1).lines().map(l -> l.replaceFirst("^\\s*\\* ?", ""))
              .reduce("", (a, b) -> a + b + "\n");
          if (isJava(code)) {
            int line = (int) text.substring(0, m.start()).lines().count() + 1;
            examples.add(new Example(ROOT.relativize(source) + ":" + line, code));
          }
        }
      }
    }
    return examples;
  }

  /** Tells Java from the JSON documents and command output that Javadoc also shows. */
  static boolean isJava(String code) {
    String s = code.strip();
    return !s.startsWith("{") && !s.startsWith("::") && !s.startsWith("$") && s.contains(";");
  }

  @Test
  void theDocumentationHasTheExamplesThisTestRuns() throws IOException {
    assertThat(readmeExamples()).as("README java blocks").hasSizeGreaterThanOrEqualTo(2);
    assertThat(javadocExamples()).as("Javadoc Java examples").hasSizeGreaterThanOrEqualTo(4);
    assertThat(isJava("{\"a\": 1}")).isFalse();
    assertThat(isJava("Dataset d = BundledDataset.load();")).isTrue();
  }

  @TestFactory
  Stream<DynamicTest> everyExampleCompilesAndRuns() throws IOException {
    List<Example> all = new ArrayList<>(readmeExamples());
    all.addAll(javadocExamples());
    Path folder = work.resolve("run");
    copy(ROOT.resolve("dataset/data"), folder.resolve("dataset/data"));
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Example e = all.get(i);
      String name = "Example" + i;
      tests.add(DynamicTest.dynamicTest(e.where(), () -> check(name, e, folder)));
    }
    return tests.stream();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void check(String name, Example e, Path folder) throws Exception {
    Path classes = work.resolve("classes-" + name);
    Files.createDirectories(classes);
    StringBuilder src = new StringBuilder();
    IMPORTS.forEach(i -> src.append("import ").append(i).append(";\n"));
    src.append("public class ").append(name).append(" {\n  public static void main(String[] args) ")
        .append("throws Exception {\n").append(e.code()).append("\n  }\n}\n");
    List<String> errors = compile(name, src.toString(), classes);
    assertThat(errors).as("%s compiles as written:\n%s", e.where(), e.code()).isEmpty();
    List<String> command = List.of(ChildJvm.javaBin(), "-cp",
        classes + java.io.File.pathSeparator + System.getProperty("java.class.path"), name);
    ChildJvm run = ChildJvm.exec(command, Duration.ofMinutes(2), folder);
    assertThat(run.exit()).as("%s runs: %s", e.where(), run.err()).isZero();
    assertThat(run.err()).as("%s prints no error", e.where()).isEmpty();
    if (e.where().startsWith("README") && e.code().contains("System.out")) {
      assertThat(run.out()).as("%s prints what it shows", e.where()).isNotBlank();
    }
  }

  private static List<String> compile(String name, String source, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      JavaFileObject unit = new SimpleJavaFileObject(
          java.net.URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      List<String> options = List.of("-classpath", System.getProperty("java.class.path"),
          "-d", classes.toString(), "-proc:none", "-Xlint:none");
      StringWriter out = new StringWriter();
      javac.getTask(out, files, diagnostics, options, null, List.of(unit)).call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
        .map(d -> "line " + (d.getLineNumber() - IMPORTS.size() - 2) + ": " + d.getMessage(Locale.ROOT))
        .toList();
  }
}
