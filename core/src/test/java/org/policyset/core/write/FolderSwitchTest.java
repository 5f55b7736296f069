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
import org.junit.jupiter.api.Test;
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

    assertThat(StagedOutput.recover(out)).hasSize(2);
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
    String base = ".out.json.policyset-00000000live";
    Files.createDirectories(dir.resolve(base + ".staging"));
    try (FileChannel ch = FileChannel.open(dir.resolve(base + ".lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE)) {
      // Another process would hold this lock; a second channel of this process cannot take it.
      ch.lock();
      assertThat(StagedOutput.recover(out)).isEmpty();
      assertThat(dir.resolve(base + ".staging")).isDirectory();
    }
    assertThat(StagedOutput.recover(out)).containsExactly(
        "removed " + base + ".staging, left by an interrupted write");
    assertThat(leftovers()).isEmpty();
    LOG.record("Concurrent edits and interrupted writes", "staging of a live writer beside an output",
        "left alone; removed once its writer is gone");
  }

  @org.junit.jupiter.api.AfterAll
  static void write() {
    LOG.write();
  }
}
