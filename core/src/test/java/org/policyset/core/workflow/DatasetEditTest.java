package org.policyset.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.io.ReadLimits;

/**
 * An edit writes only over the versions it read: a file of the dataset saved by another program
 * between the reading and the writing (an editor's save) makes the edit refuse, leaving that save
 * as it is — for one file replaced and for a folder switched whole.
 */
class DatasetEditTest {

  @TempDir
  Path dir;

  private static final String TOPICS = "{\n  \"topics\": [\n    {\n      \"id\": \"t\",\n"
      + "      \"name\": \"T\"\n    }\n  ]\n}\n";
  private static final String ACTORS = "{\n  \"actors\": [\n    {\n      \"id\": \"cn\",\n"
      + "      \"name\": \"China\",\n      \"kind\": \"state\"\n    }\n  ]\n}\n";
  private static final String SAVED = "{\"topics\": [{\"id\": \"t\", \"name\": \"Saved meanwhile\"}]}\n";

  private Path dataset() throws IOException {
    Path d = Files.createDirectories(dir.resolve("data"));
    Files.writeString(d.resolve("topics.json"), TOPICS);
    Files.writeString(d.resolve("actors.json"), ACTORS);
    return d;
  }

  @Test
  void aFileSavedBetweenReadingAndWritingIsNotOverwritten() throws Exception {
    Path d = dataset();
    DatasetEdit edit = DatasetEdit.read(List.of(d), ReadLimits.DEFAULTS);
    assertThat(edit.errors).isEmpty();
    Files.writeString(d.resolve("topics.json"), SAVED);
    assertThatThrownBy(() -> edit.writeOne(d.resolve("actors.json"), "{}\n", false))
        .isInstanceOf(IOException.class).hasMessageContaining("topics.json changed while the edit");
    assertThat(d.resolve("topics.json")).content(StandardCharsets.UTF_8).isEqualTo(SAVED);
    assertThat(d.resolve("actors.json")).content(StandardCharsets.UTF_8).isEqualTo(ACTORS);
  }

  @Test
  void aFolderSwitchRefusesWhenAFileWasSavedMeanwhileAndLeavesTheFolderAsItWas() throws Exception {
    Path d = dataset();
    DatasetEdit edit = DatasetEdit.read(List.of(d), ReadLimits.DEFAULTS);
    Files.writeString(d.resolve("topics.json"), SAVED);
    assertThatThrownBy(() -> edit.switchFolder(Map.of("actors.json", "{}\n".getBytes(StandardCharsets.UTF_8),
        "topics.json", "{}\n".getBytes(StandardCharsets.UTF_8)), List.of()))
        .isInstanceOf(IOException.class).hasMessageContaining("changed while the edit");
    assertThat(d.resolve("topics.json")).content(StandardCharsets.UTF_8).isEqualTo(SAVED);
    assertThat(d.resolve("actors.json")).content(StandardCharsets.UTF_8).isEqualTo(ACTORS);
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("data");
    }
  }

  @Test
  void aFolderSwitchWritesTheChangedFilesAndKeepsEveryOtherFile() throws Exception {
    Path d = dataset();
    Files.createDirectories(d.resolve("texts"));
    Files.writeString(d.resolve("texts/a.txt"), "kept\n");
    DatasetEdit edit = DatasetEdit.read(List.of(d), ReadLimits.DEFAULTS);
    edit.switchFolder(Map.of("actors.json", "{}\n".getBytes(StandardCharsets.UTF_8),
        "texts/b.txt", "new\n".getBytes(StandardCharsets.UTF_8)), List.of("texts/b.txt"));
    assertThat(d.resolve("actors.json")).content(StandardCharsets.UTF_8).isEqualTo("{}\n");
    assertThat(d.resolve("topics.json")).content(StandardCharsets.UTF_8).isEqualTo(TOPICS);
    assertThat(d.resolve("texts/a.txt")).content(StandardCharsets.UTF_8).isEqualTo("kept\n");
    assertThat(d.resolve("texts/b.txt")).content(StandardCharsets.UTF_8).isEqualTo("new\n");
  }

  @Test
  void aNewFileMadeByAnotherProgramMeanwhileIsNotReplaced() throws Exception {
    Path d = dataset();
    DatasetEdit edit = DatasetEdit.read(List.of(d), ReadLimits.DEFAULTS);
    Files.writeString(d.resolve("texts.txt"), "theirs\n");
    assertThatThrownBy(() -> edit.switchFolder(Map.of("texts.txt", "ours\n".getBytes(StandardCharsets.UTF_8)),
        List.of("texts.txt"))).isInstanceOf(IOException.class).hasMessageContaining("was created");
    assertThat(d.resolve("texts.txt")).content(StandardCharsets.UTF_8).isEqualTo("theirs\n");
  }

  @Test
  void aDatasetInsideAJarIsAUsageErrorNotACrash() throws Exception {
    Path jar = dir.resolve("d.jar");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new java.util.zip.ZipEntry("data/topics.json"));
      out.write(TOPICS.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    try (var fs = java.nio.file.FileSystems.newFileSystem(jar)) {
      assertThatThrownBy(() -> DatasetEdit.read(List.of(fs.getPath("/data")), ReadLimits.DEFAULTS))
          .isInstanceOf(WorkflowException.class).hasMessageContaining("cannot be edited");
    }
  }

  @Test
  void lineEndsAndUtf8AreToldAsTheyAre() {
    assertThat(ScaffoldWorkflow.lineEnds("a\nb\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("LF");
    assertThat(ScaffoldWorkflow.lineEnds("a\r\nb\r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("CRLF");
    assertThat(ScaffoldWorkflow.lineEnds("a\rb".getBytes(StandardCharsets.UTF_8))).isEqualTo("CR");
    assertThat(ScaffoldWorkflow.lineEnds("a\r\nb\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("mixed");
    assertThat(ScaffoldWorkflow.lineEnds("ab".getBytes(StandardCharsets.UTF_8))).isEqualTo("none");
    assertThat(ScaffoldWorkflow.notUtf8("caf\u00e9 \u2014 ok".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(ScaffoldWorkflow.notUtf8(new byte[] {'a', '\n', 'b', (byte) 0xC3}))
        .isEqualTo("line 2, byte offset 3: 0xC3");
    // An encoded surrogate (CESU-8 style) is no UTF-8.
    assertThat(ScaffoldWorkflow.notUtf8(new byte[] {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80}))
        .isEqualTo("line 1, byte offset 1: 0xED");
  }
}
