package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
  void anUnknownTypeIsAUsageErrorListingTheTypes() {
    Cli r = Cli.run("schema", "--type", "stanse");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown type 'stanse'").contains("stance");
  }
}
