package org.policyset.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.RecordType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public API over the checked-in schemas, and properties every schema file must have. */
class SchemasTest {

  @Test
  void theApiIsNullMarkedForKotlinIdesAndCheckers() {
    // Parameters and results without @Nullable are non-null; see NullMarkedApiTest in core.
    assertThat(Schemas.class.getPackage().isAnnotationPresent(org.jspecify.annotations.NullMarked.class))
        .as("package-info.java of %s carries @NullMarked", Schemas.class.getPackageName())
        .isTrue();
  }

  @Test
  void typesAreTheDatasetTheRecordTypesAndTheManifest() {
    List<String> expected = new ArrayList<>();
    expected.add("dataset");
    for (RecordType t : RecordType.values()) {
      expected.add(t.singular());
    }
    expected.add("manifest");
    assertThat(Schemas.types()).containsExactlyElementsOf(expected);
  }

  @Test
  void eachSchemaNamesItsDialectIdAndTitle() {
    for (String version : Schemas.versions()) {
      for (String type : Schemas.types()) {
        JsonNode schema = Schemas.load(version, type);
        assertThat(schema.get("$id").asString())
            .isEqualTo("https://policyset.org/schema/" + version + "/" + type + ".schema.json")
            .isEqualTo(Schemas.id(version, type).toString());
        assertThat(schema.get("description").asString()).isNotBlank();
        assertThat(Schemas.resource(version, type))
            .isEqualTo("org/policyset/schema/" + version + "/" + type + ".schema.json");
      }
    }
    for (String type : Schemas.types()) {
      JsonNode schema = Schemas.load(type);
      assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(schema.get("$id").asString())
          .isEqualTo("https://policyset.org/schema/1/" + type + ".schema.json")
          .isEqualTo(Schemas.id(type).toString());
      assertThat(schema.get("title").asString()).startsWith("policyset ");
      assertThat(schema.get("description").asString()).isNotBlank();
      assertThat(Schemas.resource(type)).isEqualTo("org/policyset/schema/1/" + type + ".schema.json");
    }
  }

