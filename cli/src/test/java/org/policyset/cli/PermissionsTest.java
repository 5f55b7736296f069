package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code export}, {@code merge -o DIR}, {@code merge -o FILE}, {@code validate --output},
 * {@code query -o} and {@code format} leave on disk under the umask of the user who runs them: new
 * files {@code 0666} and new folders {@code 0777} less the umask, and a replaced file keeps its
 * mode. Each umask runs the commands in a child process started by a shell with that umask.
 */
class PermissionsTest {

  @TempDir
  Path dir;

  /** Runs several commands, separated by {@code ;;}, in one JVM; exits with the first failure's code. */
  public static void main(String[] args) {
    List<List<String>> commands = new ArrayList<>();
    commands.add(new ArrayList<>());
    for (String a : args) {
      if (a.equals(";;")) {
        commands.add(new ArrayList<>());
      } else {
        commands.get(commands.size() - 1).add(a);
      }
    }
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    for (List<String> c : commands) {
      int code = Main.run(out, err, c.toArray(String[]::new));
      if (code != 0) {
        err.println("exit " + code + " from " + c);
        System.exit(code);
      }
    }
  }

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  private static String masked(int mode, int umask) {
    int m = mode & ~umask;
    StringBuilder sb = new StringBuilder();
    String letters = "rwxrwxrwx";
    for (int bit = 8; bit >= 0; bit--) {
      sb.append((m & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "umask {0}")
  @ValueSource(strings = {"022", "077", "002"})
  void newFilesAndFoldersFollowTheUmaskAndReplacedFilesKeepTheirMode(String umaskText) throws Exception {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a shell to set the umask");
    int umask = Integer.parseInt(umaskText, 8);
    Path fixture = Path.of("..", "core", "src", "test", "resources", "fixtures", "valid-minimal");
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    for (String f : List.of("data.json", "manifest.json")) {
      Files.copy(fixture.resolve(f), data.resolve(f));
    }
    Path kept = dir.resolve("kept.json");
    Files.copy(fixture.resolve("data.json"), kept);
    Files.writeString(kept, Files.readString(kept).replace("\n", "\n\n"));   // not canonical: format rewrites it
    Set<PosixFilePermission> odd = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(kept, odd);
    Path keptExport = dir.resolve("keptexport");
    Files.createDirectories(keptExport);
    Files.writeString(keptExport.resolve("stances.csv"), "old");
    Files.setPosixFilePermissions(keptExport.resolve("stances.csv"), odd);

    List<String> args = new ArrayList<>(Arrays.asList(
        "export", "-o", dir.resolve("exported").toString(), "--", data.toString(), ";;",
        "export", "-o", keptExport.toString(), "--", data.toString(), ";;",
        "merge", data.toString(), data.toString(), "-o", dir.resolve("merged").toString(), ";;",
        "merge", data.toString(), "-o", dir.resolve("merged.json").toString(), ";;",
        "validate", "--format", "json", "--output", dir.resolve("reports/report.json").toString(), "--",
        data.toString(), ";;",
        "query", "--format", "csv", "-o", dir.resolve("q.csv").toString(), "--", data.toString(), ";;",
        "format", "--", kept.toString()));
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "umask " + umaskText + " && exec \"$@\"",
        "sh", ChildJvm.javaBin(), "-cp", System.getProperty("java.class.path"), PermissionsTest.class.getName()));
    command.addAll(args);
    ChildJvm run = ChildJvm.exec(command, Duration.ofMinutes(2));
    assertThat(run.exit()).as(run.err()).isZero();

    String file = masked(0666, umask);
    String folder = masked(0777, umask);
    assertThat(mode(dir.resolve("exported"))).as("export's new folder").isEqualTo(folder);
    try (Stream<Path> s = Files.list(dir.resolve("exported"))) {
      for (Path p : s.toList()) {
        assertThat(mode(p)).as("exported %s", p.getFileName()).isEqualTo(file);
      }
    }
    assertThat(mode(keptExport.resolve("stances.csv"))).as("a replaced export file").isEqualTo("rw-r-----");
    assertThat(mode(keptExport.resolve("actors.csv"))).as("a new file beside it").isEqualTo(file);
    assertThat(mode(dir.resolve("merged"))).as("merge -o DIR's new folder").isEqualTo(folder);
    try (Stream<Path> s = Files.list(dir.resolve("merged"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        assertThat(mode(p)).as("merged %s", p.getFileName()).isEqualTo(file);
      }
    }
    assertThat(mode(dir.resolve("merged.json"))).as("merge -o FILE").isEqualTo(file);
    assertThat(mode(dir.resolve("reports"))).as("the report's new folder").isEqualTo(folder);
    assertThat(mode(dir.resolve("reports/report.json"))).as("validate --output").isEqualTo(file);
    assertThat(mode(dir.resolve("q.csv"))).as("query -o").isEqualTo(file);
    assertThat(Files.readString(kept)).as("format rewrote it").doesNotContain("\n\n");
    assertThat(mode(kept)).as("a file format replaced").isEqualTo("rw-r-----");
  }
}
