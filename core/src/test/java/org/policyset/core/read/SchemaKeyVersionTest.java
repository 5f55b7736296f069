package org.policyset.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.io.InputFormat;
import org.policyset.core.model.SchemaVersions;

/**
 * A document's {@code $schema} that names the JSON Schema files of another version than its records
 * are read as is PS213 schema-version-mismatch, on the fast path (files) and the reference path
 * (memory) alike; any other {@code $schema} is ignored, as before.
 */
class SchemaKeyVersionTest {

  @TempDir Path dir;

  private static final String MANIFEST_2 = "\"manifest\": {\"id\": \"example\", \"title\": \"Example\","
      + " \"version\": \"1.0.0\", \"license\": \"CC0-1.0\", \"schemaVersion\": \"2\"}";

  private static final String V2_STANCES = "\"stances\": [{\"id\": \"cn-ceasefire\", \"holders\": [\"cn\"],"
      + " \"topic\": \"gaza-ceasefire\", \"position\": \"calls-for\", \"statement\": \"China calls for a ceasefire.\","
      + " \"attribution\": \"reported\", \"reportedBy\": [\"seed\"], \"attested\": \"2023\","
      + " \"sources\": [{\"source\": \"seed\"}]}]";

  private static final String V1_STANCES = "\"stances\": [{\"id\": \"cn-ceasefire\", \"holders\": [\"cn\"],"
      + " \"topic\": \"gaza-ceasefire\", \"position\": \"calls-for\", \"statement\": \"China calls for a ceasefire.\","
      + " \"date\": \"2023\", \"sources\": [{\"source\": \"seed\"}]}]";

  private List<DatasetReader.Result> both(String json) throws IOException {
    Path file = dir.resolve("data.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return List.of(DatasetReader.create().loadString("data.json", json, InputFormat.JSON),
        DatasetReader.create().load(List.of(file)));
  }

  private static String schema(String url) {
    return "\"$schema\": \"" + url + "\"";
  }

  @Test
  void aVersion2DocumentNamingSchema1IsReported() throws IOException {
    for (DatasetReader.Result r : both("{" + schema("https://policyset.org/schema/1/dataset.schema.json")
        + ", " + MANIFEST_2 + ", " + V2_STANCES + "}")) {
      assertThat(r.findings()).hasSize(1);
      Finding f = r.findings().get(0);
      assertThat(f.rule()).isEqualTo(Rule.SCHEMA_VERSION_MISMATCH);
      assertThat(f.pointer()).isEqualTo("/$schema");
      assertThat(f.location().line()).isEqualTo(1);
      assertThat(f.location().column()).isEqualTo(2);
      assertThat(f.message()).contains("version 1 (schema/1/)", "checked as version 2");
      assertThat(f.hint()).contains("https://policyset.org/schema/2/dataset.schema.json");
      assertThat(r.dataset().stances()).hasSize(1);
    }
  }

  @Test
  void aDocumentWithoutManifestNamingSchema2IsToldHowToDeclareVersion2() throws IOException {
    for (DatasetReader.Result r : both("{" + schema("../.policyset/schema/2/dataset.schema.json")
        + ", " + V1_STANCES + "}")) {
      assertThat(r.findings()).extracting(Finding::rule).containsExactly(Rule.SCHEMA_VERSION_MISMATCH);
      assertThat(r.findings().get(0).message()).contains("version 2 (schema/2/)", "checked as version 1");
      assertThat(r.findings().get(0).hint()).contains("\"schemaVersion\": \"2\"");
    }
  }

  @Test
  void aSchemaKeyAfterTheRecordsIsReportedOnceAndTheRecordsReadOnce() throws IOException {
    for (DatasetReader.Result r : both("{" + MANIFEST_2 + ", " + V2_STANCES + ", "
        + schema("https://policyset.org/schema/1/stance.schema.json#") + "}")) {
      assertThat(r.findings()).extracting(Finding::rule).containsExactly(Rule.SCHEMA_VERSION_MISMATCH);
      assertThat(r.dataset().stances()).hasSize(1);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      https://policyset.org/schema/2/dataset.schema.json         | 2
      .policyset/schema/2/dataset.schema.json                    | 2
      schema/src/main/resources/org/policyset/schema/1/dataset.schema.json | 1
      https://policyset.org/schema/1/stance.schema.json#         | 1
      .policyset/schema/dataset.schema.json                      | -1
      https://policyset.org/schema/3/dataset.schema.json         | -1
      https://example.org/my-schema/2/dataset.schema.json        | -1
      https://policyset.org/schema/2/dataset.schema.json.bak     | -1
      https://json-schema.org/draft/2020-12/schema               | -1
      """)
  void theVersionASchemaKeyNames(String value, int version) {
    assertThat(SchemaVersions.named(value)).isEqualTo(version);
  }

  @Test
  void aSchemaKeyOfTheReadVersionOrOfNoVersionIsIgnored() throws IOException {
    for (String url : List.of("https://policyset.org/schema/2/dataset.schema.json",
        ".policyset/schema/2/dataset.schema.json", "https://policyset.org/schema/3/dataset.schema.json",
        "dataset.schema.json", "https://example.org/schema/2/dataset.json")) {
      for (DatasetReader.Result r : both("{" + schema(url) + ", " + MANIFEST_2 + ", " + V2_STANCES + "}")) {
        assertThat(r.findings()).as(url).isEmpty();
      }
    }
    for (DatasetReader.Result r : both("{" + schema("https://policyset.org/schema/1/dataset.schema.json")
        + ", " + V1_STANCES + "}")) {
      assertThat(r.findings()).isEmpty();
    }
  }
}
