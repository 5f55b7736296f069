package org.policyset.core.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyset.core.internal.json.CanonicalText;
import org.policyset.core.internal.json.Json;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical text of datasets and records: records sorted by id within each section, keys in the
 * order of the record's components, absent optional fields omitted, two-space indent, one array
 * element per line, {@code \n} line ends, UTF-8 without escapes for non-ASCII text, and a trailing
 * newline. Equal datasets always have the same text, so diffs in pull requests stay small.
 *
 * @since 0.1.0
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /** The key of the record type in a JSON Lines line. */
  public static final String TYPE_KEY = "$type";

  /**
   * Returns the canonical JSON document of a dataset.
   *
   * @param dataset the dataset
   * @return the text, ending with a newline
   */
  public static String document(Dataset dataset) {
    return document(dataset, null);
  }

  /**
   * Returns the {@code $schema} a JSON document declares at its top level, so that rewriting the
   * document can keep it.
   *
   * @param file a JSON document
   * @return the value of its {@code $schema} key, or null when it has none, it is not a string, or
   *     the file cannot be read as JSON
   */
  public static @Nullable String declaredSchema(Path file) {
    // Streams past the other top-level values, so that a large document is not held in memory.
    try (JsonParser p = Json.mapper().createParser(file)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("$schema")) {
          return value == JsonToken.VALUE_STRING ? p.getString() : null;
        }
        p.skipChildren();
      }
      return null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Returns the {@code $schema} the JSON documents among {@code files} declare, when they all
   * declare the same one, for a file written from all of them.
   *
   * @param files dataset files; JSON Lines files and documents without {@code $schema} are ignored
   * @return the one value declared, or null when none is, or when they differ
   */
  public static @Nullable String agreedSchema(List<Path> files) {
    String agreed = null;
    for (Path f : files) {
      if (f.getFileName() != null && f.getFileName().toString().endsWith(".jsonl")) {
        continue;
      }
      String s = declaredSchema(f);
      if (s != null) {
        if (agreed != null && !agreed.equals(s)) {
          return null;
        }
        agreed = s;
      }
    }
    return agreed;
  }

  /**
   * Returns the canonical JSON document of a dataset, with a {@code $schema} key first when
   * {@code schema} is not null.
   *
   * @param dataset the dataset
   * @param schema the value of {@code $schema}, or null for none
   * @return the text, ending with a newline
   */
  public static String document(Dataset dataset, @Nullable String schema) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    if (schema != null) {
      root.put("$schema", schema);
    }
    if (dataset.manifest() != null) {
      root.set("manifest", CanonicalText.tree(dataset.manifest()));
    }
    for (RecordType type : RecordType.values()) {
      List<? extends PolicyRecord> records = sorted(dataset.records(type));
      if (!records.isEmpty()) {
        var array = root.putArray(type.section());
        for (PolicyRecord r : records) {
          array.add(CanonicalText.tree(r));
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    CanonicalText.write(root, sb, 0);
    return sb.append('\n').toString();
  }

  /**
   * Returns canonical JSON Lines: the manifest first, then records type by type, each sorted by id,
   * one compact object per line with {@code $type} as its first key.
   *
   * @param dataset the dataset
   * @return the text, each line ending with a newline
   */
  public static String jsonLines(Dataset dataset) {
    StringBuilder sb = new StringBuilder();
    if (dataset.manifest() != null) {
      line(sb, "manifest", CanonicalText.tree(dataset.manifest()));
    }
    for (RecordType type : RecordType.values()) {
      for (PolicyRecord r : sorted(dataset.records(type))) {
        line(sb, type.singular(), CanonicalText.tree(r));
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String type, ObjectNode record) {
    ObjectNode typed = JsonNodeFactory.instance.objectNode();
    typed.put(TYPE_KEY, type);
    typed.setAll(record);
    sb.append(Json.mapper().writeValueAsString(typed)).append('\n');
  }

  /** Returns records sorted by id (stable for equal ids). */
  static <T extends PolicyRecord> List<T> sorted(List<T> records) {
    List<T> copy = new ArrayList<>(records);
    copy.sort(Comparator.comparing(PolicyRecord::id, Comparator.nullsFirst(Comparator.naturalOrder())));
    return copy;
  }
}
