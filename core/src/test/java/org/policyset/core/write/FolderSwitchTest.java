package org.policyset.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policyset.core.OtherProcess;
import org.policyset.core.Reliability;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.internal.fs.StagedOutput;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.model.Dataset;

/**
 * A folder output is switched whole: the reader of the folder sees the old version or the new,
 * never a mix; an interrupted switch is put right by the next write; what killed writers leave
 * beside an output is removed, what live writers use is not; foreign dataset files in the folder
 * are refused and other files kept.
 */
class FolderSwitchTest {
  private static final Reliability LOG = new Reliability(FolderSwitchTest.class);

  @TempDir
  Path dir;

  private static Dataset dataset(String... topicIds) {
    StringBuilder json = new StringBuilder("{\"manifest\": {\"id\": \"d\", \"title\": \"D\", "
        + "\"version\": \"1.0.0\", \"license\": \"CC-BY-4.0\", \"schemaVersion\": \"1\"}, \"topics\": [");
    for (int i = 0; i < topicIds.length; i++) {
      json.append(i > 0 ? ", " : "").append("{\"id\": \"").append(topicIds[i])
          .append("\", \"name\": \"Topic ").append(topicIds[i]).append("\"}");
    }
    json.append("], \"actors\": [{\"id\": \"cn\", \"name\": \"China\", \"kind\": \"state\"}]}");
    return read(json.toString());
  }

