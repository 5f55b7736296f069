package org.policyset.core.internal.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.FileModes;
import org.policyset.core.OtherProcess;

/**
 * The staging folder beside an output and the switch that puts it in place: what is left on disk
 * when the switch fails, the mode of what is switched in, names too long for the staging, what a
 * reader is told about a missing output, and that a writer gives back every file it opened.
 */
class StagedOutputTest {

  @TempDir
  Path dir;

  private List<String> beside() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Path folder(Path p, String content) throws IOException {
    Files.createDirectories(p);
    Files.writeString(p.resolve("version.txt"), content);
    return p;
  }

  private Path leftover(String kind) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      Path lock = s.filter(p -> p.getFileName().toString().endsWith(".lock")).findFirst().orElseThrow();
      String name = lock.getFileName().toString();
      return dir.resolve(name.substring(0, name.length() - ".lock".length()) + "." + kind);
    }
  }

  @Test
  void aSwitchWhoseSecondRenameFailsPutsBackWhatWasThere() throws Exception {
    Path out = Files.writeString(dir.resolve("out"), "a file where the folder goes");
    try (StagedOutput staged = StagedOutput.create(out)) {
      folder(staged.folder(), "new");
      StagedOutput.deleteTree(staged.folder());   // the new version cannot be moved in

      assertThatThrownBy(staged::replaceFolder).isInstanceOf(NoSuchFileException.class);

      assertThat(out).hasContent("a file where the folder goes");
    }
    assertThat(beside()).containsExactly("out");
  }

  @Test
  void closingAStagingNeverRemovesThePreviousVersionWhenItIsTheOnlyCopy() throws Exception {
    Path out = folder(dir.resolve("out"), "old");
    StagedOutput staged = StagedOutput.create(out);
    // What a switch leaves when its second rename fails and so does the rename back (another
    // program made the output meanwhile, say): the old version is only beside the output.
    Path previous = leftover("previous");
    Files.move(out, previous);

    staged.close();

    assertThat(previous.resolve("version.txt")).hasContent("old");
    StagedOutput.recover(out);
    assertThat(out.resolve("version.txt")).hasContent("old");
    assertThat(beside()).containsExactly("out");
  }

  @Test
  void aReplacedFolderKeepsItsModeAndANewOneGetsTheUmasksMode() throws Exception {
    FileModes.assumePosix(dir);
    Path kept = folder(dir.resolve("private"), "old");
    FileModes.set(kept, "rwx------");
    Path empty = Files.createDirectory(dir.resolve("empty"));
    FileModes.set(empty, "rwxr-x---");
    Path file = Files.writeString(dir.resolve("was-a-file"), "a file where the folder goes");
    FileModes.set(file, "rw-------");
    Path fresh = dir.resolve("fresh");

    for (Path out : List.of(kept, empty, file, fresh)) {
      try (StagedOutput staged = StagedOutput.create(out)) {
        folder(staged.folder(), "new");
        staged.replaceFolder();
      }
      assertThat(out.resolve("version.txt")).hasContent("new");
    }

    assertThat(FileModes.of(kept)).isEqualTo("rwx------");
    assertThat(FileModes.of(empty)).isEqualTo("rwxr-x---");
    assertThat(FileModes.of(file)).as("a folder that replaced a file").isEqualTo(FileModes.newFolder());
    assertThat(FileModes.of(fresh)).isEqualTo(FileModes.newFolder());
    assertThat(beside()).containsExactlyInAnyOrder("private", "empty", "was-a-file", "fresh");
  }

  @Test
  void anOutputNameTooLongForTheStagingFailsAndLeavesNothing() throws Exception {
    // ".NAME.policyset-ID.lock" fits in 255 bytes and ".NAME.policyset-ID.staging" does not.
    String name = "n".repeat(225);
    assumeTrue(nameTooLong("x".repeat(256)), "a file system that limits names to 255 bytes");
    assumeTrue(OtherProcess.canCountOpenFiles(), "/proc/self/fd");
    long open = OtherProcess.openFiles();

    assertThatThrownBy(() -> StagedOutput.create(dir.resolve(name)))
        .isInstanceOf(FileSystemException.class).hasMessageContaining("File name too long");

    assertThat(beside()).isEmpty();
    assertThat(OtherProcess.openFiles()).as("files left open").isLessThanOrEqualTo(open);
  }

  private boolean nameTooLong(String name) {
    try {
      Files.delete(Files.createFile(dir.resolve(name)));
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  @Test
  void aWriterGivesBackEveryFileItOpened() throws Exception {
    assumeTrue(OtherProcess.canCountOpenFiles(), "/proc/self/fd");
    Path out = folder(dir.resolve("out"), "old");
    try (StagedOutput warmUp = StagedOutput.create(out)) {
      folder(warmUp.folder(), "warm");
    }
    long open = OtherProcess.openFiles();

    for (int i = 0; i < 20; i++) {
      try (StagedOutput staged = StagedOutput.create(out)) {
        folder(staged.folder(), "v" + i);
        staged.replaceFolder();
      }
    }

    assertThat(OtherProcess.openFiles()).as("files left open").isLessThanOrEqualTo(open);
    assertThat(out.resolve("version.txt")).hasContent("v19");
    assertThat(beside()).containsExactly("out");
  }

  @Test
  void aReaderOfAMissingOutputIsToldOfAPreviousVersionOnlyWhenOneIsBesideIt() throws Exception {
    Path out = dir.resolve("out");
    assertThat(StagedOutput.interruptedPrevious(out)).as("nothing beside it").isNull();
    folder(dir.resolve(".out.policyset-0123456789ab.staging"), "new");
    folder(dir.resolve(".out.policyset-notes.previous"), "a user's");
    folder(dir.resolve(".other.policyset-0123456789ab.previous"), "another output's");
    assertThat(StagedOutput.interruptedPrevious(out)).as("only what is not a previous version").isNull();
    assertThat(StagedOutput.interruptedPrevious(dir.resolve("missing/out"))).as("in a missing folder").isNull();
    assertThat(StagedOutput.interruptedPrevious(Path.of("/"))).as("the root").isNull();

    folder(dir.resolve(".out.policyset-0123456789ab.previous"), "old");

    assertThat(StagedOutput.interruptedPrevious(out)).isEqualTo(".out.policyset-0123456789ab.previous");
  }

  @Test
  void recoveringAnOutputThatCannotHaveLeftoversDoesNothing() throws Exception {
    StagedOutput.recover(Path.of("/"));
    StagedOutput.recover(dir.resolve("missing/out"));

    assertThat(dir.resolve("missing")).doesNotExist();
    assertThat(beside()).isEmpty();
  }
}
