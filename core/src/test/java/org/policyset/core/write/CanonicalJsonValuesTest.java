package org.policyset.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import org.policyset.core.internal.json.CanonicalText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.internal.json.Json;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.write.DatasetFormatter.FileResult;
import org.policyset.core.write.DatasetFormatter.Status;

/**
 * Canonical text of single values (what merge conflicts and diffs show for a field), the
 * {@code $schema} a rewrite keeps, and what the formatter reports for each file it touches.
 */
class CanonicalJsonValuesTest {

  @TempDir
  Path dir;

  @Test
  void numbersBooleansAndNullsStayUnquotedAndEmptyContainersStayOnOneLine() {
    var node = Json.mapper().readTree(
        "{\"n\": 12, \"f\": 1.5, \"b\": [true, false, null], \"o\": {}, \"a\": [], \"s\": \"x\\\"y\"}");

    assertThat(CanonicalText.text(node)).isEqualTo("""
        {
          "n": 12,
          "f": 1.5,
          "b": [
            true,
            false,
            null
          ],
          "o": {},
          "a": [],
          "s": "x\\"y"
        }""");
    assertThat(CanonicalText.text(Json.mapper().readTree("\"tab\\there\""))).isEqualTo("\"tab\\there\"");
  }

  @Test
  void aDocumentWithoutSchemaDeclaresNoneAndIsRewrittenWithoutOne() throws Exception {
    Path doc = Files.writeString(dir.resolve("plain.json"),
        "{\"topics\":[{\"name\":\"B\",\"id\":\"b\"},{\"id\":\"a\",\"name\":\"A\"}]}");
    DatasetFormatter formatter = new DatasetFormatter(DatasetReader.create());

    assertThat(CanonicalJson.declaredSchema(doc)).isNull();
    List<FileResult> results = formatter.format(List.of(doc), false, new ArrayList<>());

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.REWRITTEN);
      assertThat(r.file().path()).isEqualTo(doc);
      assertThat(r.findings()).isEmpty();
      assertThat(r.error()).isNull();
    });
    assertThat(doc).hasContent("""
        {
          "topics": [
            {
              "id": "a",
              "name": "A"
            },
            {
              "id": "b",
              "name": "B"
            }
          ]
        }""");
    assertThat(formatter.format(List.of(doc), true, new ArrayList<>()))
        .extracting(FileResult::status).containsExactly(Status.CANONICAL);
  }

  @Test
  void aFileWithErrorsIsRefusedWithItsFindingsAndLeftAlone() throws Exception {
    String text = "{\"topics\":[{\"id\":\"a\",\"name\":\"A\",\"colour\":\"red\"}]}";
    Path doc = Files.writeString(dir.resolve("bad.json"), text);

    List<FileResult> results = new DatasetFormatter(DatasetReader.create())
        .format(List.of(doc), false, new ArrayList<>());

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(Status.REFUSED);
      assertThat(r.findings()).extracting(Finding::pointer).containsExactly("/topics/0/colour");
    });
    assertThat(doc).hasContent(text);
  }

  @Test
  void jsonLinesFilesHaveNoSchemaToAgreeOn() throws Exception {
    Path doc = Files.writeString(dir.resolve("d.json"), "{\"$schema\": \"doc\", \"topics\": []}");
    Path lines = Files.writeString(dir.resolve("l.jsonl"),
        "{\"$schema\": \"lines\", \"$type\": \"topic\", \"id\": \"a\", \"name\": \"A\"}\n");

    assertThat(CanonicalJson.agreedSchema(List.of(doc, lines))).isEqualTo("doc");
    assertThat(CanonicalJson.agreedSchema(List.of(lines))).isNull();
  }
}
