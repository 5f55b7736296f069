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
import org.policyset.core.read.DatasetReader;
import org.policyset.core.model.Dataset;

/**
 * Kills {@code merge -o DIR --force} at each of its renames in turn (strace injects SIGKILL into
 * the Nth rename), and checks what a reader of DIR then finds: the old version or the new one
 * whole, or — killed between the two renames of the switch — no DIR and its previous version
 * beside it, which {@code validate} names and the next merge puts back. Never a mix.
 */
class KilledFolderSwitchTest {
  private static final Reliability LOG = new Reliability(KilledFolderSwitchTest.class);

  @TempDir
  Path dir;

  private static String topics(String prefix, int n) {
    StringBuilder sb = new StringBuilder("{\"topics\": [");
    for (int i = 0; i < n; i++) {
      sb.append(i > 0 ? ", " : "").append("{\"id\": \"").append(prefix).append(i)
          .append("\", \"name\": \"T").append(i).append("\"}");
    }
    return sb.append("]}\n").toString();
  }

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

  private ChildJvm merge(String... strace) {
    List<String> cmd = new ArrayList<>(List.of(strace));
    cmd.addAll(ChildJvm.command(List.of(), "merge", "--force", "-o", dir.resolve("out").toString(),
        "--", dir.resolve("a.json").toString(), dir.resolve("b.json").toString(),
        dir.resolve("c.json").toString()));
    return ChildJvm.exec(cmd, Duration.ofSeconds(120));
  }

  private static Dataset read(Path folder) {
    return DatasetReader.create().load(List.of(folder)).dataset();
  }

  private void resetOutput(Path old) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.toList()) {
        if (p.getFileName().toString().startsWith(".out") || p.getFileName().toString().equals("out")) {
          org.policyset.core.internal.fs.StagedOutput.deleteTree(p);
        }
      }
    }
    copyTree(old, dir.resolve("out"));
    Files.writeString(dir.resolve("out/NOTES.md"), "kept across versions\n");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  @Test
  void aMergeKilledAtAnyRenameLeavesTheOldOrTheNewFolderNeverAMix() throws Exception {
    assumeTrue(straceWorks(), "strace is not available (or cannot trace here)");
    Files.writeString(dir.resolve("a.json"), topics("a", 50));
    Files.writeString(dir.resolve("b.json"), "{\"actors\": [{\"id\": \"cn\", \"name\": \"China\", "
        + "\"kind\": \"state\"}]}\n");
    // The new version changes two section files (actors and topics): a switch file by file could
    // leave one of them new and the other old.
    Files.writeString(dir.resolve("c.json"), topics("c", 50).replace("{\"topics\"",
        "{\"actors\": [{\"id\": \"eg\", \"name\": \"Egypt\", \"kind\": \"state\"}], \"topics\""));
    // The old version: the first two inputs only (no c topics), made by a merge itself.
    ChildJvm first = ChildJvm.run(List.of(), Duration.ofSeconds(120), "merge", "-o",
        dir.resolve("old").toString(), "--", dir.resolve("a.json").toString(),
        dir.resolve("b.json").toString());
    assertThat(first.exit()).as(first.out() + first.err()).isZero();
    Dataset oldVersion = read(dir.resolve("old"));
    resetOutput(dir.resolve("old"));
    Path log = dir.resolve("strace.log");
    ChildJvm full = merge("strace", "-f", "-qq", "-e", "trace=rename,renameat,renameat2", "-o",
        log.toString());
    assertThat(full.exit()).as(full.out() + full.err()).isZero();
    Dataset newVersion = read(dir.resolve("out"));
    assertThat(newVersion).isNotEqualTo(oldVersion);
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
      resetOutput(dir.resolve("old"));
      ChildJvm killed = merge("strace", "-f", "-qq", "-o", "/dev/null",
          "-e", "trace=rename,renameat,renameat2",
          "-e", "inject=rename,renameat,renameat2:signal=SIGKILL:when=" + n);
      assertThat(killed.exit()).as("killed at rename %d", n).isNotZero();
      Path out = dir.resolve("out");
      if (Files.exists(out)) {
        Dataset now = read(out);
        assertThat(now).as("after a kill at rename %d of %d", n, renames).isIn(oldVersion, newVersion);
        if (now.equals(oldVersion)) {
          sawOld++;
        } else {
          sawNew++;
        }
        assertThat(out.resolve("NOTES.md")).hasContent("kept across versions");
      } else {
        sawInterrupted++;
        ChildJvm validate = ChildJvm.run(List.of(), Duration.ofSeconds(60), "validate",
            "--color=never", "--", out.toString());
        assertThat(validate.exit()).isEqualTo(3);
        assertThat(validate.out()).contains("interrupted policyset write").contains(".previous");
      }
      // The next merge puts things right and leaves nothing behind.
      ChildJvm again = merge();
      assertThat(again.exit()).as(again.out() + again.err()).isZero();
      assertThat(read(out)).isEqualTo(newVersion);
      assertThat(out.resolve("NOTES.md")).hasContent("kept across versions");
      try (Stream<Path> s = Files.list(dir)) {
        assertThat(s.map(p -> p.getFileName().toString()).filter(x -> x.startsWith(".out")))
            .as("left beside the output after the next merge").isEmpty();
      }
    }
    System.out.printf("killed at each of %d renames: %d old, %d new, %d between the switch's renames%n",
        renames, sawOld, sawNew, sawInterrupted);
    assertThat(sawInterrupted).as("a kill between the two renames of the switch was tried").isPositive();
    LOG.record("A killed process (SIGKILL during the run)",
        "merge -o DIR --force killed at each of its " + renames + " renames (strace)",
        sawOld + " × old version, " + sawNew + " × new version, " + sawInterrupted
            + " × DIR missing with its previous version beside it (validate exit 3 names it; the next "
            + "merge puts it back); never a mix");
  }

  @AfterAll
  static void write() {
    LOG.write();
  }
}
