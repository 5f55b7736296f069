package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The distribution archives as a user gets them: each is unpacked with the system's own tar and
 * unzip into a folder whose path holds spaces, and bin/policyset is run from another folder,
 * through symbolic links, with and without JAVA_HOME. Runs after 'package' (failsafe, in
 * {@code mvn verify}), on the archives that phase built.
 */
class DistributionIT {

  static final String VERSION = System.getProperty("policyset.version");
  static final Path ARCHIVES = Path.of(System.getProperty("policyset.dist", "target/unset"));
  static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  static Path temp;

  /** Where each archive was unpacked: its policyset-VERSION folder, by format. */
  static final Map<String, Path> UNPACKED = new HashMap<>();

  /** A working folder of its own, away from the archive, with a space in its name. */
  static Path elsewhere;

  /** The output of a process. */
  record Run(int exit, String out, String err) {}

  static Run run(List<String> command, Path dir, Map<String, String> env, Set<String> unset) {
    try {
      Path out = Files.createTempFile(temp, "out", ".txt");
      Path err = Files.createTempFile(temp, "err", ".txt");
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      builder.environment().keySet().removeAll(unset);
      builder.environment().putAll(env);
      Process p = builder.start();
      if (!p.waitFor(3, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static Run run(List<String> command, Path dir) {
    return run(command, dir, Map.of(), Set.of());
  }

  static Run policyset(String format, String... args) {
    List<String> command = new ArrayList<>(List.of(launcher(format).toString()));
    command.addAll(List.of(args));
    return run(command, elsewhere);
  }

  static Path launcher(String format) {
    return UNPACKED.get(format).resolve("bin/policyset");
  }

  static boolean has(String tool) {
    return ManPageTest.has(tool);
  }

  @BeforeAll
  static void unpack() throws IOException {
    assertThat(VERSION).as("run by failsafe, which passes the version").isNotBlank();
    Path room = Files.createDirectories(temp.resolve("unpacked here"));
    elsewhere = Files.createDirectories(temp.resolve("work ing"));
    for (String format : List.of("tar.gz", "zip")) {
      Path archive = Path.of(ARCHIVES + "." + format);
      assertThat(archive).as("the archive 'package' built").isRegularFile();
      Path into = Files.createDirectories(room.resolve(format + " copy"));
      Run r = format.equals("zip")
          ? run(List.of("unzip", "-q", archive.toString(), "-d", into.toString()), temp)
          : run(List.of("tar", "-xzf", archive.toString(), "-C", into.toString()), temp);
      assertThat(r.exit()).as("unpacking %s: %s", archive, r.err()).isZero();
      try (Stream<Path> top = Files.list(into)) {
        assertThat(top.map(p -> p.getFileName().toString()).toList())
            .as("one folder at the top of the %s", format).containsExactly("policyset-" + VERSION);
      }
      UNPACKED.put(format, into.resolve("policyset-" + VERSION));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tar.gz", "zip"})
  void theArchiveHoldsTheLauncherTheJarsTheManPagesAndTheCompletion(String format) throws IOException {
    Path home = UNPACKED.get(format);
    assertThat(home.resolve("bin/policyset")).isRegularFile();
    assertThat(home.resolve("lib/policyset-cli-" + VERSION + ".jar")).isRegularFile();
    assertThat(home.resolve("lib/policyset-core-" + VERSION + ".jar")).isRegularFile();
    assertThat(home.resolve("lib/policyset-dataset-" + VERSION + ".jar")).isRegularFile();
    assertThat(home.resolve("man/man1/policyset.1")).isRegularFile();
    assertThat(home.resolve("man/man1/policyset-validate.1")).isRegularFile();
    assertThat(home.resolve("completion/policyset.bash")).isRegularFile();
    assertThat(home.resolve("README.md")).hasSameTextualContentAs(REPOSITORY.resolve("README.md"));
    for (String notice : List.of("LICENSE", "NOTICE")) {
      if (Files.exists(REPOSITORY.resolve(notice))) {
        assertThat(home.resolve(notice)).hasSameTextualContentAs(REPOSITORY.resolve(notice));
      }
    }
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      List<String> jars = lib.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(jars).allMatch(n -> n.endsWith(".jar"))
          .noneMatch(n -> n.endsWith("-all.jar"))   // the shaded jar would hold everything twice
          .noneMatch(n -> n.matches("(junit|assertj|duckdb|jazzer|archunit|commons-csv|opentest4j).*"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tar.gz", "zip"})
  void theLauncherKeepsItsExecutableBitAndNothingElseGainsOne(String format) throws IOException {
    Path home = UNPACKED.get(format);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(launcher(format))))
        .isEqualTo("rwxr-xr-x");
    try (Stream<Path> files = Files.walk(home)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.equals(launcher(format))).toList()) {
        assertThat(Files.getPosixFilePermissions(f)).as("%s", home.relativize(f))
            .doesNotContain(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_EXECUTE)
            .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OTHERS_READ);
      }
    }
  }

  @Test
  void theArchivesRecordTheModesThemselves() {
    // As listed by the archivers, not only as this system's tar and unzip applied them.
    String tar = run(List.of("tar", "-tvzf", ARCHIVES + ".tar.gz"), temp).out();
    assertThat(tar).containsPattern("(?m)^-rwxr-xr-x .*policyset-" + VERSION.replace(".", "\\.")
        + "/bin/policyset$");
    assumeTrue(has("zipinfo"), "zipinfo is not installed");
    String zip = run(List.of("zipinfo", ARCHIVES + ".zip"), temp).out();
    assertThat(zip).containsPattern("(?m)^-rwxr-xr-x .*unx .*policyset-" + VERSION.replace(".", "\\.")
        + "/bin/policyset$");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tar.gz", "zip"})
  void versionAndValidateRunFromAnotherFolder(String format) throws IOException {
    Run version = policyset(format, "--version");
    assertThat(version.exit()).as(version.err()).isZero();
    assertThat(version.out()).startsWith("policyset " + VERSION + "\n");
    assertThat(version.err()).isEmpty();

    // The repository's dataset, copied to a folder whose name holds spaces, given after '--'.
    Path data = temp.resolve(format + " data set");
    if (!Files.exists(data)) {
      copy(REPOSITORY.resolve("dataset/data"), data);
    }
    Run validate = policyset(format, "validate", "--", data.toString());
    assertThat(validate.exit()).as(validate.out() + validate.err()).isZero();
    assertThat(validate.out()).contains("checked: no errors");
    assertThat(validate.err()).isEmpty();

    // With no PATH: the dataset bundled in lib/policyset-dataset-VERSION.jar.
    Run bundled = policyset(format, "validate");
    assertThat(bundled.exit()).as(bundled.out() + bundled.err()).isZero();
    assertThat(bundled.out()).contains("bundled dataset").contains("no errors");
  }

  @Test
  void everyModuleInLibIsThere() throws IOException {
    // The commands that need the schema and testkit modules (and their dependencies) run.
    Run schema = policyset("tar.gz", "schema", "--type", "stance");
    assertThat(schema.exit()).as(schema.err()).isZero();
    assertThat(schema.out()).contains("\"$schema\"");
    Path generated = elsewhere.resolve("ten records.json");
    Run generate = policyset("tar.gz", "generate", "-n", "10", "--seed", "1", "-o", generated.toString());
    assertThat(generate.exit()).as(generate.err()).isZero();
    Run query = policyset("tar.gz", "query", "--count", "--", generated.toString());
    assertThat(query.exit()).as(query.err()).isZero();
    assertThat(query.out().strip()).matches("\\d+");
  }

  @Test
  void argumentsReachTheCommandExactlyAsGiven() {
    String odd = "no such * file $HOME `id` \"q\" 'a'.json";
    Run r = policyset("tar.gz", "validate", "--", odd, "-h.json");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(3);
    assertThat(r.out()).contains(odd).contains("-h.json").contains("no such file");
    // POLICYSET_JAVA_OPTS is split into options, never expanded as a file pattern.
    Run opts = run(List.of(launcher("tar.gz").toString(), "--version"), elsewhere,
        Map.of("POLICYSET_JAVA_OPTS", "-Dpolicyset.glob=* -XshowSettings:properties"), Set.of());
    assertThat(opts.exit()).as(opts.err()).isZero();
    assertThat(opts.err()).contains("policyset.glob = *");
  }

  @Test
  void symbolicLinksToTheLauncherWork() throws IOException {
    Path links = Files.createDirectories(temp.resolve("links here"));
    Path other = Files.createDirectories(temp.resolve("other dir"));
    // links here/pset -> ../other dir/pset2 (relative) -> the launcher (absolute).
    Files.createSymbolicLink(other.resolve("pset2"), launcher("tar.gz"));
    Files.createSymbolicLink(links.resolve("pset"), Path.of("..", "other dir", "pset2"));
    Run r = run(List.of(links.resolve("pset").toString(), "--version"), elsewhere);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("policyset " + VERSION);
    // And as a command found on the PATH, called by its link's name.
    Run onPath = run(List.of("sh", "-c", "pset --version"), elsewhere,
        Map.of("PATH", links + ":" + System.getenv("PATH")), Set.of());
    assertThat(onPath.exit()).as(onPath.err()).isZero();
    assertThat(onPath.out()).startsWith("policyset " + VERSION);
  }

  @Test
  void javaComesFromJavaHomeOrElseThePath() throws IOException {
    Path javaHome = Path.of(System.getProperty("java.home"));
    Run fromPath = run(List.of(launcher("tar.gz").toString(), "--version"), elsewhere,
        Map.of("PATH", javaHome.resolve("bin") + ":/usr/bin:/bin"), Set.of("JAVA_HOME"));
    assertThat(fromPath.exit()).as(fromPath.err()).isZero();
    Run fromHome = run(List.of(launcher("tar.gz").toString(), "--version"), elsewhere,
        Map.of("JAVA_HOME", javaHome.toString(), "PATH", "/usr/bin:/bin"), Set.of());
    assertThat(fromHome.exit()).as(fromHome.err()).isZero();

    Run badHome = run(List.of(launcher("tar.gz").toString(), "--version"), elsewhere,
        Map.of("JAVA_HOME", temp.resolve("no java here").toString()), Set.of());
    assertThat(badHome.exit()).isEqualTo(2);
    assertThat(badHome.err()).contains("JAVA_HOME").contains("no bin/java");

    Run none = run(List.of(launcher("tar.gz").toString(), "--version"), elsewhere,
        Map.of("PATH", emptyBin().toString()), Set.of("JAVA_HOME"));
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("no java on the PATH");

    // An older Java is named as such instead of failing with a class-version error.
    Path old = Files.createDirectories(temp.resolve("old jdk/bin"));
    Files.writeString(old.resolve("java"), "#!/bin/sh\necho should not run >&2\nexit 99\n");
    Files.setPosixFilePermissions(old.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(old.getParent().resolve("release"), "JAVA_VERSION=\"11.0.2\"\n");
    Run older = run(List.of(launcher("tar.gz").toString(), "--version"), elsewhere,
        Map.of("JAVA_HOME", old.getParent().toString()), Set.of());
    assertThat(older.exit()).isEqualTo(2);
    assertThat(older.err()).contains("Java 11.0.2").contains("needs Java 17");
  }

  /** A folder of the tools the launcher uses (readlink, dirname, sed, cut) but no java. */
  private static Path emptyBin() throws IOException {
    Path bin = Files.createDirectories(temp.resolve("no java bin"));
    for (String tool : List.of("readlink", "dirname", "sed", "cut")) {
      Path copy = bin.resolve(tool);
      if (!Files.exists(copy)) {
        Path real = Stream.of("/usr/bin", "/bin").map(d -> Path.of(d, tool)).filter(Files::isExecutable)
            .findFirst().orElseThrow();
        Files.copy(real, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return bin;
  }

  @Test
  void aLauncherCopiedAwayFromItsJarsSaysSo() throws IOException {
    Path alone = Files.createDirectories(temp.resolve("alone/bin"));
    Files.copy(launcher("tar.gz"), alone.resolve("policyset"));
    Run r = run(List.of(alone.resolve("policyset").toString(), "--version"), elsewhere);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("lib is missing");
  }

  @Test
  void theCompletionScriptInTheArchiveIsTheOneTheCommandPrintsAndBashTakesIt() throws IOException {
    Path script = UNPACKED.get("tar.gz").resolve("completion/policyset.bash");
    Run printed = policyset("tar.gz", "completion");
    assertThat(printed.exit()).isZero();
    assertThat(Files.readString(script)).isEqualTo(printed.out());
    assumeTrue(has("bash"), "bash is not installed");
    Run r = run(List.of("bash", "-c", "source \"$1\" && complete -p policyset", "bash", script.toString()),
        elsewhere);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("_complete_policyset");
  }

  @Test
  void manShowsThePageFromTheArchive() {
    assumeTrue(has("man"), "man is not installed");
    Path page = UNPACKED.get("zip").resolve("man/man1/policyset-validate.1");
    Run r = run(List.of("man", "--warnings", "-l", page.toString()), elsewhere,
        Map.of("MANWIDTH", "80", "MANPAGER", "cat", "PAGER", "cat"), Set.of());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("policyset validate").contains("EXIT STATUS");
  }

  @Test
  void theLauncherIsPortableShell() {
    // /bin/sh runs it (dash on Debian); shellcheck, where installed, finds nothing in it.
    Run syntax = run(List.of("sh", "-n", launcher("tar.gz").toString()), elsewhere);
    assertThat(syntax.exit()).as(syntax.err()).isZero();
    assumeTrue(has("shellcheck"), "shellcheck is not installed");
    Run check = run(List.of("shellcheck", "--shell=sh", launcher("tar.gz").toString()), elsewhere);
    assertThat(check.exit()).as(check.out()).isZero();
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
}
