package org.policyset.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code schema --install}: the files editors are pointed at are the schema files this project
 * packages, byte for byte; the VS Code setting has the shape VS Code reads ({@code json.schemas}
 * entries of {@code fileMatch}, {@code url} and an inline {@code schema} under the {@code $id} a
 * document names); the catalogue and the JetBrains mapping point at the installed files.
 */
class EditorSchemasTest {

  @TempDir
  Path workspace;

  private static final JsonMapper JSON = JsonMapper.shared();

  private List<Path> install(String folder, List<String> patterns) throws IOException {
    return EditorSchemas.install(workspace.resolve(folder), workspace, patterns);
  }

  @Test
  void theSchemaFilesAreThePackagedOnesByteForByte() throws IOException {
    List<Path> written = install(".policyset/schema", EditorSchemas.DEFAULT_PATTERNS);
    Path folder = workspace.resolve(".policyset/schema");
    assertThat(written).hasSize(Schemas.versions().size() * Schemas.types().size() + 3);
    for (String type : Schemas.types()) {
      // Version 1 where releases before version 2 put it, version 2 beside it in 2/.
      assertThat(Files.readString(folder.resolve(Schemas.fileName(type)), StandardCharsets.UTF_8))
          .as(type).isEqualTo(Schemas.text("1", type));
      assertThat(Files.readString(folder.resolve("2").resolve(Schemas.fileName(type)), StandardCharsets.UTF_8))
          .as("2/" + type).isEqualTo(Schemas.text("2", type));
    }
  }

