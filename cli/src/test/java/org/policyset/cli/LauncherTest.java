package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./policyset} launcher of the repository, run in a copy of a checkout with stand-ins for
 * {@code mvn} and {@code java} on the PATH: the stand-in Maven takes a while to write the jar (first
 * a half, then the whole), the stand-in Java refuses a half-written jar and writes a class-data
 * archive where it is asked to. What a user notices: launchers started together build once and all
 * work, and a JDK update gets an archive of its own instead of a stale one that the JVM ignores.
 */
class LauncherTest {

  private static final Path LAUNCHER = Path.of("..", "policyset").toAbsolutePath().normalize();
  private static final String JAR = "cli/target/policyset-cli-0.1.0-SNAPSHOT-all.jar";

  @TempDir
  Path dir;

  private Path checkout;
  private Path bin;
  private Path jdk;
  private Path builds;

  @Test
  void theLauncherRebuildsWhenAnyModuleTheCliIsBuiltFromChanges() throws IOException {
    // A module missing from the launcher's list would leave ./policyset running an old jar after
    // that module's sources change.
    String launcher = Files.readString(LAUNCHER);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<artifactId>policyset-([a-z-]+)</artifactId>")
        .matcher(Files.readString(Path.of("pom.xml")));
    List<String> modules = new java.util.ArrayList<>(List.of("cli"));
    while (m.find()) {
      if (!m.group(1).equals("parent") && !m.group(1).equals("cli")) {
        modules.add(m.group(1));
      }
    }
    org.assertj.core.api.Assertions.assertThat(modules).contains("core", "testkit");
    for (String module : modules) {
      org.assertj.core.api.Assertions.assertThat(launcher).as(module)
          .contains("\"$root/" + module + "/pom.xml\"", "\"$root/" + module + "/src/main\"");
    }
  }

