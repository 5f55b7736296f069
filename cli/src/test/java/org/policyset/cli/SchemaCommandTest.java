package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.schema.EditorSchemas;
import org.policyset.schema.Schemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaCommandTest {

  @Test
  void printsTheDatasetSchemaByDefaultAndARecordSchemaOnRequest() {
    Cli dataset = Cli.run("schema");
    assertThat(dataset.exit()).isZero();
    JsonNode d = JsonMapper.builder().build().readTree(dataset.out());
    assertThat(d.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(d.get("$id").asString()).endsWith("/dataset.schema.json");
    Cli stance = Cli.run("schema", "--type", "stance");
    JsonNode s = JsonMapper.builder().build().readTree(stance.out());
    assertThat(s.get("required").toString()).contains("holders").contains("sources");
    assertThat(s.get("additionalProperties").asBoolean()).isFalse();
  }

  @Test
  void schemaVersion2PrintsVersion2sSchemas() {
    Cli stance = Cli.run("schema", "--schema-version", "2", "--type", "stance");
    assertThat(stance.exit()).as(stance.err()).isZero();
    assertThat(stance.out()).isEqualTo(Schemas.text("2", "stance"));
    JsonNode s = JsonMapper.builder().build().readTree(stance.out());
    assertThat(s.get("$id").asString()).isEqualTo("https://policyset.org/schema/2/stance.schema.json");
    assertThat(s.get("required").toString()).contains("attribution").doesNotContain("\"date\"");
    assertThat(Cli.run("schema").out()).isEqualTo(Schemas.text("1", "dataset"));
    assertThat(Cli.run("schema", "--help").out()).contains("--schema-version=N");
  }

  @Test
  void anUnknownSchemaVersionIsAUsageErrorListingTheVersions() {
    Cli r = Cli.run("schema", "--schema-version", "3");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown schema version '3'").contains("1, 2");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void installWithSchemaVersion2MapsThePatternsToVersion2() throws IOException {
    Path target = dir.resolve("schemas2");
    Cli r = Cli.run("schema", "--install", target.toString(), "--schema-version", "2", "--match", "data/*.json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(target.resolve("2/stance.schema.json"))).isEqualTo(Schemas.text("2", "stance"));
    assertThat(Files.readString(target.resolve("stance.schema.json"))).isEqualTo(Schemas.text("1", "stance"));
    JsonNode vscode = JsonMapper.builder().build().readTree(target.resolve(EditorSchemas.VSCODE).toFile());
    assertThat(vscode.at("/json.schemas/1/url").asString()).isEqualTo("https://policyset.org/schema/2/dataset.schema.json");
    assertThat(vscode.at("/json.schemas/1/fileMatch/0").asString()).isEqualTo("data/*.json");
    assertThat(vscode.at("/json.schemas/0/fileMatch").size()).isZero();
  }

  @Test
  void anUnknownTypeIsAUsageErrorListingTheTypes() {
    Cli r = Cli.run("schema", "--type", "stanse");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown type 'stanse'").contains("stance");
  }

  @TempDir
  Path dir;

  @Test
  void installWritesTheSchemasAndSaysWhereEachSettingGoes() throws IOException {
    Path target = dir.resolve("schemas");
    Cli r = Cli.run("schema", "--install", target.toString(), "--match", "data/*.json", "--match",
        "more/*.json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("wrote " + (2 * Schemas.types().size() + 3) + " files to " + target
        + " for data/*.json, more/*.json (schema version 1; version 1's schemas in " + target
        + ", version 2's in " + target + "/2)\n")
        .contains("into .vscode/settings.json").contains("to .idea/jsonSchemas.xml");
    assertThat(Files.readString(target.resolve("stance.schema.json"))).isEqualTo(Schemas.text("stance"));
    JsonNode vscode = JsonMapper.builder().build().readTree(target.resolve(EditorSchemas.VSCODE).toFile());
    assertThat(vscode.at("/json.schemas/0/fileMatch/1").asString()).isEqualTo("more/*.json");
    assertThat(Cli.run("schema", "--help").out()).contains("--install[=DIR]").contains("--match=GLOB");
  }

  @Test
  void installRefusesAFileAMisplacedMatchAndAMixOfModes() throws IOException {
    Path file = Files.writeString(dir.resolve("file.txt"), "not a folder");
    Cli r = Cli.run("schema", "--install", file.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("it is not a folder");
    assertThat(Files.readString(file)).isEqualTo("not a folder");
    assertThat(Cli.run("schema", "--match", "x/*.json").err()).contains("--match goes with --install");
    assertThat(Cli.run("schema", "--install", dir.toString(), "--check").exit()).isEqualTo(2);
    Cli quote = Cli.run("schema", "--install", dir.resolve("q").toString(), "--match", "a\"b");
    assertThat(quote.exit()).isEqualTo(2);
    assertThat(quote.err()).contains("is not a file pattern editors read safely");
  }
}
