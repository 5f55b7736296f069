package org.policyset.core.read.internal.shape;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.CodedValue;
import org.policyset.core.model.EdtfDate;
import org.policyset.core.model.EdtfInterval;
import org.policyset.core.model.InSchema;
import org.policyset.core.model.PartialDate;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import tools.jackson.databind.JsonNode;
import org.policyset.core.internal.json.LocatedTree;
import org.policyset.core.internal.json.Pointers;
import org.policyset.core.internal.text.Hints;
import org.policyset.core.internal.text.Plural;

/**
 * Checks a JSON tree against the structure of a record type before binding: unknown properties,
 * JSON types, enum values and dates, reporting every problem at once rather than the first one a
 * binder would stop at.
 */
final class ShapeWalker {

  private sealed interface Kind permits Text, Choice, Date, Edtf, Bool, ListOf, Obj {}

  private record Text() implements Kind {}

  private record Choice(Class<?> type, List<String> allowed) implements Kind {}

  private record Date() implements Kind {}

  /** A date ({@code interval} false) or interval of schema version 2's EDTF profile. */
  private record Edtf(boolean interval) implements Kind {}

  private record Bool() implements Kind {}

  private record ListOf(Kind element) implements Kind {}

  private record Obj(Class<?> type) implements Kind {}

  private static final Map<Class<?>, Map<String, Kind>> STRUCTURES = new ConcurrentHashMap<>();

  /** The structure of each type in each schema version, by version. */
  private static final List<Map<Class<?>, Map<String, Kind>>> VERSIONED = List.of(
      new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());

  /** The required fields of each type in each schema version, by version. */
  private static final List<Map<Class<?>, List<String>>> REQUIRED = List.of(
      new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());

  private static List<String> required(Class<?> type, int version) {
    return REQUIRED.get(version).computeIfAbsent(type, t -> {
      List<String> names = new ArrayList<>();
      for (RecordComponent c : t.getRecordComponents()) {
        JsonProperty jp = c.getAccessor().getAnnotation(JsonProperty.class);
        InSchema in = c.getAnnotation(InSchema.class);
        boolean required = jp != null && jp.required()
            || in != null && Arrays.stream(in.required()).anyMatch(r -> r == version);
        if (required && has(c, version)) {
          names.add(jp == null || jp.value().isEmpty() ? c.getName() : jp.value());
        }
      }
      return List.copyOf(names);
    });
  }

  /** Whether {@code name} of {@code type} is required through {@link InSchema} only (no {@code @NotNull}). */
  private static boolean requiredOnlyBy(Class<?> type, String name) {
    for (RecordComponent c : type.getRecordComponents()) {
      JsonProperty jp = c.getAccessor().getAnnotation(JsonProperty.class);
      String n = jp == null || jp.value().isEmpty() ? c.getName() : jp.value();
      if (n.equals(name)) {
        return c.getAnnotation(InSchema.class) != null
            && c.getAnnotation(jakarta.validation.constraints.NotNull.class) == null;
      }
    }
    return false;
  }

  private static boolean has(RecordComponent c, int version) {
    InSchema in = c.getAnnotation(InSchema.class);
    return in == null || version >= in.since() && version <= in.until();
  }

  private final LocatedTree tree;
  private final String filePointer;
  private final @Nullable String recordKey;
  private final Consumer<Finding> findings;
  private final boolean all;
  private final int version;
  private final List<String> unknown = new ArrayList<>();
  private final List<String> invalid = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();
  private final List<String> suggested = new ArrayList<>();
  private int problems;

