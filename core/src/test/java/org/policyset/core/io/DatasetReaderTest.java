package org.policyset.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.read.DatasetReader;

class DatasetReaderTest {

  @TempDir
  Path dir;

  private List<Finding> read(String name, byte[] content) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return DatasetReader.create().load(List.of(file)).findings();
  }

  private List<Finding> read(String name, String content) throws Exception {
    return read(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void malformedJsonIsLocatedWhereTheParserStopped() throws Exception {
    List<Finding> f = read("a.json", "{\n  \"actors\": [\n    {\"id\": \"cn\",}\n  ]\n}\n");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.rule()).isEqualTo(Rule.MALFORMED_JSON);
      assertThat(x.location()).isEqualTo(new Location(file("a.json"), 3, 17));
    });
  }

  @Test
  void duplicateKeysNameBothPlaces() throws Exception {
    List<Finding> f = read("a.json",
        "{\"topics\": [\n  {\"id\": \"a\", \"name\": \"A\",\n   \"name\": \"B\"}\n]}\n");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.rule()).isEqualTo(Rule.DUPLICATE_KEY);
      assertThat(x.location()).isEqualTo(new Location(file("a.json"), 3, 4));
      assertThat(x.related()).containsExactly(new Location(file("a.json"), 2, 15));
      assertThat(x.pointer()).isEqualTo("/topics/0/name");
    });
  }

  @Test
  void byteOrderMarkIsReportedAndTheRestStillRead() throws Exception {
    byte[] body = "{\"topics\": [{\"id\": \"a\", \"name\": \"A\"}]}".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Path file = dir.resolve("bom.json");
    Files.write(file, withBom);
    DatasetReader.Result r = DatasetReader.create().load(List.of(file));
    assertThat(r.findings()).extracting(Finding::rule).containsExactly(Rule.BYTE_ORDER_MARK);
    assertThat(r.dataset().topics()).hasSize(1);
  }

  @Test
  void invalidUtf8IsLocatedAtTheBadByte() throws Exception {
    byte[] bytes = "{\"topics\": [\n  {\"id\": \"a\", \"name\": \"X?\"}]}".getBytes(StandardCharsets.UTF_8);
    int q = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('?');
    bytes[q] = (byte) 0xC3; // a lead byte followed by '"', not a continuation byte
    List<Finding> f = read("u.json", bytes);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.rule()).isEqualTo(Rule.INVALID_ENCODING);
      assertThat(x.location().line()).isEqualTo(2);
      assertThat(x.location().column()).isEqualTo(25);
    });
  }

  @Test
  void trailingContentAfterTheDocumentIsAnError() throws Exception {
    List<Finding> f = read("t.json", "{}\n{}\n");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.rule()).isEqualTo(Rule.TRAILING_CONTENT);
      assertThat(x.location()).isEqualTo(new Location(file("t.json"), 2, 1));
    });
  }

  @Test
  void nestingBeyondTheLimitIsALimitFinding() throws Exception {
    List<Finding> f = read("deep.json", "{\"topics\": " + "[".repeat(100_000));
    assertThat(f).singleElement().extracting(Finding::rule).isEqualTo(Rule.LIMIT_EXCEEDED);
  }

  @Test
  void jsonLinesKeepReadingAfterABadLine() throws Exception {
    String lines = "{\"$type\": \"topic\", \"id\": \"a\", \"name\": \"A\"}\n"
        + "{\"$type\": \"topic\", \"id\": \"b\", \"name\": }\n"
        + "\n"
        + "{\"$type\": \"topik\", \"id\": \"c\", \"name\": \"C\"}\n"
        + "{\"$type\": \"topic\", \"id\": \"d\", \"name\": \"D\"}\n";
    Path file = dir.resolve("t.jsonl");
    Files.writeString(file, lines);
    DatasetReader.Result r = DatasetReader.create().load(List.of(file));
    assertThat(r.dataset().topics()).extracting(t -> t.id()).containsExactly("a", "d");
    assertThat(r.findings()).extracting(Finding::rule, x -> x.location().line())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Rule.MALFORMED_JSON, 2),
            org.assertj.core.groups.Tuple.tuple(Rule.NOT_A_DOCUMENT, 4));
    assertThat(r.findings().get(1).hint()).isEqualTo("did you mean 'topic'?");
  }

  @Test
  void everyStructuralProblemOfARecordIsReportedAtOnce() throws Exception {
    List<Finding> f = read("s.json", "{\"stances\": [{\n"
        + "  \"id\": \"s\", \"holders\": [\"cn\", 5], \"topic\": \"t\",\n"
        + "  \"positon\": \"supports\", \"statement\": \"x\", \"date\": \"2023-02-29\",\n"
        + "  \"sources\": [{\"source\": \"a\", \"qoute\": \"q\"}]}]}\n");
    assertThat(f).extracting(Finding::rule, Finding::pointer).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(Rule.WRONG_TYPE, "/stances/0/holders/1"),
        org.assertj.core.groups.Tuple.tuple(Rule.UNKNOWN_PROPERTY, "/stances/0/positon"),
        org.assertj.core.groups.Tuple.tuple(Rule.INVALID_DATE, "/stances/0/date"),
        org.assertj.core.groups.Tuple.tuple(Rule.UNKNOWN_PROPERTY, "/stances/0/sources/0/qoute"));
    assertThat(f).filteredOn(x -> x.pointer().endsWith("positon")).singleElement()
        .extracting(Finding::hint).isEqualTo("did you mean 'position'?");
  }

  @Test
  void numbersAreNotCoercedToStrings() throws Exception {
    List<Finding> f = read("n.json", "{\"topics\": [{\"id\": 12, \"name\": true}]}");
    assertThat(f).extracting(Finding::rule).containsExactly(Rule.WRONG_TYPE, Rule.WRONG_TYPE);
  }

  @Test
  void aFolderIsSearchedInPathOrderSkippingHiddenEntries() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("b.json"), "{}");
    Files.writeString(dir.resolve("sub/a.jsonl"), "");
    Files.writeString(dir.resolve(".git/x.json"), "nonsense");
    Files.writeString(dir.resolve("notes.txt"), "nonsense");
    DatasetReader.Summary s = DatasetReader.create().read(List.of(dir), new RecordListener() {
      @Override
      public void onRecord(ReadRecord record) {}

      @Override
      public void onFinding(Finding finding) {
        throw new AssertionError(finding.toString());
      }
    });
    assertThat(s.files()).extracting(InputFile::display)
        .containsExactly(dir + "/b.json", dir + "/sub/a.jsonl");
  }

  @Test
  void missingInputsAndEmptyFoldersAreInputFindings() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    DatasetReader.Result r = DatasetReader.create()
        .load(List.of(dir.resolve("nope.json"), dir.resolve("empty")));
    assertThat(r.findings()).extracting(Finding::rule)
        .containsExactly(Rule.UNREADABLE_INPUT, Rule.NO_DATASET_FILES);
  }
}
