package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyset.cli.NewRecordCommandTest.snapshot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code policyset add-source FILE}: the text is archived byte for byte in {@code texts/} with its
 * source record, and a stance can then cite it; what is not UTF-8, would overwrite a text, or would
 * leave the dataset folder is refused with nothing written.
 */
class AddSourceCommandTest {

  @TempDir
  Path dir;

  Path data;

  @BeforeEach
  void copy() throws Exception {
    data = dir.resolve("data");
    NewRecordCommandTest.copyTree(NewRecordCommandTest.BUNDLED, data);
  }

  private static final byte[] NOTE = "First paragraph.\r\n\r\nThe minister said the ceasefire must hold.\r\n"
      .getBytes(StandardCharsets.UTF_8);

  @Test
  void theTextIsArchivedByteForByteWithItsRecordAndCanBeCited() throws Exception {
    Path note = Files.write(dir.resolve("-minister.txt"), NOTE);
    Cli r = Cli.run("add-source", "--id", "minister-note", "--title", "The minister's note",
        "--kind", "official-statement", "--published", "2025-10", "--as", "minister.txt", "--",
        note.toString(), data.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("added source 'minister-note' with its text: "
        + data.resolve("texts/minister.txt") + " and " + data.resolve("sources.json"))
        .contains("line ends: CRLF (kept as they are");
    assertThat(Files.readAllBytes(data.resolve("texts/minister.txt"))).isEqualTo(NOTE);
    assertThat(Files.readString(data.resolve("sources.json"))).contains("""
            "id": "minister-note",
            "title": "The minister's note",
            "kind": "official-statement",
            "published": "2025-10",
            "text": "texts/minister.txt"
        """.indent(2).stripTrailing());
    assertThat(Cli.run("format", "--check", "--", data.toString()).exit()).isZero();
    Cli cite = Cli.run("new", "stance", "--id", "x-ceasefire-must-hold", "--holder", "cn", "--topic",
        "gaza-ceasefire", "--position", "calls-for", "--statement", "The ceasefire must hold.",
        "--date", "2025-10", "--source", "minister-note", "--quote", "the ceasefire must hold",
        "--locator", "para. 3", "--", data.toString());
    assertThat(cite.exit()).as(cite.out() + cite.err()).isZero();
    Cli validate = Cli.run("validate", "--strict", "--", data.toString());
    assertThat(validate.exit()).as(validate.out()).isZero();
  }

  @Test
  void anExistingTextATakenIdAndBadTextsAreRefusedWithNothingWritten() throws Exception {
    Path note = Files.write(dir.resolve("note.txt"), NOTE);
    assertThat(Cli.run("add-source", "--id", "note", "--title", "N", "--kind", "news", "--",
        note.toString(), data.toString()).exit()).isZero();
    Map<String, byte[]> before = snapshot(data);

    Cli again = Cli.run("add-source", "--id", "note-2", "--title", "N", "--kind", "news", "--",
        note.toString(), data.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("exists already").contains("--as");

    Cli takenId = Cli.run("add-source", "--id", "seed-commentary", "--title", "N", "--kind", "news",
        "--as", "other.txt", "--", note.toString(), data.toString());
    assertThat(takenId.exit()).isEqualTo(1);
    assertThat(takenId.out()).containsPattern("sources\\.json:\\d+:\\d+: error PS301 source "
        + "'seed-commentary' already exists");

    Path latin1 = Files.write(dir.resolve("latin1.txt"), "line one\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Cli notUtf8 = Cli.run("add-source", "--id", "l", "--title", "L", "--kind", "news", "--",
        latin1.toString(), data.toString());
    assertThat(notUtf8.exit()).isEqualTo(2);
    assertThat(notUtf8.err()).contains("not valid UTF-8 (line 2, byte offset 12: 0xE9)");

    Path bom = Files.write(dir.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'});
    Cli withBom = Cli.run("add-source", "--id", "b", "--title", "B", "--kind", "news", "--",
        bom.toString(), data.toString());
    assertThat(withBom.exit()).isEqualTo(2);
    assertThat(withBom.err()).contains("byte order mark");

    Cli jsonName = Cli.run("add-source", "--id", "j", "--title", "J", "--kind", "news", "--as",
        "evil.json", "--", note.toString(), data.toString());
    assertThat(jsonName.exit()).isEqualTo(2);
    assertThat(jsonName.err()).contains("would be read as dataset data");
    Cli upward = Cli.run("add-source", "--id", "j", "--title", "J", "--kind", "news", "--as",
        "../up.txt", "--", note.toString(), data.toString());
    assertThat(upward.exit()).isEqualTo(2);

    Cli missing = Cli.run("add-source", "--id", "m", "--title", "M", "--", note.toString(), data.toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--kind is required");

    assertThat(snapshot(data)).usingRecursiveComparison().isEqualTo(before);
    assertThat(Files.exists(dir.resolve("up.txt"))).isFalse();
  }

  @Test
  void aTextsFolderThatIsALinkOutOfTheDatasetIsRefused() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path texts = data.resolve("texts");
    Path moved = dir.resolve("moved-texts");
    Files.move(texts, moved);
    Files.createSymbolicLink(texts, outside);
    Path note = Files.write(dir.resolve("note.txt"), NOTE);
    Cli r = Cli.run("add-source", "--id", "note", "--title", "N", "--kind", "news", "--",
        note.toString(), data.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("is a link");
    try (var s = Files.list(outside)) {
      assertThat(s.toList()).isEmpty();
    }
  }
}