  @Test
  void unknownTypeIsRefusedWithTheKnownTypes() {
    assertThatThrownBy(() -> Schemas.text("stances"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'stances'")
        .hasMessageContaining("dataset, actor, topic, principle, event, stance, source, manifest");
  }

  @Test
  void everySchemaIsValidAgainstTheDraft202012MetaSchema() {
    Schema meta = NetworkntValidator.REGISTRY.getSchema(SchemaLocation.of(Schemas.DIALECT));
    for (String version : Schemas.versions()) {
      for (String type : Schemas.types()) {
        List<Error> errors = meta.validate(Schemas.load(version, type));
        assertThat(errors).as("schema/%s/%s", version, type).isEmpty();
      }
    }
  }

  @Test
  void everyObjectForbidsAdditionalPropertiesAndEveryRefResolvesInTheSameFile() {
    for (String version : Schemas.versions()) {
      for (String type : Schemas.types()) {
        JsonNode root = Schemas.load(version, type);
        walk(root, root, version + "/" + type);
      }
    }
  }

  private static void walk(JsonNode root, JsonNode node, String type) {
    if (node.isObject()) {
      if (node.has("properties")) {
        assertThat(node.get("additionalProperties").asBoolean(true))
            .as("additionalProperties in %s", type).isFalse();
      }
      if (node.has("$ref")) {
        String ref = node.get("$ref").asString();
        assertThat(ref).startsWith("#/$defs/");
        assertThat(root.at(ref.substring(1)).isMissingNode()).as("%s in %s", ref, type).isFalse();
      }
    }
    for (JsonNode child : node) {
      walk(root, child, type);
    }
  }

  @Test
  void enumsAreTheJsonValuesOfTheJavaEnums() {
    JsonNode defs = Schemas.load("dataset").get("$defs");
    assertThat(defs.get("position").get("enum").toString())
        .isEqualTo("[\"supports\",\"opposes\",\"welcomes\",\"rejects\",\"condemns\",\"calls-for\","
            + "\"commits-to\",\"affirms\",\"neutral\"]");
    assertThat(defs.get("actorKind").get("enum")).hasSize(7);
    assertThat(defs.get("eventType").get("enum")).hasSize(10);
    assertThat(defs.get("sourceKind").get("enum")).hasSize(5);
    assertThat(defs.get("relationKind").get("enum")).hasSize(4);
    assertThat(defs.get("participantRole").get("enum")).hasSize(9);
  }

  @Test
  void partialDateIsAStringWithFormatAndCalendarPattern() {
    JsonNode date = Schemas.load("stance").get("$defs").get("partialDate");
    assertThat(date.get("type").asString()).isEqualTo("string");
    assertThat(date.get("format").asString()).isEqualTo(SchemaGenerator.PARTIAL_DATE_FORMAT);
    assertThat(date.get("pattern").asString()).isEqualTo(SchemaGenerator.PARTIAL_DATE_PATTERN);
  }

  @Test
  void requiredFieldsAndDescriptionsComeFromTheAnnotations() {
    JsonNode stance = Schemas.load("stance");
    assertThat(stance.get("required").toString())
        .isEqualTo("[\"id\",\"holders\",\"topic\",\"position\",\"statement\",\"date\",\"sources\"]");
    assertThat(stance.get("properties").get("holders").get("minItems").asInt()).isEqualTo(1);
    assertThat(stance.get("properties").get("holders").get("description").asString())
        .isEqualTo("Ids of the actors holding the stance; at least one.");
    assertThat(stance.get("description").asString()).startsWith("A position that one or more actors");
  }

  @Test
  void datasetDescriptionListsWhatJsonSchemaCannotCheck() {
    String description = Schemas.load("dataset").get("description").asString();
    assertThat(description).contains("references resolve", "unique", "verbatim", "date logic",
        "cycles", "duplicate key", "UTF-16");
  }

  @Test
  void version2SchemasDescribeVersion2() {
    JsonNode stance = Schemas.load("2", "stance");
    assertThat(stance.get("required").toString())
        .isEqualTo("[\"id\",\"holders\",\"topic\",\"position\",\"statement\",\"attribution\",\"sources\"]");
    assertThat(stance.get("properties").has("date")).isFalse();
    assertThat(stance.get("properties").has("until")).isFalse();
    assertThat(stance.get("description").asString()).contains("inEffect").doesNotContain("'until'");
    JsonNode defs = stance.get("$defs");
    assertThat(defs.get("edtfDate").get("pattern").asString()).isEqualTo(SchemaGenerator.EDTF_DATE_PATTERN);
    assertThat(defs.get("edtfDate").get("format").asString()).isEqualTo(SchemaGenerator.EDTF_DATE_FORMAT);
    assertThat(defs.get("edtfInterval").get("pattern").asString()).isEqualTo(SchemaGenerator.EDTF_INTERVAL_PATTERN);
    assertThat(Schemas.load("2", "manifest").get("properties").get("schemaVersion").get("const").asString())
        .isEqualTo("2");
    assertThat(Schemas.load("2", "event").get("required").toString()).doesNotContain("date");
    assertThat(Schemas.load("2", "dataset").get("description").asString())
        .contains("schema version 2", "attribution", "EDTF", "references resolve", "UTF-16");
  }

  @Test
  void recordSchemasJudgeEachRecordAsTheDatasetSchemaDoes() throws IOException {
    JsonMapper mapper = JsonMapper.shared();
    int records = 0;
    for (String version : Schemas.versions()) {
      for (String folder : List.of("valid", "invalid")) {
        for (Path file : ConformanceTest.documents(version, folder).toList()) {
          JsonNode document = mapper.readTree(file.toFile());
          if (!document.isObject()) {
            continue;
          }
          List<Error> datasetErrors = NetworkntValidator.validate(version, "dataset", Files.readString(file));
          for (Map.Entry<String, JsonNode> section : document.properties()) {
            String type = section.getKey().equals("manifest") ? "manifest"
                : RecordType.forSection(section.getKey()) == null ? null
                : RecordType.forSection(section.getKey()).singular();
            if (type == null) {
              continue;
            }
            List<JsonNode> items = new ArrayList<>();
            List<String> pointers = new ArrayList<>();
            if (type.equals("manifest")) {
              items.add(section.getValue());
              pointers.add("/manifest");
            } else if (section.getValue().isArray()) {
              for (int i = 0; i < section.getValue().size(); i++) {
                items.add(section.getValue().get(i));
                pointers.add("/" + section.getKey() + "/" + i);
              }
            }
            for (int i = 0; i < items.size(); i++) {
              String pointer = pointers.get(i);
              boolean datasetSaysValid = datasetErrors.stream().noneMatch(e ->
                  (e.getInstanceLocation().toString() + "/").startsWith(pointer + "/"));
              List<Error> recordErrors =
                  NetworkntValidator.schema(version, type).validate(items.get(i).toString(), InputFormat.JSON);
              assertThat(recordErrors.isEmpty())
                  .as("%s%s against %s.schema.json: %s", file, pointer, type, recordErrors)
                  .isEqualTo(datasetSaysValid);
              records++;
            }
          }
        }
      }
    }
    assertThat(records).isGreaterThan(300);
  }

  @Test
  void remoteReferencesAreNeverFetched() {
    String schema = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
        + " \"$ref\": \"https://policyset.invalid/remote.schema.json\"}";
    assertThatThrownBy(() -> NetworkntValidator.REGISTRY.getSchema(schema).validate("{}", InputFormat.JSON))
        .isInstanceOf(RuntimeException.class);
  }
}
