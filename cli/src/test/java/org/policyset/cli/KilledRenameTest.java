package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code rename actor cn china} on a copy of the bundled dataset at each of its renames in
 * turn (strace injects SIGKILL into the Nth rename), as {@link KilledFolderSwitchTest} does for
 * merge. The rename changes three files; a reader must find the old dataset or the new one whole
 * — or, killed between the two renames of the folder switch, no folder and its previous version
 * beside it, which the next rename puts back before it reads. Never a mix of old and new files.
 */
class KilledRenameTest {
  private static final Reliability LOG = new Reliability(KilledRenameTest.class);

  @TempDir
  Path dir;

  private static boolean straceWorks() {
    try {
      Process p = new ProcessBuilder("strace", "-f", "-o", "/dev/null", "true")
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private ChildJvm rename(String... strace) {
    List<String> cmd = new ArrayList<>(List.of(strace));
    cmd.addAll(ChildJvm.command(List.of(), "rename", "actor", "cn", "china", "--",
        dir.resolve("data").toString()));
    return ChildJvm.exec(cmd, Duration.ofSeconds(120));
  }

  private void reset() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(".data") || name.equals("data")) {
          org.policyset.core.internal.fs.StagedOutput.deleteTree(p);
        }
      }
    }
    NewRecordCommandTest.copyTree(NewRecordCommandTest.BUNDLED, dir.resolve("data"));
    Files.writeString(dir.resolve("data/NOTES.md"), "kept across versions\n");
  }

  /** The dataset files (not the notes) of the folder, by name. */
  private static Map<String, String> files(Path folder) throws IOException {
    Map<String, String> m = new java.util.TreeMap<>();
    NewRecordCommandTest.snapshot(folder).forEach((k, v) -> {
      if (k.endsWith(".json")) {
        m.put(k, new String(v, java.nio.charset.StandardCharsets.UTF_8));
      }
    });
    return m;
  }

  @Test
  void aRenameKilledAtAnyRenameLeavesTheOldOrTheNewDatasetNeverAMix() throws Exception {
    assumeTrue(straceWorks(), "strace is not available (or cannot trace here)");
    reset();
    Map<String, String> oldVersion = files(dir.resolve("data"));
    Path log = dir.resolve("strace.log");
    ChildJvm full = rename("strace", "-f", "-qq", "-e", "trace=rename,renameat,renameat2", "-o",
        log.toString());
    assertThat(full.exit()).as(full.out() + full.err()).isZero();
    Map<String, String> newVersion = files(dir.resolve("data"));
    assertThat(newVersion).isNotEqualTo(oldVersion);
    // Three files change: a write file by file could leave some of them new and others old.
    long differing = oldVersion.keySet().stream()
        .filter(k -> !oldVersion.get(k).equals(newVersion.get(k))).count();
    assertThat(differing).isEqualTo(3);
    int renames = 0;
    Matcher m = Pattern.compile("rename(at2?)?\\(").matcher(Files.readString(log));
    while (m.find()) {
      renames++;
    }
    assertThat(renames).isGreaterThanOrEqualTo(2);

    int sawOld = 0;
    int sawNew = 0;
    int sawInterrupted = 0;
    for (int n = 1; n <= renames; n++) {
      reset();
      ChildJvm killed = rename("strace", "-f", "-qq", "-o", "/dev/null",
          "-e", "trace=rename,renameat,renameat2",
          "-e", "inject=rename,renameat,renameat2:signal=SIGKILL:when=" + n);
      assertThat(killed.exit()).as("killed at rename %d", n).isNotZero();
      Path data = dir.resolve("data");
      boolean wasNew = false;
      if (Files.exists(data)) {
        Map<String, String> now = files(data);
        assertThat(now).as("after a kill at rename %d of %d", n, renames).isIn(oldVersion, newVersion);
        wasNew = now.equals(newVersion);
        if (wasNew) {
          sawNew++;
        } else {
          sawOld++;
        }
        assertThat(data.resolve("NOTES.md")).hasContent("kept across versions");
      } else {
        sawInterrupted++;
      }
      // The next rename puts an interrupted switch right first, then renames (or finds it done).
      ChildJvm again = rename();
      assertThat(again.exit()).as(again.out() + again.err()).isEqualTo(wasNew ? 2 : 0);
      assertThat(files(data)).isEqualTo(newVersion);
      assertThat(data.resolve("NOTES.md")).hasContent("kept across versions");
      try (Stream<Path> s = Files.list(dir)) {
        assertThat(s.map(p -> p.getFileName().toString()).filter(x -> x.startsWith(".data")))
            .as("left beside the dataset after the next rename").isEmpty();
      }
    }
    System.out.printf("rename killed at each of %d renames: %d old, %d new, %d between the switch's"
        + " renames%n", renames, sawOld, sawNew, sawInterrupted);
    assertThat(sawInterrupted).as("a kill between the two renames of the switch was tried").isPositive();
    LOG.record("A killed process (SIGKILL during the run)",
        "rename actor cn china (3 files change) killed at each of its " + renames + " renames (strace)",
        sawOld + " × old dataset, " + sawNew + " × new dataset, " + sawInterrupted
            + " × folder missing with its previous version beside it (the next rename puts it back"
            + " and renames); never a mix");
  }

  @AfterAll
  static void write() {
    LOG.write();
  }
}
