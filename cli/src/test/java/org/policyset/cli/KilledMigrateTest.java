package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.model.Dataset;
import org.policyset.core.read.DatasetReader;

/**
 * Kills {@code migrate -- DIR} at each of its renames in turn (strace injects SIGKILL into the Nth
 * rename) and checks what a reader of DIR then finds: the version 1 dataset or the version 2 one
 * whole — manifest and records of one version — or, killed between the two renames of the switch,
 * no DIR and its previous version beside it, which the next migrate puts back. Never a mix.
 */
class KilledMigrateTest {
  private static final Reliability LOG = new Reliability(KilledMigrateTest.class);

  @TempDir
  Path dir;

  private static final String MANIFEST = "{\"manifest\": {\"id\": \"example\", \"title\": \"Example\","
      + " \"version\": \"1.0.0\", \"license\": \"CC0-1.0\", \"schemaVersion\": \"1\"}}\n";

  private static String stances(int n) {
    StringBuilder sb = new StringBuilder("{\"actors\": [{\"id\": \"cn\", \"name\": \"China\", \"kind\": \"state\"}],"
        + " \"topics\": [{\"id\": \"t\", \"name\": \"T\"}],"
        + " \"sources\": [{\"id\": \"seed\", \"title\": \"S\", \"kind\": \"commentary\"}], \"stances\": [");
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? ", " : "").append("{\"id\": \"s").append(i).append("\", \"holders\": [\"cn\"],"
          + " \"topic\": \"t\", \"position\": \"supports\", \"statement\": \"S.\", \"date\": \"2020\","
          + " \"sources\": [{\"source\": \"seed\"}]}");
    }
    return sb.append("]}\n").toString();
  }

  private ChildJvm migrate(String... strace) {
    List<String> cmd = new ArrayList<>(List.of(strace));
    cmd.addAll(ChildJvm.command(List.of(), "migrate", "--", dir.resolve("data").toString()));
    return ChildJvm.exec(cmd, Duration.ofSeconds(120));
  }

  private static Dataset read(Path folder) {
    DatasetReader.Result r = DatasetReader.create().load(List.of(folder));
    assertThat(r.findings()).as("a reader of %s finds one version whole", folder).isEmpty();
    return r.dataset();
  }

  private void reset() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        if (p.getFileName().toString().startsWith(".data") || p.getFileName().toString().equals("data")) {
          org.policyset.core.internal.fs.StagedOutput.deleteTree(p);
        }
      }
    }
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("manifest.json"), MANIFEST);
    Files.writeString(data.resolve("records.json"), stances(40));
    Files.writeString(data.resolve("NOTES.md"), "kept\n");
  }

  @Test
  void aMigrateKilledAtAnyRenameLeavesVersion1OrVersion2NeverAMix() throws Exception {
    assumeTrue(KilledFolderSwitchTestAccess.straceWorks(), "strace is not available (or cannot trace here)");
    reset();
    Dataset v1 = read(dir.resolve("data"));
    Path log = dir.resolve("strace.log");
    ChildJvm full = migrate("strace", "-f", "-qq", "-e", "trace=rename,renameat,renameat2", "-o", log.toString());
    assertThat(full.exit()).as(full.out() + full.err()).isZero();
    Dataset v2 = read(dir.resolve("data"));
    assertThat(v2.manifest().schemaVersion()).isEqualTo("2");
    int renames = 0;
    Matcher m = Pattern.compile("rename(at2?)?\\(").matcher(Files.readString(log));
    while (m.find()) {
      renames++;
    }
    assertThat(renames).isGreaterThanOrEqualTo(3);
    int sawOld = 0;
    int sawNew = 0;
    int sawInterrupted = 0;
    for (int n = 1; n <= renames; n++) {
      reset();
      ChildJvm killed = migrate("strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=rename,renameat,renameat2",
          "-e", "inject=rename,renameat,renameat2:signal=SIGKILL:when=" + n);
      assertThat(killed.exit()).as("killed at rename %d", n).isNotZero();
      Path data = dir.resolve("data");
      if (Files.exists(data)) {
        Dataset now = read(data);
        assertThat(now).as("after a kill at rename %d of %d", n, renames).isIn(v1, v2);
        if (now.equals(v1)) {
          sawOld++;
        } else {
          sawNew++;
        }
        assertThat(data.resolve("NOTES.md")).hasContent("kept");
      } else {
        sawInterrupted++;
      }
      // The next migrate puts things right (or finds nothing to do) and leaves nothing behind.
      ChildJvm again = migrate();
      assertThat(again.exit()).as(again.out() + again.err()).isZero();
      assertThat(read(data)).isEqualTo(v2);
      assertThat(data.resolve("NOTES.md")).hasContent("kept");
      try (Stream<Path> s = Files.list(dir)) {
        assertThat(s.map(p -> p.getFileName().toString()).filter(x -> x.startsWith(".data")))
            .as("left beside the dataset after the next migrate").isEmpty();
      }
    }
    assertThat(sawInterrupted).as("a kill between the two renames of the switch was tried").isPositive();
    LOG.record("A killed process (SIGKILL during the run)",
        "migrate -- DIR killed at each of its " + renames + " renames (strace)",
        sawOld + " × version 1, " + sawNew + " × version 2, " + sawInterrupted
            + " × DIR missing with its previous version beside it (the next migrate puts it back); never a mix");
  }

  /** The strace probe of {@link KilledFolderSwitchTest}. */
  static final class KilledFolderSwitchTestAccess {
    static boolean straceWorks() {
      try {
        Process p = new ProcessBuilder("strace", "-f", "-o", "/dev/null", "true").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
      } catch (IOException | InterruptedException e) {
        return false;
      }
    }
  }

  @AfterAll
  static void write() {
    LOG.write();
  }
}
