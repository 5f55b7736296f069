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
import org.policyset.core.model.EdtfDate;
import org.policyset.core.model.EdtfInterval;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.SchemaVersions;
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
 * {@code schema/src/main/resources/org/policyset/schema/1/} and {@code …/2/} are this output, one
 * generator a schema version (fields of other versions left out, see {@code InSchema}); a test
 * fails when they drift.
 *
 * <pre>{@code
 * SchemaGenerator generator = SchemaGenerator.create();          // version 1 (Schemas.VERSION)
 * String stance = generator.generate("stance");
 * generator.writeAll(Path.of("schema/src/main/resources/org/policyset/schema/1"));
 * SchemaGenerator.create("2").writeAll(SchemaGenerator.sourceFolder("2"));
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

  /**
   * The {@code format} name given to schema version 2's EDTF dates; validators that do not know it
   * ignore it.
   *
   * @since 0.7.0
   */
  public static final String EDTF_DATE_FORMAT = "edtf-date";

  /**
   * The {@code format} name given to schema version 2's EDTF intervals; validators that do not know
   * it ignore it.
   *
   * @since 0.7.0
   */
  public static final String EDTF_INTERVAL_FORMAT = "edtf-interval";

  /**
   * The ECMA-262 pattern of a date in policyset's EDTF profile (schema version 2, {@link EdtfDate}):
   * a level 0 date as {@link #PARTIAL_DATE_PATTERN} accepts it; the same with unspecified digits
   * {@code X} at the end of any component and one qualifier {@code ?}, {@code ~} or {@code %} at the
   * end; or a one-of range {@code [A..]}, {@code [..B]} or {@code [A..B]} of level 0 dates, both ends
   * of one precision. A day must exist in some completion of the digits ({@code XXXX-02-29} passes,
   * {@code 2025-02-29?} and {@code 2025-02-3X} fail). It accepts exactly what
   * {@link EdtfDate#parse(String)} accepts; the order of a range's ends is rule PS308's.
   *
   * @since 0.7.0
   */
  public static final String EDTF_DATE_PATTERN;

  /**
   * The ECMA-262 pattern of an interval in policyset's EDTF profile (schema version 2,
   * {@link EdtfInterval}): {@code START/END}, each side a date of {@link #EDTF_DATE_PATTERN} other
   * than a one-of range, {@code ..} (open) or empty (unknown), but not both sides empty. It accepts
   * exactly what {@link EdtfInterval#parse(String)} accepts; the order of the sides is a rule's.
   *
   * @since 0.7.0
   */
  public static final String EDTF_INTERVAL_PATTERN;

  static {
    String year = "(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)";
    String leapYear = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)";
    String month = "(?:0[1-9]|1[0-2])";
    String dayPrecision = year + "-" + month + "-(?:0[1-9]|1[0-9]|2[0-8])"
        + "|" + year + "-(?:0[13-9]|1[0-2])-(?:29|30)"
        + "|" + year + "-(?:0[13578]|1[02])-31"
        + "|" + leapYear + "-02-29";
    String level0 = year + "(?:-" + month + ")?|" + dayPrecision;
    PARTIAL_DATE_PATTERN = "^(?:" + year + "(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1[0-9]|2[0-8]))?)?"
        + "|" + year + "-(?:0[13-9]|1[0-2])-(?:29|30)"
        + "|" + year + "-(?:0[13578]|1[02])-31"
        + "|" + leapYear + "-02-29)$";
    // Unspecified digits: X ends a component. Every year with an X spans a decade or more, so it
    // has a leap year; a month with an X (0X, 1X, XX) has a 31-day month; a day 3X needs a month
    // that is not February.
    String yearX = "(?:[0-9]{3}X|[0-9]{2}XX|[0-9]XXX|XXXX)";
    String anyYear = "(?:" + year + "|" + yearX + ")";
    String monthX = "(?:[01]X|XX)";
    String unspecified = yearX
        + "|" + anyYear + "-(?:" + month + "|" + monthX + ")"
        + "|" + anyYear + "-" + monthX + "-(?:0[1-9]|[12][0-9]|3[01]|[0-3]X|XX)"
        + "|" + anyYear + "-" + month + "-(?:[0-2]X|XX)"
        + "|" + anyYear + "-(?:0[13-9]|1[0-2])-3X"
        + "|" + yearX + "-" + month + "-(?:0[1-9]|1[0-9]|2[0-9])"
        + "|" + yearX + "-(?:0[13-9]|1[0-2])-30"
        + "|" + yearX + "-(?:0[13578]|1[02])-31";
    String date = "(?:" + level0 + "|" + unspecified + ")[?~%]?";
    String oneOf = "\\[(?:(?:" + level0 + ")\\.\\.|\\.\\.(?:" + level0 + ")"
        + "|" + year + "\\.\\." + year
        + "|" + year + "-" + month + "\\.\\." + year + "-" + month
        + "|(?:" + dayPrecision + ")\\.\\.(?:" + dayPrecision + "))\\]";
    EDTF_DATE_PATTERN = "^(?:" + date + "|" + oneOf + ")$";
    String side = "(?:" + date + "|\\.\\.)";
    EDTF_INTERVAL_PATTERN = "^(?:" + side + "/" + side + "?|/" + side + ")$";
  }

  /** The default folder of the checked-in schemas of version {@link Schemas#VERSION}, relative to the repository root. */
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
  private final String version;

  private SchemaGenerator(String version) {
    this.version = version;
    this.records = new RecordSchemas(Integer.parseInt(version));
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
   * @return a generator of the schemas of version {@link Schemas#VERSION}
   * @throws IllegalStateException if victools is missing, naming what to add
   */
  public static SchemaGenerator create() {
    return create(Schemas.VERSION);
  }

  /**
   * Returns a generator of one schema version's files: the fields of that version only, required
   * where that version requires them, and its {@code $id}s. Needs victools, as {@link #create()}.
   *
   * @param version a version from {@link Schemas#versions()}, such as {@code 2}
   * @return a generator
   * @throws IllegalArgumentException if the version is unknown
   * @throws IllegalStateException if victools is missing, naming what to add
   * @since 0.7.0
   */
  public static SchemaGenerator create(String version) {
    Schemas.checkedVersion(version);
    requireVictools(SchemaGenerator.class.getClassLoader());
    return new SchemaGenerator(version);
  }

  /**
   * Returns the schema version this generator makes.
   *
   * @return such as {@code 2}
   * @since 0.7.0
   */
  public String version() {
    return version;
  }

  /**
   * Returns the folder of one version's checked-in schemas, relative to the repository root.
   *
   * @param version a version from {@link Schemas#versions()}
   * @return for example {@code schema/src/main/resources/org/policyset/schema/2}
   * @throws IllegalArgumentException if the version is unknown
   * @since 0.7.0
   */
  public static Path sourceFolder(String version) {
    return Path.of("schema", "src", "main", "resources").resolve(Schemas.resourceFolder(version));
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
   * @param args the target folders; a folder named after a schema version ({@code …/1},
   *     {@code …/2}) gets that version's schemas, any other folder those of {@link Schemas#VERSION};
   *     by default {@link #sourceFolder(String)} of every version, relative to the working directory
   *     (the repository root)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    List<Path> folders = new ArrayList<>();
    for (String arg : args) {
      folders.add(Path.of(arg));
    }
    if (folders.isEmpty()) {
      for (String v : Schemas.versions()) {
        folders.add(sourceFolder(v));
      }
    }
    Map<String, SchemaGenerator> generators = new TreeMap<>();
    for (Path folder : folders) {
      Path name = folder.getFileName();
      String v = name != null && Schemas.versions().contains(name.toString())
          ? name.toString() : Schemas.VERSION;
      SchemaGenerator generator = generators.computeIfAbsent(v, SchemaGenerator::create);
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
    root.put("$id", Schemas.id(version, type).toString());
    generated.remove("$schema");
    generated.put("title", type.equals("dataset") ? "policyset dataset document" : "policyset " + type);
    if (type.equals("dataset")) {
      generated.put("description", version.equals("1") ? DATASET_DESCRIPTION : DATASET_DESCRIPTION_2);
      ObjectNode props = (ObjectNode) generated.get("properties");
      ObjectNode withSchema = NODES.objectNode();
      ObjectNode schemaKey = withSchema.putObject("$schema");
      schemaKey
          .put("type", "string")
          .put("description", version.equals("1")
              ? "The URL or path of the JSON Schema this document follows; policyset "
                  + "ignores its value."
              : "The URL or path of the JSON Schema this document follows. policyset reports one "
                  + "that names the files of another schema version (a path ending in "
                  + "schema/1/<name>.schema.json) as PS213, and otherwise ignores its value.");
      if (!version.equals("1")) {
        schemaKey.put("pattern", notNamingOtherVersions());
      }
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
    if (!version.equals("1")) {
      pinSchemaVersion(root);
      describeStance(root);
    }
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

  /**
   * In a schema of version 2 or later, a manifest's {@code schemaVersion} is that version: a
   * document whose manifest names another is read as that other version, so this schema does not
   * describe it. (Version 1's schema keeps its pattern, byte for byte.)
   */
  private void pinSchemaVersion(ObjectNode root) {
    JsonNode manifest = root.path("$defs").path("manifest");
    ObjectNode target = (ObjectNode) (manifest.isObject() ? manifest : root);
    JsonNode property = target.path("properties").path("schemaVersion");
    if (!property.isObject()) {
      return; // a record schema without a manifest
    }
    ObjectNode pinned = (ObjectNode) property;
    pinned.remove("pattern");
    pinned.put("const", version);
    pinned.put("description", "The policyset schema version the files follow: \"" + version
        + "\" for this schema (schema/" + version + "/).");
  }

  /**
   * A {@code $schema} that names no other version's files, as {@link SchemaVersions#named} reads it
   * (the reader reports one that does as PS213).
   */
  private String notNamingOtherVersions() {
    List<String> others = new ArrayList<>(Schemas.versions());
    others.remove(version);
    String named = SchemaVersions.SCHEMA_FILE.replace("([1-9][0-9]*)", "(?:" + String.join("|", others) + ")");
    if (named.equals(SchemaVersions.SCHEMA_FILE)) {
      throw new IllegalStateException("SchemaVersions.SCHEMA_FILE changed its version group: " + named);
    }
    return "^(?![\\s\\S]*" + named + ")[\\s\\S]*$";
  }

  /** Version 2's stance: the class description speaks of version 1's date and until. */
  private static void describeStance(ObjectNode root) {
    JsonNode stance = root.path("$defs").path("stance");
    ObjectNode target = (ObjectNode) (stance.isObject() ? stance
        : root.path("title").asString("").equals("policyset stance") ? root : null);
    if (target != null) {
      target.put("description", "A position that one or more actors take on a topic, how the "
          + "sources tie them to it (attribution), when it was attested and when it holds (inEffect), "
          + "with the principles it invokes and the sources that attribute it. It is in effect over "
          + "inEffect, or from 'attested' on when inEffect is absent, until a stance that supersedes it.");
    }
  }

  static ObjectNode edtfDate() {
    ObjectNode node = NODES.objectNode();
    node.put("title", "EdtfDate");
    node.put("description", "A date in policyset's EDTF profile (ISO 8601-2): YYYY, YYYY-MM or "
        + "YYYY-MM-DD as in version 1; X for unspecified digits at the end of a component (202X, "
        + "2025-XX, XXXX-09-12); one of ? (uncertain), ~ (approximate) or % (both) at the end; or a "
        + "one-of range [A..], [..B] or [A..B] of plain dates with both ends of one precision. A day "
        + "must exist in some completion of the digits. It denotes the range of days it may be.");
    node.put("type", "string");
    node.put("format", EDTF_DATE_FORMAT);
    node.put("pattern", EDTF_DATE_PATTERN);
    return node;
  }

  static ObjectNode edtfInterval() {
    ObjectNode node = NODES.objectNode();
    node.put("title", "EdtfInterval");
    node.put("description", "An EDTF interval START/END: each side a date of the profile (not a "
        + "one-of range), '..' for open (no limit on that side) or empty for unknown; '/' alone is "
        + "refused. 2023-11/.. is from November 2023, not known to have ended.");
    node.put("type", "string");
    node.put("format", EDTF_INTERVAL_FORMAT);
    node.put("pattern", EDTF_INTERVAL_PATTERN);
    return node;
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

  private static final String DATASET_DESCRIPTION_2 = String.join(" ",
      "A policyset dataset document of schema version 2: a JSON object with the optional sections",
      "manifest, actors, topics, principles, events, stances and sources. The version is the",
      "manifest's schemaVersion (\"2\"); a document whose manifest comes first and names \"1\" is",
      "a version 1 document, checked by schema/1. This schema checks the shape of one document:",
      "types, required fields, ids, patterns, enums, lengths, calendar dates and the EDTF profile of",
      "dates and intervals. Passing it is not a full validation; 'policyset validate' also checks",
      "what JSON Schema cannot express:",
      "(1) references resolve, across all files of the dataset, to a record of the type they name",
      "(holders, holderScopes, reportedBy, voicedBy, expressedAt, respondsTo, targets, memberOf,",
      "topic, parent, principles, relations, supersedes, event actors, topics and relations, topic",
      "relations, source authors, citation sources);",
      "(2) ids are unique within their type, and a dataset has at most one manifest (none is a",
      "warning, and a dataset without one is version 1); every manifest names the same version, and",
      "a $schema naming schema/1 in a version 2 dataset is an error;",
      "(3) quotes appear verbatim (white space and quote marks normalized) in the archived text of",
      "their source, and that text file can be read;",
      "(4) attribution: 'reported' goes with reportedBy and reportedBy only with it, each reporting",
      "source is cited, and the author's analysis, proposal or prediction is held by an author of a",
      "cited source;",
      "(5) date logic, by the possible range of days of each EDTF date: a one-of range and an",
      "inEffect interval are in order, the attested date lies within inEffect, a stance is not",
      "expressed at or responding to a later event, an event does not invoke, respond to or follow",
      "a later one, a stance does not supersede a later one;",
      "(6) a holder or participant scope is given only to a group actor; topic parents, event parts,",
      "actor memberships and stance supersessions form no cycles;",
      "(7) every event, principle and relation cites a source; unused sources and conflicting",
      "stances of one holder on one topic in effect at once are warnings;",
      "(8) syntax: a duplicate key in an object, a byte order mark, invalid UTF-8 and content after",
      "the document are errors (JSON Schema sees only the parsed value);",
      "(9) lengths: policyset counts UTF-16 code units, JSON Schema counts code points, so text with",
      "characters outside the Basic Multilingual Plane may pass here and fail there.");

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
