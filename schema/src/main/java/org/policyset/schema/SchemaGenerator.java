package org.policyset.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.RecordType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) files of policyset from the {@code core} record types
 * and their Jackson and Bean Validation annotations.
 *
 * <p>The output is deterministic: keywords in a fixed order, properties in record-component order,
 * {@code $defs} sorted by name, two-space indent, UTF-8, a final newline. The checked-in files under
 * {@code schema/src/main/resources/org/policyset/schema/1/} are this output; a test fails when they
 * drift.
 *
 * <pre>{@code
 * SchemaGenerator generator = SchemaGenerator.create();
 * String stance = generator.generate("stance");
 * generator.writeAll(Path.of("schema/src/main/resources/org/policyset/schema/1"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SchemaGenerator {

  /** The {@code format} name given to partial dates; validators that do not know it ignore it. */
  public static final String PARTIAL_DATE_FORMAT = "partial-date";

  /**
   * The ECMA-262 pattern of a partial date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD},
   * year 0001 to 9999, and a day that exists in the proleptic Gregorian calendar (so
   * {@code 2025-02-29} and {@code 2025-04-31} fail, {@code 2024-02-29} passes). It accepts exactly
   * what {@link PartialDate#parse(String)} accepts.
   */
  public static final String PARTIAL_DATE_PATTERN;

  static {
    String year = "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)";
    String leapYear = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)";
    PARTIAL_DATE_PATTERN = "^(?:" + year + "(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1[0-9]|2[0-8]))?)?"
        + "|" + year + "-(?:0[13-9]|1[0-2])-(?:29|30)"
        + "|" + year + "-(?:0[13578]|1[02])-31"
        + "|" + leapYear + "-02-29)$";
  }

  /** The default folder of the checked-in schemas, relative to the repository root. */
  public static final Path SOURCE_FOLDER = Path.of("schema", "src", "main", "resources")
      .resolve(Schemas.RESOURCE_FOLDER);

  private static final List<String> KEYWORD_ORDER = List.of(
      "$schema", "$id", "$ref", "title", "description", "type", "format", "const", "enum",
      "pattern", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "items", "anyOf",
      "oneOf", "allOf", "properties", "required", "additionalProperties", "$defs");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The class that must be on the class path or module path for the generator to run. */
  static final String VICTOOLS_CLASS = "com.github.victools.jsonschema.generator.SchemaGenerator";

  private final RecordSchemas records;

  private SchemaGenerator() {
    this.records = new RecordSchemas();
  }

  /**
   * Returns a generator.
   *
   * <p>The generator runs on victools jsonschema-generator and its Jackson and Jakarta Validation
   * modules, which {@code policyset-schema} declares optional: add
   * {@code com.github.victools:jsonschema-generator}, {@code jsonschema-module-jackson} and
   * {@code jsonschema-module-jakarta-validation} (the version of the project's POM) to use it.
   * Reading the checked-in schemas ({@link Schemas}) and the constants of this class need none.
   *
   * @return a generator
   * @throws IllegalStateException if victools is missing, naming what to add
   */
  public static SchemaGenerator create() {
    requireVictools(SchemaGenerator.class.getClassLoader());
    return new SchemaGenerator();
  }

  /** Fails with what to add when victools' generator cannot be loaded by {@code loader}. */
  static void requireVictools(ClassLoader loader) {
    try {
      Class.forName(VICTOOLS_CLASS, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("SchemaGenerator needs victools' JSON Schema generator, an "
          + "optional dependency of policyset-schema: add com.github.victools:jsonschema-generator, "
          + "jsonschema-module-jackson and jsonschema-module-jakarta-validation to the project. "
          + "Reading the checked-in schemas (Schemas) does not need them.", e);
    }
  }

  /**
   * Generates one schema.
   *
   * @param type a schema type from {@link Schemas#types()}, such as {@code stance}
   * @return the schema text, as it is checked in
   * @throws IllegalArgumentException if the type is unknown
   */
  public String generate(String type) {
    return SchemaText.write(tree(type));
  }

  /**
   * Generates every schema.
   *
   * @return file name (such as {@code stance.schema.json}) to text, in the order of
   *     {@link Schemas#types()}
   */
  public Map<String, String> generateAll() {
    Map<String, String> all = new LinkedHashMap<>();
    for (String type : Schemas.types()) {
      all.put(Schemas.fileName(type), generate(type));
    }
    return all;
  }

  /**
   * Writes every schema into {@code folder}, replacing files whose text differs; each file is
   * written to a temporary file and moved into place.
   *
   * @param folder the folder, such as {@link #SOURCE_FOLDER}; created if missing
   * @return the files that were written because they were missing or differed
   * @throws IOException if a file cannot be written
   */
  public List<Path> writeAll(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> e : generateAll().entrySet()) {
      Path target = folder.resolve(e.getKey());
      byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
      if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
        continue;
      }
      Path temp = folder.resolve("." + e.getKey() + ".tmp");
      try {
        Files.write(temp, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
        try {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException ex) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
      written.add(target);
    }
    return written;
  }

  /**
   * Compares the schemas in {@code folder} with a fresh generation.
   *
   * @param folder a folder of schema files, such as {@link #SOURCE_FOLDER}
   * @return the names of the files that are missing or differ; empty if all are fresh
   * @throws IOException if a file exists but cannot be read
   */
  public List<String> outdated(Path folder) throws IOException {
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> e : generateAll().entrySet()) {
      Path file = folder.resolve(e.getKey());
      if (!Files.isRegularFile(file)
          || !Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
        stale.add(e.getKey());
      }
    }
    return stale;
  }

  /**
   * Regenerates the checked-in schemas.
   *
   * @param args the target folders; by default {@link #SOURCE_FOLDER}, relative to the working
   *     directory (the repository root)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    SchemaGenerator generator = create();
    List<Path> folders = new ArrayList<>();
    for (String arg : args) {
      folders.add(Path.of(arg));
    }
    if (folders.isEmpty()) {
      folders.add(SOURCE_FOLDER);
    }
    for (Path folder : folders) {
      List<Path> written = generator.writeAll(folder);
      System.out.println(written.isEmpty()
          ? "schemas in " + folder + " are up to date"
          : "wrote " + written.size() + " schema file(s) to " + folder);
    }
  }

  // --- generation -----------------------------------------------------------------------------

  private ObjectNode tree(String type) {
    Class<?> javaType = javaType(Schemas.checked(type));
    ObjectNode generated = records.generate(javaType);
    ObjectNode root = NODES.objectNode();
    root.put("$schema", Schemas.DIALECT);
    root.put("$id", Schemas.id(type).toString());
    generated.remove("$schema");
    generated.put("title", type.equals("dataset") ? "policyset dataset document" : "policyset " + type);
    if (type.equals("dataset")) {
      generated.put("description", DATASET_DESCRIPTION);
      ObjectNode props = (ObjectNode) generated.get("properties");
      ObjectNode withSchema = NODES.objectNode();
      withSchema.putObject("$schema")
          .put("type", "string")
          .put("description", "The URL or path of the JSON Schema this document follows; policyset "
              + "ignores its value.");
      for (Map.Entry<String, JsonNode> section : props.properties()) {
        ObjectNode copy = ((ObjectNode) section.getValue()).deepCopy();
        copy.put("description", section.getKey().equals("manifest")
            ? "What the dataset is; one document of a dataset holds it."
            : "The " + section.getKey() + " of this document, in any order.");
        withSchema.set(section.getKey(), copy);
      }
      generated.set("properties", withSchema);
    }
    root.setAll(generated);
    ObjectNode canonical = canonical(root);
    checkNoForeignRefs(canonical, canonical);
    return canonical;
  }

  private static Class<?> javaType(String type) {
    return switch (type) {
      case "dataset" -> Dataset.class;
      case "manifest" -> Manifest.class;
      // Schemas.checked let only dataset, manifest and the record types through.
      default -> Objects.requireNonNull(RecordType.forSingular(type), type).javaType();
    };
  }

  static ObjectNode partialDate() {
    ObjectNode node = NODES.objectNode();
    node.put("title", "PartialDate");
    node.put("description", "A calendar date known to the year, the month or the day: YYYY, YYYY-MM "
        + "or YYYY-MM-DD, with a year from 0001 to 9999 and a day that exists in the calendar. It "
        + "denotes the range of days it covers, so 2025-03 overlaps 2025-03-04.");
    node.put("type", "string");
    node.put("format", PARTIAL_DATE_FORMAT);
    node.put("pattern", PARTIAL_DATE_PATTERN);
    return node;
  }

  // --- canonical form ---------------------------------------------------------------------------

  /** Rebuilds a schema object with keywords in a fixed order and portable patterns. */
  private static ObjectNode canonical(JsonNode schema) {
    ObjectNode out = NODES.objectNode();
    Map<String, JsonNode> rest = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      if (!KEYWORD_ORDER.contains(e.getKey())) {
        rest.put(e.getKey(), e.getValue());
      }
    }
    if (!rest.isEmpty()) {
      throw new IllegalStateException("unexpected keywords " + rest.keySet()
          + "; add them to the keyword order of " + SchemaGenerator.class.getSimpleName());
    }
    for (String keyword : KEYWORD_ORDER) {
      JsonNode value = schema.get(keyword);
      if (value == null) {
        continue;
      }
      switch (keyword) {
        case "pattern" -> out.put(keyword, PortablePattern.of(value.asString()));
        case "items", "additionalProperties" ->
            out.set(keyword, value.isObject() ? canonical(value) : value);
        case "anyOf", "oneOf", "allOf" -> {
          ArrayNode list = out.putArray(keyword);
          value.forEach(s -> list.add(canonical(s)));
        }
        case "properties" -> {
          ObjectNode props = out.putObject(keyword);
          for (Map.Entry<String, JsonNode> p : value.properties()) {
            props.set(p.getKey(), canonical(p.getValue()));
          }
        }
        case "$defs" -> {
          ObjectNode defs = out.putObject(keyword);
          Map<String, JsonNode> sorted = new TreeMap<>();
          for (Map.Entry<String, JsonNode> d : value.properties()) {
            sorted.put(d.getKey(), d.getValue());
          }
          sorted.forEach((name, def) -> defs.set(name, canonical(def)));
        }
        case "required" -> {
          List<String> order = new ArrayList<>();
          schema.get("properties").propertyNames().forEach(order::add);
          List<String> required = new ArrayList<>();
          value.forEach(r -> required.add(r.asString()));
          required.sort(Comparator.comparingInt(order::indexOf));
          ArrayNode list = out.putArray(keyword);
          required.forEach(list::add);
        }
        default -> out.set(keyword, value);
      }
    }
    return out;
  }

  /** Fails if a {@code $ref} points outside its own file: every schema must stand alone. */
  private static void checkNoForeignRefs(JsonNode root, JsonNode node) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && (!ref.isString() || !ref.asString().startsWith("#/$defs/")
          || root.at(ref.asString().substring(1)).isMissingNode())) {
        throw new IllegalStateException("unresolvable $ref " + ref);
      }
    }
    for (JsonNode child : node) {
      checkNoForeignRefs(root, child);
    }
  }

  private static final String DATASET_DESCRIPTION = String.join(" ",
      "A policyset dataset document: a JSON object with the optional sections manifest, actors,",
      "topics, principles, events, stances and sources. This schema checks the shape of one document:",
      "types, required fields, ids, patterns, enums, lengths and calendar dates. Passing it is not a",
      "full validation; 'policyset validate' also checks what JSON Schema cannot express:",
      "(1) references resolve, across all files of the dataset, to a record of the type they name",
      "(holders, memberOf, topic, parent, respondsTo, principles, relations, supersedes, event actors",
      "and topics, citation sources);",
      "(2) ids are unique within their type, and a dataset has at most one manifest (none is a warning);",
      "(3) quotes appear verbatim (white space and quote marks normalized) in the archived text of",
      "their source, and that text file can be read;",
      "(4) date logic: a stance's until is not before its date, a stance does not respond to a later",
      "event, a stance does not supersede a later one;",
      "(5) topic parents, actor memberships and stance supersessions form no cycles;",
      "(6) every event and principle cites a source; unused sources and conflicting stances of one",
      "holder on one topic in effect at once are warnings;",
      "(7) syntax: a duplicate key in an object, a byte order mark, invalid UTF-8 and content after",
      "the document are errors (JSON Schema sees only the parsed value);",
      "(8) lengths: policyset counts UTF-16 code units, JSON Schema counts code points, so text with",
      "characters outside the Basic Multilingual Plane may pass here and fail there.");
}
