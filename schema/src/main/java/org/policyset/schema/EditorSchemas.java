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
 *       type, {@code manifest.schema.json}): version 1's in the folder itself, where releases
 *       before version 2 put them (so documents naming them keep working), and each later version's
 *       in a subfolder named after it ({@code 2/dataset.schema.json}, …);
 *   <li>{@value #CATALOG}: a JSON schema catalogue in the SchemaStore format
 *       ({@code {"version": 1, "schemas": [{"name", "description", "fileMatch", "url"}]}}) whose
 *       {@code url}s are the files beside it, every version's;
 *   <li>{@value #VSCODE}: the {@code json.schemas} setting of VS Code, to merge into
 *       {@code .vscode/settings.json}: one entry a schema version whose {@code url} is its dataset
 *       schema's {@code $id} and whose {@code schema} is that schema itself, so that VS Code neither
 *       fetches the URL a document names in {@code $schema} nor needs it (the setting's documented
 *       purpose); the {@code fileMatch} patterns, for documents that name none, go to the entry of
 *       the version the dataset is written in;
 *   <li>{@value #JETBRAINS}: a JSON schema mapping for IntelliJ IDEA, WebStorm and the other
 *       JetBrains IDEs, to copy to {@code .idea/jsonSchemas.xml}: the installed dataset schema of
 *       that version for the same file patterns.
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
    return install(folder, workspace, patterns, Schemas.VERSION);
  }

  /**
   * Writes every version's schema files, the catalogue and the editor settings into a folder,
   * creating it, with the file patterns mapped to the dataset schema of {@code version}; each file
   * is replaced atomically.
   *
   * @param folder the folder, such as {@code .policyset/schema}
   * @param workspace the folder editors open (the repository root)
   * @param patterns the file patterns of dataset documents, relative to the workspace
   * @param version the schema version of the documents the patterns match, from
   *     {@link Schemas#versions()}
   * @return the files written, in order
   * @throws IOException if a file cannot be written
   * @throws IllegalArgumentException if the version is unknown, no pattern is given, or a pattern
   *     is blank or holds a quote, angle bracket or ampersand
   * @since 0.7.0
   */
  public static List<Path> install(Path folder, Path workspace, List<String> patterns, String version)
      throws IOException {
    Objects.requireNonNull(folder, "folder");
    Schemas.checkedVersion(version);
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
    for (String v : Schemas.versions()) {
      Path versionFolder = folder.resolve(subfolder(v));
      Files.createDirectories(versionFolder);
      for (String type : Schemas.types()) {
        Path file = versionFolder.resolve(Schemas.fileName(type));
        AtomicFiles.write(file, Schemas.text(v, type));
        written.add(file);
      }
    }
    String relative = relative(workspace, folder);
    write(folder.resolve(CATALOG), json(catalog(patterns, version)), written);
    write(folder.resolve(VSCODE), json(vscode(patterns, version)), written);
    write(folder.resolve(JETBRAINS), jetbrains(relative, patterns, version), written);
    return List.copyOf(written);
  }

  /** Where a version's files go in the install folder: version 1's in it, others in a subfolder. */
  static String subfolder(String version) {
    return version.equals("1") ? "" : version + "/";
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

  /**
   * The SchemaStore-format catalogue: one entry per schema of every version, urls relative to the
   * catalogue; the patterns on {@code version}'s dataset schema.
   */
  static ObjectNode catalog(List<String> patterns, String version) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("$schema", "https://json.schemastore.org/schema-catalog.json");
    root.put("version", 1);
    ArrayNode schemas = root.putArray("schemas");
    for (String v : Schemas.versions()) {
      for (String type : Schemas.types()) {
        ObjectNode e = schemas.addObject();
        JsonNode schema = Schemas.load(v, type);
        e.put("name", "policyset " + type + (v.equals("1") ? "" : " (schema version " + v + ")"));
        e.put("description", schema.path("title").asString(""));
        ArrayNode match = e.putArray("fileMatch");
        if (type.equals("dataset") && v.equals(version)) {
          patterns.forEach(match::add);
        }
        e.put("url", "./" + subfolder(v) + Schemas.fileName(type));
      }
    }
    return root;
  }

  /**
   * The VS Code {@code json.schemas} setting: each version's dataset schema inline, under its
   * {@code $id}; the patterns on {@code version}'s.
   */
  static ObjectNode vscode(List<String> patterns, String version) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode entries = root.putArray("json.schemas");
    for (String v : Schemas.versions()) {
      ObjectNode e = entries.addObject();
      ArrayNode match = e.putArray("fileMatch");
      if (v.equals(version)) {
        patterns.forEach(match::add);
      }
      e.put("url", Schemas.id(v, "dataset").toString());
      e.set("schema", Schemas.load(v, "dataset"));
    }
    return root;
  }

  /** The JetBrains {@code .idea/jsonSchemas.xml} mapping of {@code version}'s installed dataset schema. */
  static String jetbrains(String folder, List<String> patterns, String version) {
    StringBuilder items = new StringBuilder();
    for (String p : patterns) {
      items.append("                  <Item>\n")
          .append("                    <option name=\"pattern\" value=\"true\" />\n")
          .append("                    <option name=\"path\" value=\"").append(p).append("\" />\n")
          .append("                  </Item>\n");
    }
    String file = subfolder(version) + Schemas.fileName("dataset");
    String schema = folder.equals(".") ? file : folder + "/" + file;
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
