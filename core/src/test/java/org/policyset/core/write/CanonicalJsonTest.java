package org.policyset.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyset.core.TestDatasets;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.io.InputFormat;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Citation;

class CanonicalJsonTest {

  @TempDir
  Path dir;

  static LongStream seeds() {
    return LongStream.range(100, 140);
  }

  private Dataset read(String text, String name) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    DatasetReader.Result r = DatasetReader.create().load(List.of(f));
    assertThat(r.findings()).isEmpty();
    return r.dataset();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void readWriteReadIsTheIdentityAndFormattingIsAFixedPoint(long seed) throws Exception {
    Dataset d = TestDatasets.random(seed, 8);
    String once = CanonicalJson.document(d);
    Dataset back = read(once, "a.json");
    assertThat(CanonicalJson.document(back)).isEqualTo(once);
    assertThat(back.records().toList()).containsExactlyInAnyOrderElementsOf(d.records().toList());
    assertThat(back.manifest()).isEqualTo(d.manifest());

    String lines = CanonicalJson.jsonLines(d);
    Dataset fromLines = read(lines, "a.jsonl");
    assertThat(CanonicalJson.jsonLines(fromLines)).isEqualTo(lines);
    assertThat(CanonicalJson.document(fromLines)).isEqualTo(once);
  }

  @Test
  void layoutIsSortedIndentedUtf8WithTrailingNewline() {
    Stance b = new Stance("b", List.of("cn"), "t", Position.SUPPORTS, "Zhōngguó “supports”.",
        PartialDate.parse("2025"), null, List.of(), List.of(new Citation("s", null, null)), null, List.of());
    Stance a = new Stance("a", List.of("cn", "eg"), "t", Position.OPPOSES, "A.", PartialDate.parse("2024-02-29"),
        null, List.of(), List.of(new Citation("s", "Quote", "para. 1")), null, List.of());
    String text = CanonicalJson.document(Dataset.of(null, List.of(b, a)));
    assertThat(text).isEqualTo("""
        {
          "stances": [
            {
              "id": "a",
              "holders": [
                "cn",
                "eg"
              ],
              "topic": "t",
              "position": "opposes",
              "statement": "A.",
              "date": "2024-02-29",
              "sources": [
                {
                  "source": "s",
                  "quote": "Quote",
                  "locator": "para. 1"
                }
              ]
            },
            {
              "id": "b",
              "holders": [
                "cn"
              ],
              "topic": "t",
              "position": "supports",
              "statement": "Zhōngguó “supports”.",
              "date": "2025",
              "sources": [
                {
                  "source": "s"
                }
              ]
            }
          ]
        }
        """);
    assertThat(text.getBytes(StandardCharsets.UTF_8)[0]).isEqualTo((byte) '{');
    assertThat(text).doesNotContain("\r").endsWith("}\n");
  }

  @Test
  void theFormatterLeavesFilesWithErrorsByteIdentical() throws Exception {
    Path bad = dir.resolve("bad.json");
    byte[] content = "{\"topics\": [{\"id\": \"b\", \"name\": \"B\"}, {\"id\": \"a\", \"nam\": \"A\"}]}"
        .getBytes(StandardCharsets.UTF_8);
    Files.write(bad, content);
    List<DatasetFormatter.FileResult> results = new DatasetFormatter(DatasetReader.create())
        .format(List.of(bad), false, new java.util.ArrayList<>());
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(DatasetFormatter.Status.REFUSED);
      assertThat(r.findings()).isNotEmpty();
    });
    assertThat(Files.readAllBytes(bad)).isEqualTo(content);
  }

  @Test
  void theFormatterKeepsSchemaAndRewritesJsonLines() throws Exception {
    Path doc = dir.resolve("d.json");
    Files.writeString(doc, "{\"topics\":[{\"name\":\"B\",\"id\":\"b\"},{\"id\":\"a\",\"name\":\"A\"}],"
        + "\"$schema\":\"https://policyset.org/schema/1/dataset.schema.json\"}");
    Path lines = dir.resolve("l.jsonl");
    Files.writeString(lines, "{\"name\":\"B\",\"$type\":\"topic\",\"id\":\"b\"}\r\n{\"$type\":\"topic\",\"id\":\"a\",\"name\":\"A\"}");
    DatasetFormatter f = new DatasetFormatter(DatasetReader.create());
    assertThat(f.format(List.of(doc, lines), true, new java.util.ArrayList<>()))
        .extracting(DatasetFormatter.FileResult::status)
        .containsExactly(DatasetFormatter.Status.NOT_CANONICAL, DatasetFormatter.Status.NOT_CANONICAL);
    f.format(List.of(doc, lines), false, new java.util.ArrayList<>());
    assertThat(Files.readString(doc)).startsWith("{\n  \"$schema\": \"https://policyset.org/schema/1/dataset.schema.json\",\n  \"topics\": [\n    {\n      \"id\": \"a\"");
    assertThat(Files.readString(lines)).isEqualTo(
        "{\"$type\":\"topic\",\"id\":\"a\",\"name\":\"A\"}\n{\"$type\":\"topic\",\"id\":\"b\",\"name\":\"B\"}\n");
    assertThat(f.format(List.of(doc, lines), true, new java.util.ArrayList<>()))
        .extracting(DatasetFormatter.FileResult::status)
        .containsOnly(DatasetFormatter.Status.CANONICAL);
    assertThat(InputFormat.forFileName("x.ndjson")).isEqualTo(InputFormat.JSON_LINES);
  }

  @Test
  void theDeclaredSchemaIsFoundAfterOtherTopLevelValuesAndOnlyAsATopLevelString() throws Exception {
    Path after = dir.resolve("after.json");
    Files.writeString(after, "{\"topics\": [{\"$schema\": \"inner\"}], \"$schema\": \"outer\"}");
    Path number = dir.resolve("number.json");
    Files.writeString(number, "{\"$schema\": 1}");
    Path array = dir.resolve("array.json");
    Files.writeString(array, "[{\"$schema\": \"x\"}]");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"$schema\": ");
    assertThat(CanonicalJson.declaredSchema(after)).isEqualTo("outer");
    assertThat(CanonicalJson.declaredSchema(number)).isNull();
    assertThat(CanonicalJson.declaredSchema(array)).isNull();
    assertThat(CanonicalJson.declaredSchema(broken)).isNull();
    assertThat(CanonicalJson.declaredSchema(dir.resolve("missing.json"))).isNull();
    assertThat(CanonicalJson.agreedSchema(List.of(after, number))).isEqualTo("outer");
    assertThat(CanonicalJson.agreedSchema(List.of(after, dir.resolve("x.jsonl")))).isEqualTo("outer");
    Path other = dir.resolve("other.json");
    Files.writeString(other, "{\"$schema\": \"other\"}");
    assertThat(CanonicalJson.agreedSchema(List.of(after, other))).isNull();
  }
}
