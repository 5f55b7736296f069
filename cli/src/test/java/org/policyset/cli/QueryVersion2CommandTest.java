package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code policyset query} on a schema version 2 dataset: --as-of marks each stance certain or
 * possible, --certain and --include-undated, the version 2 filters, and their usage errors.
 */
class QueryVersion2CommandTest {

  @TempDir
  Path dir;

  private static String stance(String id, String rest) {
    return "{\"id\": \"" + id + "\", \"holders\": [\"cn\"], \"topic\": \"two-state\","
        + " \"position\": \"supports\", \"statement\": \"China supports it.\","
        + " \"attribution\": \"reported\", \"reportedBy\": [\"seed\"], " + rest
        + " \"sources\": [{\"source\": \"seed\"}]}";
  }

  @BeforeEach
  void dataset() throws Exception {
    Files.writeString(dir.resolve("manifest.json"), "{\"manifest\": {\"id\": \"example\","
        + " \"title\": \"Example\", \"version\": \"1.0.0\", \"license\": \"CC0-1.0\","
        + " \"schemaVersion\": \"2\"}}", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("data.json"), "{"
        + "\"actors\": [{\"id\": \"cn\", \"name\": \"China\", \"kind\": \"state\"},"
        + " {\"id\": \"us\", \"name\": \"United States\", \"kind\": \"state\"}],"
        + " \"topics\": [{\"id\": \"two-state\", \"name\": \"Two-state solution\"}],"
        + " \"sources\": [{\"id\": \"seed\", \"title\": \"A commentary\", \"kind\": \"commentary\"}],"
        + " \"events\": [{\"id\": \"gsd-2025\", \"title\": \"Global South Day\", \"date\": \"2025-09-12\","
        + " \"type\": \"observance\", \"sources\": [{\"source\": \"seed\"}]}],"
        + " \"stances\": ["
        + stance("firm-position", "\"attested\": \"2025-09-12?\", \"inEffect\": \"/..\",") + ","
        + stance("since-2023", "\"attested\": \"2023-05\", \"inEffect\": \"2023/..\", \"targets\": [\"us\"],") + ","
        + stance("at-gsd", "\"expressedAt\": \"gsd-2025\",") + ","
        + stance("undated", "\"inEffect\": \"/..\",")
        + "]}", StandardCharsets.UTF_8);
  }

  private Cli query(String... args) {
    String[] argv = new String[args.length + 3];
    argv[0] = "query";
    System.arraycopy(args, 0, argv, 1, args.length);
    argv[args.length + 1] = "--";
    argv[args.length + 2] = dir.toString();
    return Cli.run(argv);
  }

  @Test
  void asOfMarksEachStanceCertainOrPossibleInCsvAndJson() {
    Cli csv = query("--as-of", "2024-06-01", "--sort", "id", "--format", "csv");
    assertThat(csv.err()).isEmpty();
    assertThat(csv.exit()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).endsWith(",inEffectCertainty");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("firm-position,").endsWith(",possible");
    assertThat(lines.get(2)).startsWith("since-2023,").endsWith(",certain");
    JsonNode json = JsonMapper.builder().build().readTree(
        query("--as-of", "2024-06-01", "--sort", "id", "--format", "json").out());
    assertThat(json.get("results").get(0).get("inEffectCertainty").asString()).isEqualTo("possible");
    assertThat(json.get("fields").toString()).contains("inEffectCertainty");
  }

  @Test
  void certainKeepsTheCertainAndIncludeUndatedAddsTheUndated() {
    assertThat(query("--as-of", "2024-06-01", "--certain", "--fields", "id", "--format", "csv").out())
        .isEqualTo("id\r\nsince-2023\r\n");
    assertThat(query("--as-of", "2024-06-01", "--include-undated", "--sort", "id", "--fields", "id",
        "--format", "csv").out()).isEqualTo("id\r\nfirm-position\r\nsince-2023\r\nundated\r\n");
    assertThat(query("--as-of", "2025-09-12", "--certain", "--sort", "id", "--fields",
        "id,inEffectCertainty", "--format", "csv").out())
        .isEqualTo("id,inEffectCertainty\r\nat-gsd,certain\r\nsince-2023,certain\r\n");
  }

  @Test
  void filtersOnTargetAndExpressedAt() {
    assertThat(query("--target", "us", "--fields", "id", "--format", "csv").out())
        .isEqualTo("id\r\nsince-2023\r\n");
    assertThat(query("--expressed-at", "gsd-2025", "--fields", "id", "--format", "csv").out())
        .isEqualTo("id\r\nat-gsd\r\n");
    assertThat(query("--attribution", "analysis", "--count").out()).isEqualTo("0\n");
    assertThat(query("--target", "us", "--count").out()).isEqualTo("1\n");
  }

  @Test
  void usageErrorsSayWhatIsWrong() {
    Cli certain = query("--certain");
    assertThat(certain.exit()).isEqualTo(2);
    assertThat(certain.err()).contains("--certain needs --as-of DATE");
    Cli target = query("--target", "usa");
    assertThat(target.exit()).isEqualTo(2);
    assertThat(target.err()).contains("unknown actor 'usa'");
    Cli attribution = query("--attribution", "rumour");
    assertThat(attribution.exit()).isEqualTo(2);
    assertThat(attribution.err()).contains("rumour");
  }
}