  @BeforeEach
  void checkout() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
        "bash is needed to run the launcher");
    checkout = dir.resolve("policyset");
    Files.createDirectories(checkout.resolve("cli/src/main"));
    Files.createDirectories(checkout.resolve("dataset/data"));
    Files.copy(LAUNCHER, checkout.resolve("policyset"));
    executable(checkout.resolve("policyset"));
    Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
    FileTime past = FileTime.from(Instant.now().minusSeconds(3600));
    for (String p : List.of("pom.xml", "cli/src/main", "dataset/data")) {
      Files.setLastModifiedTime(checkout.resolve(p), past);
    }
    builds = dir.resolve("builds.log");
    bin = dir.resolve("bin");
    Files.createDirectories(bin);
    // Maven: records the build, then writes the jar in two steps, slowly, in place.
    script(bin.resolve("mvn"), """
        echo "$$ $*" >> "$BUILDS"
        mkdir -p cli/target
        printf half > %1$s
        sleep 1
        printf whole > %1$s
        """.formatted(JAR));
    jdk = jdk("jdk-a", "17.0.14+7");
  }

  /** A stand-in JDK: bin/java, a release file and a libjvm. */
  private Path jdk(String name, String version) throws IOException {
    Path home = dir.resolve(name);
    Files.createDirectories(home.resolve("bin"));
    Files.createDirectories(home.resolve("lib/server"));
    Files.writeString(home.resolve("release"), "JAVA_RUNTIME_VERSION=\"" + version + "\"\n");
    Files.writeString(home.resolve("lib/server/libjvm.so"), "libjvm " + version);
    script(home.resolve("bin/java"), """
        jar=""; prev=""
        for a in "$@"; do
          case "$a" in
            -XX:ArchiveClassesAtExit=*) printf 'archive of %s' "$0" > "${a#*=}" ;;
          esac
          [ "$prev" = -jar ] && jar="$a"
          prev="$a"
        done
        [ "$(cat "$jar")" = whole ] || { echo "java: $jar is not a whole jar" >&2; exit 99; }
        echo "java $*"
        """);
    return home;
  }

  private static void script(Path file, String body) throws IOException {
    Files.writeString(file, "#!/usr/bin/env bash\nset -eu\n" + body, StandardCharsets.UTF_8);
    executable(file);
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private record Run(int exit, String out, String err) {}

  private static Run finish(Process p, Path out, Path err) throws Exception {
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private Run run(Path javaHome, String... args) throws Exception {
    Path out = dir.resolve("out-" + System.nanoTime());
    Path err = dir.resolve("err-" + System.nanoTime());
    List<String> command = new ArrayList<>(List.of(checkout.resolve("policyset").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("PATH", bin + ":" + javaHome.resolve("bin") + ":/usr/local/bin:/usr/bin:/bin");
    pb.environment().put("BUILDS", builds.toString());
    pb.environment().remove("POLICYSET_JAVA_OPTS");
    return finish(pb.start(), out, err);
  }

  private List<String> builds() throws IOException {
    return Files.exists(builds) ? Files.readAllLines(builds) : List.of();
  }

  @Test
  @Timeout(120)
  void launchersStartedTogetherOnAFreshCheckoutBuildOnceAndAllSucceed() throws Exception {
    int n = 6;
    List<Process> started = new ArrayList<>();
    List<Path[]> outputs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path out = dir.resolve("together-out-" + i);
      Path err = dir.resolve("together-err-" + i);
      ProcessBuilder pb = new ProcessBuilder(checkout.resolve("policyset").toString(), "validate",
          "--select", "syntax", "--", "file-" + i + ".json")
          .directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.environment().put("PATH", bin + ":" + jdk.resolve("bin") + ":/usr/local/bin:/usr/bin:/bin");
      pb.environment().put("BUILDS", builds.toString());
      started.add(pb.start());
      outputs.add(new Path[] {out, err});
    }
    for (int i = 0; i < n; i++) {
      Run r = finish(started.get(i), outputs.get(i)[0], outputs.get(i)[1]);
      assertThat(r.exit()).as("launcher %s: %s", i, r.err()).isZero();
      assertThat(r.out()).as("launcher %s ran the jar", i).contains("-jar " + checkout.resolve(JAR))
          .contains("validate --select syntax -- file-" + i + ".json");
    }
    assertThat(builds()).as("Maven runs").hasSize(1);
    assertThat(builds().get(0)).contains(" package").doesNotContain("install");
    try (Stream<Path> s = Files.list(checkout.resolve("cli/target"))) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".tmp")))
          .as("no half-made class-data archive is left").isEmpty();
    }

    Run again = run(jdk, "rules");
    assertThat(again.exit()).isZero();
    assertThat(builds()).as("an up-to-date jar is not built again").hasSize(1);
    assertThat(again.err()).doesNotContain("building");
  }

  @Test
  @Timeout(60)
  void theClassDataArchiveIsKeyedToTheJvmThatMadeIt() throws Exception {
    Path jar = checkout.resolve(JAR);
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, "whole");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));

    Run first = run(jdk, "rules");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("-XX:ArchiveClassesAtExit=");
    List<Path> archives = archives();
    assertThat(archives).as("one archive after the first run").hasSize(1);
    Path archiveA = archives.get(0);

    Run second = run(jdk, "rules");
    assertThat(second.out()).as("the second run of the same JVM uses the archive")
        .contains("-XX:SharedArchiveFile=" + archiveA).doesNotContain("ArchiveClassesAtExit");

    // The JDK is updated in place: same folder, a new build.
    Files.writeString(jdk.resolve("release"), "JAVA_RUNTIME_VERSION=\"17.0.15+6\"\n");
    Files.writeString(jdk.resolve("lib/server/libjvm.so"), "libjvm 17.0.15+6, a longer build");
    Run updated = run(jdk, "rules");
    assertThat(updated.out()).as("an updated JDK does not get the old JVM's archive")
        .doesNotContain("SharedArchiveFile").contains("-XX:ArchiveClassesAtExit=");
    assertThat(archives()).as("the new JVM's archive replaces the old one").hasSize(1)
        .doesNotContain(archiveA);
    Path archiveB = archives().get(0);
    assertThat(run(jdk, "rules").out()).contains("-XX:SharedArchiveFile=" + archiveB);

    // Another JDK beside it, of the same version: an archive of its own.
    Path other = jdk("jdk-b", "17.0.15+6");
    Files.writeString(other.resolve("lib/server/libjvm.so"), "libjvm 17.0.15+6, a longer build");
    Run otherRun = run(other, "rules");
    assertThat(otherRun.out()).doesNotContain("SharedArchiveFile").contains("-XX:ArchiveClassesAtExit=");
    assertThat(archives()).hasSize(1).doesNotContain(archiveB);
  }

  private List<Path> archives() throws IOException {
    try (Stream<Path> s = Files.list(checkout.resolve("cli/target"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jsa")).sorted().toList();
    }
  }
}
