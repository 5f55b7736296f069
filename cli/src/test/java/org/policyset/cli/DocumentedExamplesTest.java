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

  private static final List<String> IMPORTS = imports();

  /** What a user's file would import: a few JDK packages and every package core exports. */
  private static List<String> imports() {
    List<String> imports = new ArrayList<>(List.of("java.io.*", "java.net.URI", "java.nio.charset.*", "java.nio.file.*",
        "java.util.*", "tools.jackson.databind.JsonNode", "org.policyset.schema.*",
        "org.policyset.dataset.*"));
    try {
      Matcher m = Pattern.compile("(?m)^\\s*exports ([\\w.]+);")
          .matcher(Files.readString(Path.of("../core/src/main/java/module-info.java")));
      while (m.find()) {
        imports.add(m.group(1) + ".*");
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return List.copyOf(imports);
  }

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
    Path classes = work.resolve("classes");
    Files.createDirectories(classes);
    // Each example is compiled on its own, so that a compile error names its example.
    List<List<String>> errors = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      String name = "Example" + i;
      names.add(name);
      StringBuilder src = new StringBuilder();
      IMPORTS.forEach(imp -> src.append("import ").append(imp).append(";\n"));
      src.append("public class ").append(name).append(" {\n  public static void main(String[] args) ")
          .append("throws Exception {\n").append(all.get(i).code()).append("\n  }\n}\n");
      errors.add(compile(name, src.toString(), classes));
    }
    // Then all run in one JVM (a JVM per example would cost a start-up each), each with its own
    // standard output and error, from a folder that holds dataset/data.
    List<String> compiled = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (errors.get(i).isEmpty()) {
        compiled.add(names.get(i));
      }
    }
    List<String> command = new ArrayList<>(List.of(ChildJvm.javaBin(), "-cp",
        classes + java.io.File.pathSeparator + System.getProperty("java.class.path"),
        ExampleRunner.class.getName(), work.toString()));
    command.addAll(compiled);
    ChildJvm run = ChildJvm.exec(command, Duration.ofMinutes(3), folder);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Example e = all.get(i);
      String name = names.get(i);
      List<String> compileErrors = errors.get(i);
      tests.add(DynamicTest.dynamicTest(e.where(), () -> {
        assertThat(compileErrors).as("%s compiles as written:\n%s", e.where(), e.code()).isEmpty();
        assertThat(run.exit()).as("the examples' JVM: %s", run.err()).isZero();
        String out = Files.readString(work.resolve(name + ".out"));
        String err = Files.readString(work.resolve(name + ".err"));
        assertThat(err).as("%s runs and prints no error", e.where()).isEmpty();
        if (e.where().startsWith("README") && e.code().contains("System.out")) {
          assertThat(out).as("%s prints what it shows", e.where()).isNotBlank();
        }
      }));
    }
    return tests.stream();
  }

  /** Runs example classes one after the other, each with its output in NAME.out and NAME.err. */
  public static final class ExampleRunner {
    private ExampleRunner() {}

    /** Runs the classes named after the first argument, the folder for their output. */
    public static void main(String[] args) throws Exception {
      Path dir = Path.of(args[0]);
      java.io.PrintStream stdout = System.out;
      java.io.PrintStream stderr = System.err;
      for (int i = 1; i < args.length; i++) {
        try (java.io.PrintStream out = new java.io.PrintStream(
                Files.newOutputStream(dir.resolve(args[i] + ".out")), true, StandardCharsets.UTF_8);
            java.io.PrintStream err = new java.io.PrintStream(
                Files.newOutputStream(dir.resolve(args[i] + ".err")), true, StandardCharsets.UTF_8)) {
          System.setOut(out);
          System.setErr(err);
          try {
            Class.forName(args[i]).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
          } catch (java.lang.reflect.InvocationTargetException e) {
            e.getCause().printStackTrace(err);
          } finally {
            System.out.flush();
            System.setOut(stdout);
            System.setErr(stderr);
          }
        }
      }
    }
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