  @Test
  void version2DocumentsAreMappedToVersion2sSchemaInEveryEditor() throws Exception {
    EditorSchemas.install(workspace.resolve(".policyset/schema"), workspace, List.of("data/*.json"), "2");
    Path folder = workspace.resolve(".policyset/schema");
    JsonNode entries = JSON.readTree(folder.resolve(EditorSchemas.VSCODE).toFile()).get("json.schemas");
    assertThat(entries.size()).isEqualTo(2);
    for (JsonNode e : entries) {
      boolean v2 = e.get("url").asString().equals("https://policyset.org/schema/2/dataset.schema.json");
      assertThat(e.get("fileMatch").size()).as(e.get("url").asString()).isEqualTo(v2 ? 1 : 0);
      assertThat(e.get("schema")).isEqualTo(Schemas.load(v2 ? "2" : "1", "dataset"));
    }
    JsonNode catalog = JSON.readTree(folder.resolve(EditorSchemas.CATALOG).toFile());
    for (JsonNode e : catalog.get("schemas")) {
      boolean matched = e.get("fileMatch").size() > 0;
      assertThat(matched).as(e.get("url").asString()).isEqualTo(e.get("url").asString().equals("./2/dataset.schema.json"));
    }
    String xml = Files.readString(folder.resolve(EditorSchemas.JETBRAINS));
    assertThat(xml).contains("value=\".policyset/schema/2/dataset.schema.json\"");
    assertThatThrownBy(() -> EditorSchemas.install(folder, workspace, List.of("data/*.json"), "3"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("known versions: 1, 2");
  }

  @Test
  void vsCodeSettingsHaveTheShapeVsCodeReadsWithTheDatasetSchemaInline() throws IOException {
    install(".policyset/schema", List.of("**/data/*.json", "examples/*.json"));
    JsonNode settings = JSON.readTree(workspace.resolve(".policyset/schema/" + EditorSchemas.VSCODE).toFile());
    assertThat(settings.isObject()).isTrue();
    List<String> keys = new ArrayList<>();
    settings.propertyNames().forEach(keys::add);
    assertThat(keys).containsExactly("json.schemas");
    JsonNode entries = settings.get("json.schemas");
    assertThat(entries.isArray()).isTrue();
    assertThat(entries.size()).isEqualTo(Schemas.versions().size());
    for (JsonNode e : entries) {
      Set<String> allowed = Set.of("fileMatch", "url", "schema");
      e.propertyNames().forEach(k -> assertThat(allowed).as("VS Code's json.schemas item keys").contains(k));
      assertThat(e.get("fileMatch").isArray()).isTrue();
      e.get("fileMatch").forEach(m -> assertThat(m.isString()).isTrue());
      assertThat(e.get("url").isString()).isTrue();
    }
    JsonNode dataset = entries.get(0);
    assertThat(entries.get(1).get("fileMatch").size()).as("version 2 matches only by its $schema URL").isZero();
    assertThat(entries.get(1).get("url").asString()).isEqualTo(Schemas.id("2", "dataset").toString());
    List<String> fileMatch = new ArrayList<>();
    dataset.get("fileMatch").forEach(m -> fileMatch.add(m.asString()));
    assertThat(fileMatch).containsExactly("**/data/*.json", "examples/*.json");
    assertThat(dataset.get("url").asString()).as("the $schema URL documents name")
        .isEqualTo("https://policyset.org/schema/1/dataset.schema.json").isEqualTo(Schemas.id("dataset").toString());
    assertThat(dataset.get("schema")).isEqualTo(Schemas.load("dataset"));
  }

  @Test
  void theInlineSchemaChecksTheBundledDocuments() throws IOException {
    // The bundled dataset is version 2: its files match the version 2 schema when installed so.
    EditorSchemas.install(workspace.resolve("s"), workspace, EditorSchemas.DEFAULT_PATTERNS, "2");
    JsonNode inline = null;
    for (JsonNode e : JSON.readTree(workspace.resolve("s/" + EditorSchemas.VSCODE).toFile()).get("json.schemas")) {
      if (!e.get("fileMatch").isEmpty()) {
        inline = e.get("schema");
      }
    }
    assertThat(inline).as("the entry that matches the data files").isNotNull();
    // Read from the settings alone: no remote fetching, no classpath mapping.
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false))).getSchema(inline);
    Path stances = Path.of("..", "dataset", "data", "stances.json");
    String good = Files.readString(stances, StandardCharsets.UTF_8);
    assertThat(schema.validate(good, InputFormat.JSON)).isEmpty();
    List<Error> bad = schema.validate(good.replaceFirst("\"position\": \"[a-z-]+\"", "\"position\": \"maybe\""),
        InputFormat.JSON);
    assertThat(bad).isNotEmpty();
  }

  @Test
  void theCatalogueMapsEachSchemaToItsInstalledFile() throws IOException {
    install(".policyset/schema", EditorSchemas.DEFAULT_PATTERNS);
    Path folder = workspace.resolve(".policyset/schema");
    JsonNode catalog = JSON.readTree(folder.resolve(EditorSchemas.CATALOG).toFile());
    assertThat(catalog.get("version").asInt()).isEqualTo(1);
    List<String> types = new ArrayList<>();
    for (JsonNode e : catalog.get("schemas")) {
      assertThat(e.get("name").asString()).startsWith("policyset ");
      assertThat(e.get("description").asString()).isNotBlank();
      Path file = folder.resolve(e.get("url").asString()).normalize();
      String type = file.getFileName().toString().replace(".schema.json", "");
      String version = file.getParent().equals(folder) ? "1" : file.getParent().getFileName().toString();
      types.add(version + "/" + type);
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(Schemas.text(version, type));
      assertThat(e.get("fileMatch").size()).isEqualTo(type.equals("dataset") && version.equals("1") ? 1 : 0);
    }
    List<String> expected = new ArrayList<>();
    for (String v : Schemas.versions()) {
      Schemas.types().forEach(t -> expected.add(v + "/" + t));
    }
    assertThat(types).isEqualTo(expected);
  }

  @Test
  void theJetBrainsMappingPointsAtTheInstalledDatasetSchema() throws Exception {
    install(".policyset/schema", List.of("**/data/*.json"));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(
        workspace.resolve(".policyset/schema/" + EditorSchemas.JETBRAINS).toFile());
    Element component = (Element) doc.getElementsByTagName("component").item(0);
    assertThat(component.getAttribute("name")).isEqualTo("JsonSchemaMappingsProjectConfiguration");
    String schemaPath = null;
    List<String> patterns = new ArrayList<>();
    NodeList options = doc.getElementsByTagName("option");
    for (int i = 0; i < options.getLength(); i++) {
      Element o = (Element) options.item(i);
      if (o.getAttribute("name").equals("relativePathToSchema")) {
        schemaPath = o.getAttribute("value");
      } else if (o.getAttribute("name").equals("path")) {
        patterns.add(o.getAttribute("value"));
      }
    }
    assertThat(schemaPath).isEqualTo(".policyset/schema/dataset.schema.json");
    assertThat(Files.readString(workspace.resolve(schemaPath), StandardCharsets.UTF_8))
        .isEqualTo(Schemas.text("dataset"));
    assertThat(patterns).containsExactly("**/data/*.json");
  }

  @Test
  void patternsThatWouldBreakTheFilesAreRefused() {
    for (String bad : List.of("", " ", "a\"b", "<x>", "a&b", "two\nlines")) {
      assertThatThrownBy(() -> install("s", List.of(bad))).as("'%s'", bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> install("s", List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFolderWhoseNameNeedsEscapingIsEscapedInTheXml() throws Exception {
    install("odd & \"named\" <dir>", List.of("data/*.json"));
    String xml = Files.readString(workspace.resolve("odd & \"named\" <dir>/" + EditorSchemas.JETBRAINS));
    assertThat(xml).contains("value=\"odd &amp; &quot;named&quot; &lt;dir&gt;/dataset.schema.json\"");
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
        workspace.resolve("odd & \"named\" <dir>/" + EditorSchemas.JETBRAINS).toFile());
  }
}
