package org.policyset.core.model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The schema versions policyset reads, and which of them a record's fields fit.
 *
 * <p>Every version shares the record types: a field marked {@link InSchema} exists only in the
 * versions it names. A record <em>fits</em> a version when it sets no field outside that version
 * and every field required in it. Version 1 is the model of releases before 0.7.0; version 2 adds
 * attribution, attested and in-effect dates in EDTF, holder scope, targets, event and topic
 * relations, and citations on actors and topics (see {@code docs/model.md}).
 *
 * @since 0.7.0
 */
public final class SchemaVersions {
  private SchemaVersions() {}

  /** The first schema version. */
  public static final int V1 = 1;

  /** Schema version 2. */
  public static final int V2 = 2;

  /** The newest schema version this release reads and writes ({@code policyset migrate} writes it). */
  public static final int LATEST = V2;

  /**
   * The pattern of a document's {@code $schema} that names the JSON Schema files of one schema
   * version: a URL or path ending in {@code schema/N/NAME.schema.json}, with or without a fragment,
   * as {@code https://policyset.org/schema/2/dataset.schema.json} and the checked-in and installed
   * files are named; group 1 is N. Searched for, not matched whole ({@link Matcher#find()}).
   */
  public static final String SCHEMA_FILE = "(?:^|/)schema/([1-9][0-9]*)/[a-z]+\\.schema\\.json(?:#.*)?$";

  private static final Pattern SCHEMA_FILE_PATTERN = Pattern.compile(SCHEMA_FILE);

  /**
   * Returns the version a manifest's {@code schemaVersion} names, if this release reads it.
   *
   * @param schemaVersion the manifest's value, such as {@code "2"}
   * @return the version, or -1 if this release does not read it
   */
  public static int parse(@Nullable String schemaVersion) {
    if ("1".equals(schemaVersion)) {
      return V1;
    }
    if ("2".equals(schemaVersion)) {
      return V2;
    }
    return -1;
  }

  /**
   * Returns the version a dataset was read as: the one its manifest declares, 1 without a manifest
   * (as the reader does), -1 if the manifest names a version this release does not read.
   *
   * @param dataset the dataset
   * @return 1, 2 or -1
   * @since 0.7.0
   */
  public static int of(Dataset dataset) {
    Manifest m = dataset.manifest();
    return m == null ? V1 : parse(m.schemaVersion());
  }

  /**
   * Returns whether {@code version} is one this release reads.
   *
   * @param version the version
   * @return true for 1 and 2
   */
  public static boolean supported(int version) {
    return version == V1 || version == V2;
  }

  /**
   * Returns the schema version a document's {@code $schema} names (see {@link #SCHEMA_FILE}).
   *
   * @param schema the value of {@code $schema}
   * @return the version this release reads that it names, or -1 when it names none of them (any
   *     other URL or path, which policyset ignores)
   */
  public static int named(String schema) {
    Matcher m = SCHEMA_FILE_PATTERN.matcher(schema);
    if (!m.find()) {
      return -1;
    }
    int v = parse(m.group(1));
    return v > 0 && supported(v) ? v : -1;
  }

  /** A field marked {@link InSchema}, with how to read it. */
  private record Versioned(String name, int since, int until, int[] required, MethodHandle accessor) {
    boolean in(int version) {
      return version >= since && version <= until;
    }

    boolean requiredIn(int version) {
      for (int r : required) {
        if (r == version) {
          return true;
        }
      }
      return false;
    }
  }

  /** The versioned fields of a record type, and its components that may hold records with some. */
  private record Shape(List<Versioned> versioned, List<Nested> nested) {}

