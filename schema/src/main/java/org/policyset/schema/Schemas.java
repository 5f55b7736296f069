package org.policyset.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.policyset.core.model.Manifest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checked-in JSON Schema files of policyset datasets, read from the classpath.
 *
 * <p>There is one schema for a whole dataset document ({@code dataset}) and one for each record
 * type and the manifest, for each schema version ({@link #versions()}: {@code 1} and {@code 2}, in
 * folders of their own). Each file is self-contained: its {@code $ref}s point into its own
 * {@code $defs}, so a validator needs no other file and no network. The methods without a version
 * read version {@link #VERSION}.
 *
 * <pre>{@code
 * String text = Schemas.text("stance");        // the file as checked in
 * JsonNode schema = Schemas.load("dataset");   // parsed
 * URI id = Schemas.id("stance");               // https://policyset.org/schema/1/stance.schema.json
 * URI v2 = Schemas.id("2", "stance");          // https://policyset.org/schema/2/stance.schema.json
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Schemas {

  /** The schema version these files describe; it is the {@code schemaVersion} of a manifest. */
  public static final String VERSION = Manifest.CURRENT_SCHEMA_VERSION;

  /** The base of every schema's {@code $id}, for version {@link #VERSION}. */
  public static final String BASE_URI = "https://policyset.org/schema/" + VERSION + "/";

  /** The classpath folder of the schema files of version {@link #VERSION}, without a leading slash. */
  public static final String RESOURCE_FOLDER = "org/policyset/schema/" + VERSION + "/";

  /** The dialect every schema declares in {@code $schema}. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private static final List<String> VERSIONS = List.of("1", "2");

  private static final List<String> TYPES =
      List.of("dataset", "actor", "topic", "principle", "event", "stance", "source", "manifest");

  private Schemas() {}

  /**
   * Returns the schema versions whose files are packaged, oldest first.
   *
   * @return {@code 1} and {@code 2}, as a manifest's {@code schemaVersion} names them
   * @since 0.7.0
   */
  public static List<String> versions() {
    return VERSIONS;
  }

  /**
   * Returns the base of the {@code $id}s of one schema version.
   *
   * @param version a version from {@link #versions()}
   * @return for example {@code https://policyset.org/schema/2/}
   * @throws IllegalArgumentException if the version is unknown; the message lists the known ones
   * @since 0.7.0
   */
  public static String baseUri(String version) {
    return "https://policyset.org/schema/" + checkedVersion(version) + "/";
  }

  /**
   * Returns the classpath folder of one schema version's files, without a leading slash.
   *
   * @param version a version from {@link #versions()}
   * @return for example {@code org/policyset/schema/2/}
   * @throws IllegalArgumentException if the version is unknown
   * @since 0.7.0
   */
  public static String resourceFolder(String version) {
    return "org/policyset/schema/" + checkedVersion(version) + "/";
  }

  /**
   * Returns the schema types: {@code dataset}, then the record types, then {@code manifest}.
   *
   * @return the type names, such as {@code stance}
   */
  public static List<String> types() {
    return TYPES;
  }

  /**
   * Returns the file name of a schema.
   *
   * @param type a schema type, such as {@code stance}
   * @return for example {@code stance.schema.json}
   * @throws IllegalArgumentException if the type is unknown; the message lists the known types
   */
  public static String fileName(String type) {
    return checked(type) + ".schema.json";
  }

  /**
   * Returns the {@code $id} of a schema.
   *
   * @param type a schema type, such as {@code stance}
   * @return for example {@code https://policyset.org/schema/1/stance.schema.json}
   * @throws IllegalArgumentException if the type is unknown
   */
  public static URI id(String type) {
    return id(VERSION, type);
  }

  /**
   * Returns the {@code $id} of a schema of one version.
   *
   * @param version a version from {@link #versions()}
   * @param type a schema type, such as {@code stance}
   * @return for example {@code https://policyset.org/schema/2/stance.schema.json}
   * @throws IllegalArgumentException if the version or the type is unknown
   * @since 0.7.0
   */
  public static URI id(String version, String type) {
    return URI.create(baseUri(version) + fileName(type));
  }

  /**
   * Returns the classpath resource name of a schema.
   *
   * @param type a schema type, such as {@code stance}
   * @return for example {@code org/policyset/schema/1/stance.schema.json}
   * @throws IllegalArgumentException if the type is unknown
   */
  public static String resource(String type) {
    return resource(VERSION, type);
  }

  /**
   * Returns the classpath resource name of a schema of one version.
   *
   * @param version a version from {@link #versions()}
   * @param type a schema type, such as {@code stance}
   * @return for example {@code org/policyset/schema/2/stance.schema.json}
   * @throws IllegalArgumentException if the version or the type is unknown
   * @since 0.7.0
   */
  public static String resource(String version, String type) {
    return resourceFolder(version) + fileName(type);
  }

  /**
   * Returns the checked-in text of a schema, exactly as packaged (UTF-8, ending with a newline).
   *
   * @param type a schema type, such as {@code stance}
   * @return the JSON text
   * @throws IllegalArgumentException if the type is unknown
   * @throws IllegalStateException if the file is missing from the classpath
   */
  public static String text(String type) {
    return text(VERSION, type);
  }

  /**
   * Returns the checked-in text of a schema of one version, exactly as packaged.
   *
   * @param version a version from {@link #versions()}
   * @param type a schema type, such as {@code stance}
   * @return the JSON text
   * @throws IllegalArgumentException if the version or the type is unknown
   * @throws IllegalStateException if the file is missing from the classpath
   * @since 0.7.0
   */
  public static String text(String version, String type) {
    String resource = resource(version, type);
    try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema " + resource + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Returns the checked-in schema, parsed.
   *
   * @param type a schema type, such as {@code stance}
   * @return the schema as a JSON tree
   * @throws IllegalArgumentException if the type is unknown
   * @throws IllegalStateException if the file is missing from the classpath
   */
  public static JsonNode load(String type) {
    return load(VERSION, type);
  }

  /**
   * Returns the checked-in schema of one version, parsed.
   *
   * @param version a version from {@link #versions()}
   * @param type a schema type, such as {@code stance}
   * @return the schema as a JSON tree
   * @throws IllegalArgumentException if the version or the type is unknown
   * @throws IllegalStateException if the file is missing from the classpath
   * @since 0.7.0
   */
  public static JsonNode load(String version, String type) {
    return JsonMapper.shared().readTree(text(version, type));
  }

  static String checkedVersion(String version) {
    if (version == null || !VERSIONS.contains(version)) {
      throw new IllegalArgumentException("unknown schema version '" + version + "'; known versions: "
          + String.join(", ", VERSIONS));
    }
    return version;
  }

  static String checked(String type) {
    if (type == null || !TYPES.contains(type)) {
      throw new IllegalArgumentException(
          "unknown schema type '" + type + "'; known types: " + String.join(", ", TYPES));
    }
    return type;
  }
}