  /**
   * What the walk found: the number of problems reported, and the pointers of unknown properties,
   * of values of the wrong type or out of range, of absent required fields, and of the fields that
   * misspelt keys most likely meant.
   */
  record Result(int problems, List<String> unknown, List<String> invalid, List<String> missing,
      List<String> suggested) {

    /** Returns whether {@code pointer} is, or lies under, a place this walk already explained. */
    boolean explains(String pointer) {
      for (List<String> list : List.of(unknown, invalid, missing, suggested)) {
        for (String p : list) {
          if (under(pointer, p)) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean under(String pointer, String prefix) {
      return pointer.equals(prefix) || pointer.startsWith(prefix + "/");
    }
  }

  private ShapeWalker(LocatedTree tree, String filePointer, @Nullable String recordKey,
      Consumer<Finding> findings, boolean all, int version) {
    this.all = all;
    this.version = version;
    this.tree = tree;
    this.filePointer = filePointer;
    this.recordKey = recordKey;
    this.findings = findings;
  }

  /**
   * Checks {@code tree} against {@code type}, reporting each problem once; with {@code all}, also
   * the absent required fields that a misspelt key already explains.
   */
  static Result check(LocatedTree tree, Class<?> type, String filePointer, @Nullable String recordKey,
      Consumer<Finding> findings, boolean all, int version) {
    ShapeWalker w = new ShapeWalker(tree, filePointer, recordKey, findings, all, version);
    w.object(tree.node(), type, "");
    return new Result(w.problems, List.copyOf(w.unknown), List.copyOf(w.invalid),
        List.copyOf(w.missing), List.copyOf(w.suggested));
  }

  /** The hint for a merge-conflict marker left by {@code merge-driver --conflict-style marker}. */
  static final String CONFLICT_HINT = "an unresolved merge conflict marked by 'policyset merge-driver "
      + "--conflict-style marker': set each field to the value it should have (the base and theirs "
      + "values are in '$conflict'), then delete the '$conflict' key";

  private void object(JsonNode node, Class<?> type, String pointer) {
    Map<String, Kind> structure = structure(type, version);
    java.util.Set<String> meant = new java.util.HashSet<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String name = e.getKey();
      String p = Pointers.child(pointer, name);
      Kind kind = structure.get(name);
      if (kind == null) {
        unknown.add(p);
        String closest = Hints.closest(name, structure.keySet());
        if (closest != null && !closest.equals(name)) {
          meant.add(closest);
          suggested.add(Pointers.child(pointer, closest));
        }
        String hint = Hints.didYouMean(name, structure.keySet());
        report(Finding.of(Rule.UNKNOWN_PROPERTY, tree.locate(p),
                "unknown property '" + name + "' in " + article(noun(type)))
            .withPointer(filePointer + p)
            .withHint(name.equals("$conflict") ? CONFLICT_HINT
                : hint != null ? hint : "known properties: " + String.join(", ", structure.keySet())));
        continue;
      }
      value(e.getValue(), kind, p);
    }
    // A required field that is absent is reported here, unless a misspelt key already names it:
    // one root cause, one finding (with --all, both).
    for (String required : required(type, version)) {
      JsonNode present = node.get(required);
      if (present != null && present.isNull() && requiredOnlyBy(type, required)) {
        // Bean Validation says this of a @NotNull field; a field required in some versions only
        // has no @NotNull, so the walk says it, in the same words, at the same place.
        String p = Pointers.child(pointer, required);
        missing.add(p);
        report(Finding.of(Rule.MISSING_FIELD, tree.locate(p),
                "required field '" + field(p).replace("'", "") + "' is missing")
            .withPointer(filePointer + p)
            .withHint(addHint(required, structure.get(required))));
        continue;
      }
      if (present != null) {
        continue;
      }
      missing.add(Pointers.child(pointer, required));
      if (all || !meant.contains(required)) {
        report(Finding.of(Rule.MISSING_FIELD, tree.locate(pointer),
                "required field '" + required + "' is missing" + (pointer.isEmpty() ? ""
                    : " in " + field(pointer)))
            .withPointer(filePointer + Pointers.child(pointer, required))
            .withHint(addHint(required, structure.get(required))));
      }
    }
  }

  private void value(JsonNode v, Kind kind, String pointer) {
    if (v.isNull()) {
      return; // Bean Validation reports required values that are null
    }
    if (kind instanceof Text) {
      if (!v.isString()) {
        wrongType(v, "a string", pointer);
      }
    } else if (kind instanceof Choice c) {
      if (!v.isString()) {
        wrongType(v, "a string", pointer);
      } else if (!c.allowed().contains(v.asString())) {
        String hint = Hints.didYouMean(v.asString(), c.allowed());
        invalid.add(pointer);
        report(Finding.of(Rule.INVALID_ENUM, tree.locate(pointer),
                "'" + v.asString() + "' is not a valid " + field(pointer))
            .withPointer(filePointer + pointer)
            .withHint((hint == null ? "" : hint + " ") + "allowed: " + String.join(", ", c.allowed())));
      }
    } else if (kind instanceof Date) {
      if (!v.isString()) {
        wrongType(v, "a date string (YYYY, YYYY-MM or YYYY-MM-DD)", pointer);
      } else {
        try {
          PartialDate.parse(v.asString());
        } catch (IllegalArgumentException e) {
          invalid.add(pointer);
          report(Finding.of(Rule.INVALID_DATE, tree.locate(pointer),
                  field(pointer) + ": " + e.getMessage())
              .withPointer(filePointer + pointer)
              .withHint("write the date as YYYY, YYYY-MM or YYYY-MM-DD, naming a real day"));
        }
      }
    } else if (kind instanceof Edtf d) {
      if (!v.isString()) {
        wrongType(v, d.interval() ? "an interval string (START/END)" : "a date string", pointer);
      } else {
        try {
          if (d.interval()) {
            EdtfInterval.parse(v.asString());
          } else {
            EdtfDate.parse(v.asString());
          }
        } catch (IllegalArgumentException e) {
          invalid.add(pointer);
          report(Finding.of(Rule.INVALID_DATE, tree.locate(pointer),
                  field(pointer) + ": " + e.getMessage())
              .withPointer(filePointer + pointer)
              .withHint(d.interval()
                  ? "write START/END, each side a date, '..' (open) or empty (unknown), such as 2023-11/.."
                  : "write a date of the EDTF profile, such as 2025, 2025-03-04, 2025-09-12?, 202X or "
                      + "[2023-11-15..] (docs/model.md)"));
        }
      }
    } else if (kind instanceof Bool) {
      if (!v.isBoolean()) {
        wrongType(v, "true or false", pointer);
      }
    } else if (kind instanceof ListOf l) {
      if (!v.isArray()) {
        wrongType(v, "an array", pointer);
      } else {
        for (int i = 0; i < v.size(); i++) {
          value(v.get(i), l.element(), Pointers.child(pointer, i));
        }
      }
    } else if (kind instanceof Obj o) {
      if (!v.isObject()) {
        wrongType(v, "an object", pointer);
      } else {
        object(v, o.type(), pointer);
      }
    }
  }

  private void wrongType(JsonNode v, String expected, String pointer) {
    invalid.add(pointer);
    report(Finding.of(Rule.WRONG_TYPE, tree.locate(pointer),
            field(pointer) + " must be " + expected + ", not " + RecordBinder.describe(v))
        .withPointer(filePointer + pointer));
  }

  private void report(Finding f) {
    problems++;
    findings.accept(f.withRecord(recordKey));
  }

  /** Returns a readable name of the value at {@code pointer}, such as {@code 'holders[1]'}. */
  static String field(String pointer) {
    if (pointer.isEmpty()) {
      return "the record";
    }
    StringBuilder sb = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      if (!token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(token).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(token.replace("~1", "/").replace("~0", "~"));
      }
    }
    return "'" + sb + "'";
  }

  private static String noun(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String article(String noun) {
    return Plural.article(noun);
  }

  /** "add 'position'", with the allowed values when the field takes one of a few. */
  private static String addHint(String field, @Nullable Kind kind) {
    return "add '" + field + "'"
        + (kind instanceof Choice c ? ", one of: " + String.join(", ", c.allowed()) : "");
  }

  /**
   * {@return the hint for adding {@code field} of {@code owner}: "add 'kind', one of: state, …"
   * for a field that takes one of a few values, else "add 'kind'"}
   */
  static String addHint(Class<?> owner, String field) {
    return owner.isRecord() ? addHint(field, structure(owner).get(field)) : "add '" + field + "'";
  }

  /** Returns the JSON property names of a record type, in component order, with their kinds. */
  static Map<String, Kind> structure(Class<?> type) {
    return STRUCTURES.computeIfAbsent(type, t -> {
      Map<String, Kind> m = new LinkedHashMap<>();
      for (RecordComponent c : t.getRecordComponents()) {
        JsonProperty jp = c.getAccessor().getAnnotation(JsonProperty.class);
        String name = jp != null && !jp.value().isEmpty() ? jp.value() : c.getName();
        m.put(name, kind(c.getGenericType()));
      }
      return m;
    });
  }

  /** Returns the JSON property names of a record type in a schema version, in component order, with their kinds. */
  static Map<String, Kind> structure(Class<?> type, int version) {
    return VERSIONED.get(version).computeIfAbsent(type, t -> {
      Map<String, Kind> all = structure(t);
      Map<String, Kind> m = new LinkedHashMap<>();
      int i = 0;
      for (Map.Entry<String, Kind> e : all.entrySet()) {
        if (has(t.getRecordComponents()[i++], version)) {
          m.put(e.getKey(), e.getValue());
        }
      }
      return m;
    });
  }

  /** Returns the JSON property names of a record type, in component order. */
  static List<String> propertyNames(Class<?> type) {
    return new ArrayList<>(structure(type).keySet());
  }

  private static Kind kind(Type t) {
    if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
      return new ListOf(kind(p.getActualTypeArguments()[0]));
    }
    if (t instanceof java.lang.reflect.AnnotatedType a) {
      return kind(a.getType());
    }
    Class<?> c = (Class<?>) t;
    if (c == String.class) {
      return new Text();
    }
    if (c == PartialDate.class) {
      return new Date();
    }
    if (c == EdtfDate.class || c == EdtfInterval.class) {
      return new Edtf(c == EdtfInterval.class);
    }
    if (c == Boolean.class || c == boolean.class) {
      return new Bool();
    }
    if (c.isEnum() && CodedValue.class.isAssignableFrom(c)) {
      return new Choice(c, Arrays.stream(c.getEnumConstants())
          .map(e -> ((CodedValue) e).value()).toList());
    }
    if (c.isRecord()) {
      return new Obj(c);
    }
    throw new IllegalStateException("no JSON kind for " + t);
  }
}