  /** A field without {@link InSchema} whose value may be or hold records of the model. */
  private record Nested(String name, MethodHandle accessor) {}

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      List<Versioned> versioned = new ArrayList<>();
      List<Nested> nested = new ArrayList<>();
      if (!type.isRecord()) {
        return new Shape(List.of(), List.of());
      }
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      for (RecordComponent c : type.getRecordComponents()) {
        MethodHandle h;
        try {
          h = lookup.unreflect(c.getAccessor());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + type.getName() + "." + c.getName(), e);
        }
        InSchema in = c.getAnnotation(InSchema.class);
        if (in != null) {
          versioned.add(new Versioned(name(c), in.since(), in.until(), in.required(), h));
        } else if (holdsModelRecords(c.getGenericType())) {
          nested.add(new Nested(name(c), h));
        }
      }
      return new Shape(List.copyOf(versioned), List.copyOf(nested));
    }
  };

  private static String name(RecordComponent c) {
    com.fasterxml.jackson.annotation.JsonProperty jp =
        c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
    return jp == null || jp.value().isEmpty() ? c.getName() : jp.value();
  }

  private static boolean holdsModelRecords(Type t) {
    if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
      return holdsModelRecords(p.getActualTypeArguments()[0]);
    }
    return t instanceof Class<?> c && c.isRecord() && c.getPackageName().equals(InSchema.class.getPackageName());
  }

  /**
   * Returns whether {@code record} fits {@code version}: no field outside it is set, and no field
   * required in it is absent (nested records, such as citations, included).
   *
   * @param record a record of the model, or a manifest
   * @param version the version
   * @return true if it fits
   */
  public static boolean fits(Object record, int version) {
    return problems(record, version, "", null) == 0;
  }

  /**
   * Returns what keeps {@code record} from fitting {@code version}, one line a field, such as
   * {@code "attested: not in schema version 1"}.
   *
   * @param record a record of the model, or a manifest
   * @param version the version
   * @return the problems, empty if it fits
   */
  public static List<String> problems(Object record, int version) {
    List<String> out = new ArrayList<>();
    problems(record, version, "", out);
    return List.copyOf(out);
  }

  /**
   * Returns the version a record built in code has the form of: 2 if it sets a field that version
   * 1 does not have, else 1.
   *
   * @param record a record of the model
   * @return 1 or 2
   */
  public static int formOf(Object record) {
    List<String> v1 = problems(record, V1);
    for (String p : v1) {
      if (p.endsWith(": not in schema version 1")) {
        return V2;
      }
    }
    return V1;
  }

  private static int problems(@Nullable Object record, int version, String path, @Nullable List<String> out) {
    if (record == null) {
      return 0;
    }
    Shape shape = SHAPES.get(record.getClass());
    int n = 0;
    for (Versioned v : shape.versioned()) {
      Object value = get(v.accessor(), record);
      boolean empty = value == null || value instanceof Collection<?> c && c.isEmpty();
      String problem = !empty && !v.in(version) ? "not in schema version " + version
          : empty && v.requiredIn(version) ? "required in schema version " + version
          : null;
      if (problem != null) {
        if (out == null) {
          return 1;
        }
        n++;
        out.add(path + v.name() + ": " + problem);
      } else if (!empty) {
        n += nested(value, version, path + v.name(), out);
        if (n > 0 && out == null) {
          return n;
        }
      }
    }
    for (Nested f : shape.nested()) {
      n += nested(get(f.accessor(), record), version, path + f.name(), out);
      if (n > 0 && out == null) {
        return n;
      }
    }
    return n;
  }

  private static int nested(@Nullable Object value, int version, String path, @Nullable List<String> out) {
    if (value instanceof List<?> list) {
      int n = 0;
      for (int i = 0; i < list.size(); i++) {
        Object e = list.get(i);
        if (e != null && e.getClass().isRecord()) {
          n += problems(e, version, path + "[" + i + "].", out);
        }
      }
      return n;
    }
    if (value != null && value.getClass().isRecord()) {
      return problems(value, version, path + ".", out);
    }
    return 0;
  }

  private static @Nullable Object get(MethodHandle accessor, Object record) {
    try {
      return accessor.invoke(record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
