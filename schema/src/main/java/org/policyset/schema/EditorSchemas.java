package org.policyset.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.policyset.core.write.AtomicFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema files and editor settings that let VS Code and JetBrains IDEs complete and check
 * dataset documents without the network ({@code policyset schema --install}).
 *
 * <p>{@link #install} writes into one folder:
 * <ul>
 *   <li>the schema files, byte for byte as packaged ({@code dataset.schema.json}, one per record
 *       type, {@code manifest.schema.json});
 *   <li>{@value #CATALOG}: a JSON schema catalogue in the SchemaStore format
 *       ({@code {"version": 1, "schemas": [{"name", "description", "fileMatch", "url"}]}}) whose
 *       {@code url}s are the files beside it;
 *   <li>{@value #VSCODE}: the {@code json.schemas} setting of VS Code, to merge into
 *       {@code .vscode/settings.json}: one entry whose {@code url} is the dataset schema's
 *       {@code $id} and whose {@code schema} is that schema itself, so that VS Code neither fetches
 *       the URL a document names in {@code $schema} nor needs it (the setting's documented purpose),
 *       with {@code fileMatch} for documents that name none;
 *   <li>{@value #JETBRAINS}: a JSON schema mapping for IntelliJ IDEA, WebStorm and the other
 *       JetBrains IDEs, to copy to {@code .idea/jsonSchemas.xml}: the installed dataset schema
 *       for the same file patterns.
 * </ul>
 *
 * @since 0.6.0
 */
public final class EditorSchemas {

  /** The file name of the schema catalogue. */
  public static final String CATALOG = "catalog.json";

  /** The file name of the VS Code settings. */
  public static final String VSCODE = "vscode-settings.json";

  /** The file name of the JetBrains mapping. */
  public static final String JETBRAINS = "jetbrains-jsonSchemas.xml";

  /** The file patterns mapped when none are given: JSON files in a folder named {@code data}. */
  public static final List<String> DEFAULT_PATTERNS = List.of("**/data/*.json");

  private EditorSchemas() {}

  /**
   * Writes the schema files, the catalogue and the editor settings into a folder, creating it;
   * each file is replaced atomically.
   *
   * @param folder the folder, such as {@code .policyset/schema}
   * @param workspace the folder editors open (the repository root), against which patterns and
   *     the JetBrains mapping's paths are read; {@code folder} should lie inside it
   * @param patterns the file patterns of dataset documents, relative to the workspace, such as
   *     {@code **}{@code /data/*.json}
   * @return the files written, in order
   * @throws IOException if a file cannot be written
   * @throws IllegalArgumentException if no pattern is given, or a pattern is blank or holds a
   *     quote, angle bracket or ampersand
   */
  public static List<Path> install(Path folder, Path workspace, List<String> patterns) throws IOException {
    Objects.requireNonNull(folder, "folder");
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("give at least one file pattern");
    }
    for (String p : patterns) {
      if (p.isBlank() || p.chars().anyMatch(c -> "\"'<>&".indexOf(c) >= 0 || c < 0x20)) {
        throw new IllegalArgumentException("'" + p + "' is not a file pattern editors read safely");
      }
    }
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    for (String type : Schemas.types()) {
      Path file = folder.resolve(Schemas.fileName(type));
      AtomicFiles.write(file, Schemas.text(type));
      written.add(file);
    }
    String relative = relative(workspace, folder);
    write(folder.resolve(CATALOG), json(catalog(patterns)), written);
    write(folder.resolve(VSCODE), json(vscode(patterns)), written);
    write(folder.resolve(JETBRAINS), jetbrains(relative, patterns), written);
    return List.copyOf(written);
  }

  private static void write(Path file, String text, List<Path> written) throws IOException {
    AtomicFiles.write(file, text);
    written.add(file);
  }

  /** The folder as a workspace-relative path with forward slashes, or absolute outside it. */
  static String relative(Path workspace, Path folder) {
    Path ws = workspace.toAbsolutePath().normalize();
    Path f = folder.toAbsolutePath().normalize();
    Path rel = f.startsWith(ws) ? ws.relativize(f) : f;
    String s = rel.toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }

  private static String json(JsonNode node) {
    return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
  }

  /** The SchemaStore-format catalogue: one entry per schema, urls relative to the catalogue. */
  static ObjectNode catalog(List<String> patterns) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("$schema", "https://json.schemastore.org/schema-catalog.json");
    root.put("version", 1);
    ArrayNode schemas = root.putArray("schemas");
    for (String type : Schemas.types()) {
      ObjectNode e = schemas.addObject();
      JsonNode schema = Schemas.load(type);
      e.put("name", "policyset " + type);
      e.put("description", schema.path("title").asString(""));
      ArrayNode match = e.putArray("fileMatch");
      if (type.equals("dataset")) {
        patterns.forEach(match::add);
      }
      e.put("url", "./" + Schemas.fileName(type));
    }
    return root;
  }

  /** The VS Code {@code json.schemas} setting: the dataset schema inline, under its {@code $id}. */
  static ObjectNode vscode(List<String> patterns) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode entries = root.putArray("json.schemas");
    ObjectNode e = entries.addObject();
    ArrayNode match = e.putArray("fileMatch");
    patterns.forEach(match::add);
    e.put("url", Schemas.id("dataset").toString());
    e.set("schema", Schemas.load("dataset"));
    return root;
  }

  /** The JetBrains {@code .idea/jsonSchemas.xml} mapping of the installed dataset schema. */
  static String jetbrains(String folder, List<String> patterns) {
    StringBuilder items = new StringBuilder();
    for (String p : patterns) {
      items.append("                  <Item>\n")
          .append("                    <option name=\"pattern\" value=\"true\" />\n")
          .append("                    <option name=\"path\" value=\"").append(p).append("\" />\n")
          .append("                  </Item>\n");
    }
    String schema = folder.equals(".") ? Schemas.fileName("dataset") : folder + "/" + Schemas.fileName("dataset");
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<project version=\"4\">\n"
        + "  <component name=\"JsonSchemaMappingsProjectConfiguration\">\n"
        + "    <state>\n"
        + "      <map>\n"
        + "        <entry key=\"policyset dataset\">\n"
        + "          <value>\n"
        + "            <SchemaInfo>\n"
        + "              <option name=\"name\" value=\"policyset dataset\" />\n"
        + "              <option name=\"relativePathToSchema\" value=\"" + xml(schema) + "\" />\n"
        + "              <option name=\"applicationDefined\" value=\"false\" />\n"
        + "              <option name=\"patterns\">\n"
        + "                <list>\n"
        + items
        + "                </list>\n"
        + "              </option>\n"
        + "            </SchemaInfo>\n"
        + "          </value>\n"
        + "        </entry>\n"
        + "      </map>\n"
        + "    </state>\n"
        + "  </component>\n"
        + "</project>\n";
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