  private static Dataset read(String json) {
    try {
      Path tmp = Files.createTempFile("dataset", ".json");
      Files.writeString(tmp, json);
      DatasetReader.Result r = DatasetReader.create().load(List.of(tmp));
      Files.delete(tmp);
      assertThat(r.findings()).isEmpty();
      return r.dataset();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Dataset readFolder(Path folder) {
    DatasetReader.Result r = DatasetReader.create().load(List.of(folder));
    assertThat(r.findings()).isEmpty();
    return r.dataset();
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".policyset-")).toList();
    }
  }

  @Test
  void aReplacedFolderHoldsTheNewVersionWholeAndKeepsFilesThatAreNotData() throws Exception {
    Path out = dir.resolve("out");
    assertThat(DatasetWriter.write(dataset("a", "b"), Map.of(), out, false).isValid()).isTrue();
    Files.writeString(out.resolve("NOTES.md"), "my notes\n");
    Files.createDirectories(out.resolve("texts"));
    Files.writeString(out.resolve("texts/old.txt"), "an archived text no longer named\n");
    Files.writeString(out.resolve(".policyset-suppressions.json"), "{\"suppressions\": []}\n");

    assertThat(DatasetWriter.write(dataset("c"), Map.of(), out, true).isValid()).isTrue();

    assertThat(readFolder(out)).isEqualTo(dataset("c"));
    assertThat(out.resolve("NOTES.md")).hasContent("my notes");
    assertThat(out.resolve("texts/old.txt")).exists();
    assertThat(out.resolve(".policyset-suppressions.json")).exists();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void foreignDatasetFilesInTheFolderAreRefusedAndNothingChanges() throws Exception {
    Path out = dir.resolve("out");
    assertThat(DatasetWriter.write(dataset("a"), Map.of(), out, false).isValid()).isTrue();
    Files.writeString(out.resolve("extra.json"), "{\"topics\": [{\"id\": \"x\", \"name\": \"X\"}]}\n");

    assertThatThrownBy(() -> DatasetWriter.write(dataset("c"), Map.of(), out, true))
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessageContaining("extra.json").hasMessageContaining("would be read as part of the result");

    assertThat(readFolder(out).topics()).extracting(t -> t.id()).containsExactlyInAnyOrder("a", "x");
    assertThat(leftovers()).isEmpty();
    LOG.record("Concurrent edits and interrupted writes", "merge --force into a folder holding a foreign dataset file",
        "refused, nothing changed");
  }

  @Test
  void aSwitchInterruptedBetweenItsRenamesIsPutBackByTheNextWrite() throws Exception {
    Path out = dir.resolve("out");
    assertThat(DatasetWriter.write(dataset("a"), Map.of(), out, false).isValid()).isTrue();
    // What a process killed between the two renames leaves: the old version moved aside (with its
    // writer's lock file, now free) and a complete staging folder.
    String base = ".out.policyset-0123456789ab";
    Files.move(out, dir.resolve(base + ".previous"));
    Files.writeString(dir.resolve(base + ".lock"), "");
    Files.createDirectories(dir.resolve(base + ".staging"));

    DatasetReader.Result missing = DatasetReader.create().load(List.of(out));
    assertThat(missing.findings()).singleElement().satisfies(f ->
        assertThat(f.hint()).contains(base + ".previous").contains("puts it back"));

    StagedOutput.recover(out);
    assertThat(readFolder(out)).isEqualTo(dataset("a"));
    assertThat(leftovers()).isEmpty();

    Files.move(out, dir.resolve(base + ".previous"));
    Files.writeString(dir.resolve(base + ".lock"), "");
    assertThat(DatasetWriter.write(dataset("b"), Map.of(), out, true).isValid()).isTrue();
    assertThat(readFolder(out)).isEqualTo(dataset("b"));
    assertThat(leftovers()).isEmpty();
    LOG.record("Concurrent edits and interrupted writes", "an output folder missing, its previous version beside it (a switch interrupted between renames)",
        "validate names the previous version; the next write puts it back");
  }

  @Test
  void whatALiveWriterUsesIsNeverRemoved() throws Exception {
    Path out = dir.resolve("out.json");
    String base = ".out.json.policyset-00000000abcd";
    Files.createDirectories(dir.resolve(base + ".staging"));
    try (FileChannel ch = FileChannel.open(dir.resolve(base + ".lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE)) {
      // Another process would hold this lock; a second channel of this process cannot take it.
      ch.lock();
      StagedOutput.recover(out);
      assertThat(dir.resolve(base + ".staging")).isDirectory();
    }
    StagedOutput.recover(out);
    assertThat(leftovers()).isEmpty();
    LOG.record("Concurrent edits and interrupted writes", "staging of a live writer beside an output",
        "left alone; removed once its writer is gone");
  }

  /** A version of an output folder: a file naming the version, and one in a sub-folder. */
  private static Path version(Path folder, String name) throws IOException {
    Files.createDirectories(folder.resolve("sub"));
    Files.writeString(folder.resolve("version.txt"), name);
    Files.writeString(folder.resolve("sub/data.txt"), "the data of " + name);
    return folder;
  }

  /** The version a reader of {@code folder} finds, "missing" if there is none. */
  private static String versionOf(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return "missing";
    }
    assertThat(folder.resolve("sub/data.txt")).hasContent("the data of " + Files.readString(folder.resolve("version.txt")));
    return Files.readString(folder.resolve("version.txt"));
  }

  /** Files made an hour ago: what a writer killed that long ago left. */
  private static Path old(Path p) throws IOException {
    Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    return p;
  }

  /**
   * Where a writer of an output folder can be killed, and what it leaves there: the output as it
   * was, its staging folder (complete or not), the previous version moved aside, and its lock file.
   * A killed process holds no lock, so each lock file here is free.
   */
  enum Interrupted {
    AFTER_MAKING_ITS_LOCK_FILE("old", (out, base) -> {
      version(out, "old");
      old(Files.createFile(out.resolveSibling(base + ".lock")));
    }),
    WHILE_WRITING_THE_NEW_VERSION("old", (out, base) -> {
      version(out, "old");
      Files.writeString(Files.createDirectories(out.resolveSibling(base + ".staging")).resolve("version.txt"), "new");
      old(Files.createFile(out.resolveSibling(base + ".lock")));
    }),
    WITH_THE_NEW_VERSION_WRITTEN("old", (out, base) -> {
      version(out, "old");
      version(out.resolveSibling(base + ".staging"), "new");
      old(Files.createFile(out.resolveSibling(base + ".lock")));
    }),
    BETWEEN_THE_TWO_RENAMES("old", (out, base) -> {
      version(out.resolveSibling(base + ".previous"), "old");
      version(out.resolveSibling(base + ".staging"), "new");
      old(Files.createFile(out.resolveSibling(base + ".lock")));
    }),
    AFTER_THE_SWITCH("new", (out, base) -> {
      version(out.resolveSibling(base + ".previous"), "old");
      version(out, "new");
      old(Files.createFile(out.resolveSibling(base + ".lock")));
    }),
    WHILE_REMOVING_THE_OLD_VERSION("new", (out, base) -> {
      Files.createDirectories(out.resolveSibling(base + ".previous/sub"));
      version(out, "new");
      old(Files.createFile(out.resolveSibling(base + ".lock")));
    }),
    BEFORE_REMOVING_ITS_LOCK_FILE("new", (out, base) -> {
      version(out, "new");
      old(Files.createFile(out.resolveSibling(base + ".lock")));
    }),
    BEFORE_THE_ONE_RENAME_OF_A_NEW_OUTPUT("missing", (out, base) -> {
      version(out.resolveSibling(base + ".staging"), "new");
      old(Files.createFile(out.resolveSibling(base + ".lock")));
    });

    interface Leave {
      void leave(Path out, String base) throws IOException;
    }

    final String found;
    final Leave leave;

    Interrupted(String found, Leave leave) {
      this.found = found;
      this.leave = leave;
    }
  }

  @ParameterizedTest
  @EnumSource(Interrupted.class)
  void aWriterKilledAtAnyStepLeavesOneVersionThatTheNextWriterKeepsOrPutsBack(Interrupted step)
      throws Exception {
    Path out = dir.resolve("out");
    step.leave.leave(out, ".out.policyset-0123456789ab");

    StagedOutput.recover(out);

    assertThat(versionOf(out)).as("what a reader finds after %s", step).isEqualTo(step.found);
    assertThat(leftovers()).as("left beside the output").isEmpty();
    AtomicFolders.replace(out, f -> version(f, "next"));
    assertThat(versionOf(out)).isEqualTo("next");
    assertThat(leftovers()).isEmpty();
    LOG.record("Concurrent edits and interrupted writes", "a writer of an output folder killed "
        + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
        "the next writer finds the " + (step.found.equals("missing") ? "output still missing" : step.found
            + " version") + " and nothing beside it");
  }

  @Test
  void aSwitchInterruptedBetweenItsRenamesIsPutBackByTheNextWriterEvenWhenAnotherIsBesideIt()
      throws Exception {
    Path out = dir.resolve("out");
    version(dir.resolve(".out.policyset-0123456789ab.previous"), "old");
    version(dir.resolve(".out.policyset-fedcba987654.staging"), "new");

    AtomicFolders.replace(out, f -> version(f, "next"));

    assertThat(versionOf(out)).isEqualTo("next");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void whatAWriterInAnotherProcessUsesIsLeftAloneUntilItIsGone() throws Exception {
    Path out = version(dir.resolve("out"), "old");
    String live = ".out.policyset-0123456789ab";
    String dead = ".out.policyset-ba9876543210";
    version(dir.resolve(live + ".staging"), "new");
    version(dir.resolve(dead + ".staging"), "other");
    old(Files.createFile(dir.resolve(dead + ".lock")));
    Path temporary = Files.writeString(dir.resolve(".out.policyset-00000000cafe.tmp"), "half");
    Path lock = Files.createFile(dir.resolve(live + ".lock"));
    try (OtherProcess writer = OtherProcess.lock(lock, true);
        OtherProcess tempWriter = OtherProcess.lock(temporary, false)) {
      old(lock);   // held for long: only the lock tells that its writer lives
      old(temporary);

      StagedOutput.recover(out);

      assertThat(leftovers()).containsExactlyInAnyOrder(live + ".staging", live + ".lock",
          ".out.policyset-00000000cafe.tmp");
      assertThat(versionOf(dir.resolve(live + ".staging"))).isEqualTo("new");
      assertThat(temporary).hasContent("half");
      writer.release();
      tempWriter.release();
    }
    StagedOutput.recover(out);
    assertThat(leftovers()).isEmpty();
    assertThat(versionOf(out)).isEqualTo("old");
    LOG.record("Concurrent edits and interrupted writes", "the staging folder, lock file and temporary file "
        + "of a writer alive in another process beside an output", "left alone; removed once that process is gone");
  }

  @Test
  void aFreeLockOrTemporaryFileIsTakenForDeadOnlyOnceItIsOld() throws Exception {
    Path out = version(dir.resolve("out"), "old");
    Path youngLock = Files.createFile(dir.resolve(".out.policyset-000000000001.lock"));
    Path oldLock = old(Files.createFile(dir.resolve(".out.policyset-000000000002.lock")));
    Path youngTemporary = Files.writeString(dir.resolve(".out.policyset-000000000003.tmp"), "half");
    Path oldTemporary = old(Files.writeString(dir.resolve(".out.policyset-000000000004.tmp"), "half"));
    Path heldTemporary = old(Files.writeString(dir.resolve(".out.policyset-000000000005.tmp"), "half"));
    try (FileChannel ch = FileChannel.open(heldTemporary, StandardOpenOption.WRITE)) {
      ch.lock();   // a writer of this process: one that was just made is locked the same way

      StagedOutput.recover(out);
    }

    // A writer makes its lock or temporary file and locks it a moment later: a young free one may
    // be a live writer's.
    assertThat(youngLock).exists();
    assertThat(oldLock).doesNotExist();
    assertThat(youngTemporary).exists();
    assertThat(oldTemporary).doesNotExist();
    assertThat(heldTemporary).exists();
    assertThat(versionOf(out)).isEqualTo("old");
  }

  @Test
  void onlyWhatAWriterMakesIsEverRemoved() throws Exception {
    Path out = version(dir.resolve("out"), "old");
    List<String> mine = List.of(".out.policyset-notes", ".out.policyset-0123456789ab.bak",
        ".out.policyset-0123456789AB.staging", ".out.policyset-0123456789a.staging",
        ".out.policyset-0123456789abc.staging", ".out.policyset-0123456789ab.staging.txt",
        "out.policyset-0123456789ab.staging", ".other.policyset-0123456789ab.staging");
    for (String name : mine) {
      old(Files.writeString(dir.resolve(name), "a user's file"));
    }
    // What cannot be checked is left too: a lock that is a folder, or a link.
    version(dir.resolve(".out.policyset-00000000000a.staging"), "new");
    Files.createDirectory(dir.resolve(".out.policyset-00000000000a.lock"));
    version(dir.resolve(".out.policyset-00000000000b.staging"), "new");
    Files.createSymbolicLink(dir.resolve(".out.policyset-00000000000b.lock"), dir.resolve(mine.get(0)));

    StagedOutput.recover(out);

    for (String name : mine) {
      assertThat(dir.resolve(name)).as(name).hasContent("a user's file");
    }
    assertThat(dir.resolve(".out.policyset-00000000000a.staging")).isDirectory();
    assertThat(dir.resolve(".out.policyset-00000000000b.staging")).isDirectory();
    assertThat(versionOf(out)).isEqualTo("old");
    LOG.record("Concurrent edits and interrupted writes", "files beside an output whose names only look like "
        + "a writer's leftovers; a leftover whose lock file is a folder or a link", "never removed");
  }

  @org.junit.jupiter.api.AfterAll
  static void write() {
    LOG.write();
  }
}
