package org.policyset.core.read.internal.shape;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.CodedValue;
import org.policyset.core.model.Constraints;
import org.policyset.core.model.PartialDate;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import org.policyset.core.internal.json.LocatedTree;
import org.policyset.core.internal.json.Pointers;
import org.policyset.core.internal.text.Hints;
import org.policyset.core.internal.text.Plural;

/**
 * Binds a located JSON tree to a record type and runs Bean Validation on it, turning every problem
 * into a located finding.
 */
public final class RecordBinder {

  /** The outcome of binding: the value (null if binding failed) and whether it is shape-valid. */
  public record Bound<T>(@Nullable T value, boolean valid) {}

  private final JsonMapper mapper;
  private final java.util.function.Supplier<Validator> validators;
  private @Nullable Validator validator;
  private final int version;

  /**
   * Creates a binder of schema version 1 records. The validator is asked for only when a record
   * may break a constraint: Bean Validation's bootstrap costs a large share of a small run's
   * start-up.
   */
  public RecordBinder(JsonMapper mapper, java.util.function.Supplier<Validator> validators) {
    this(mapper, validators, org.policyset.core.model.SchemaVersions.V1);
  }

  /** Creates a binder of records of schema version {@code version}. */
  public RecordBinder(JsonMapper mapper, java.util.function.Supplier<Validator> validators, int version) {
    this.mapper = mapper;
    this.validators = validators;
    this.version = version;
  }

  /** {@return the schema version records are bound as} */
  public int version() {
    return version;
  }

  /**
   * Binds {@code tree} to {@code type}, hiding the findings that its structural problems cause.
   *
   * @param tree the located JSON
   * @param type the record class
   * @param filePointer the pointer of the tree in its file
   * @param recordKey the record as type:id, or null
   * @param findings receives shape findings
   */
  public <T> Bound<T> bind(LocatedTree tree, Class<T> type, String filePointer, @Nullable String recordKey,
      Consumer<Finding> findings) {
    return bind(tree, type, filePointer, recordKey, findings, false);
  }

  /**
   * Binds {@code tree} to {@code type}.
   *
   * <p>Structural problems (unknown properties, wrong JSON types, bad enum values and dates, absent
   * required fields) are reported first, each once; an absent field that a misspelt key names is
   * left to the unknown-property finding unless {@code all} is set. The record then does not bind,
   * but the rest of it is still checked: Bean Validation runs on it without the wrong values, so
   * that independent problems (a padded name, an id that is not a slug) are reported too, while
   * what the structural problems explain is not reported twice.
   *
   * @param tree the located JSON
   * @param type the record class
   * @param filePointer the pointer of the tree in its file
   * @param recordKey the record as type:id, or null
   * @param findings receives shape findings
   * @param all whether to report the consequences of structural problems too
   */
  public <T> Bound<T> bind(LocatedTree tree, Class<T> type, String filePointer, @Nullable String recordKey,
      Consumer<Finding> findings, boolean all) {
    JsonNode node = tree.node();
    if (!node.isObject()) {
      findings.accept(Finding.of(Rule.WRONG_TYPE, tree.root(),
              article(simpleName(type)) + " must be a JSON object, not " + describe(node))
          .withPointer(filePointer).withRecord(recordKey));
      return new Bound<>(null, false);
    }
    ShapeWalker.Result shape = ShapeWalker.check(tree, type, filePointer, recordKey, findings, all, version);
    if (shape.problems() > 0) {
      T rest;
      try {
        rest = mapper.treeToValue(rest(node, shape), type);
      } catch (JacksonException e) {
        return new Bound<>(null, false);
      }
      report(validator().validate(rest), tree, filePointer, recordKey,
          f -> !shape.explains(f.pointer().substring(filePointer.length())), findings);
      return new Bound<>(null, false);
    }
    T value;
    try {
      value = mapper.treeToValue(node, type);
    } catch (JacksonException e) {
      findings.accept(bindingFinding(e, tree, type, filePointer, recordKey));
      return new Bound<>(null, false);
    }
    if (ConstraintCheck.passes(value)) {
      return new Bound<>(value, true);
    }
    Set<ConstraintViolation<T>> violations = validator().validate(value);
    if (violations.isEmpty()) {
      return new Bound<>(value, true);
    }
    report(violations, tree, filePointer, recordKey, f -> true, findings);
    return new Bound<>(value, false);
  }

  private Validator validator() {
    if (validator == null) {
      validator = validators.get();
    }
    return validator;
  }

  private static <T> void report(Set<ConstraintViolation<T>> violations, LocatedTree tree,
      String filePointer, @Nullable String recordKey, java.util.function.Predicate<Finding> keep,
      Consumer<Finding> findings) {
    List<Finding> list = new ArrayList<>();
    for (ConstraintViolation<T> v : violations) {
      String pointer = pointer(v.getPropertyPath());
      Finding f = violationFinding(v, pointer, tree, filePointer, recordKey);
      if (keep.test(f)) {
        list.add(f);
      }
    }
    list.sort(Comparator.comparing((Finding f) -> f.location().line())
        .thenComparing(f -> f.location().column())
        .thenComparing(Finding::pointer)
        .thenComparing(f -> f.rule().code()));
    list.forEach(findings);
  }

  /**
   * Returns what of {@code node} can be bound despite its structural problems: a copy without its
   * unknown properties, with wrong values and absent required fields set to null (so that binding
   * succeeds and array indexes keep their meaning).
   */
  static JsonNode rest(JsonNode node, ShapeWalker.Result shape) {
    JsonNode copy = node.deepCopy();
    for (String p : shape.unknown()) {
      if (copy.at(Pointers.parent(p)) instanceof ObjectNode o) {
        o.remove(Pointers.last(p));
      }
    }
    List<String> nulls = new ArrayList<>(shape.invalid());
    nulls.addAll(shape.missing());
    for (String p : nulls) {
      JsonNode parent = copy.at(Pointers.parent(p));
      String token = Pointers.last(p);
      if (parent instanceof ObjectNode o) {
        o.putNull(token);
      } else if (parent instanceof ArrayNode a) {
        int i = Integer.parseInt(token);
        if (i < a.size()) {
          a.set(i, NullNode.getInstance());
        }
      }
    }
    return copy;
  }

  private static Finding violationFinding(ConstraintViolation<?> v, String pointer, LocatedTree tree,
      String filePointer, @Nullable String recordKey) {
    Annotation a = v.getConstraintDescriptor().getAnnotation();
    String kind = a.annotationType().getSimpleName();
    String field = ShapeWalker.field(pointer).replace("'", "");
    Object invalid = v.getInvalidValue();
    Rule rule;
    String message;
    String hint = null;
    switch (kind) {
      case "NotNull", "NotEmpty", "NotBlank" -> {
        rule = Rule.MISSING_FIELD;
        boolean element = !pointer.isEmpty() && Character.isDigit(pointer.charAt(pointer.length() - 1));
        if (element) {
          message = "'" + field + "' is null";
          hint = "remove the null or replace it with a value";
        } else if (invalid == null) {
          message = "required field '" + field + "' is missing";
          Object leaf = v.getLeafBean();
          hint = leaf == null ? "add '" + field + "'" : ShapeWalker.addHint(leaf.getClass(), field);
        } else {
          message = "'" + field + "' must not be empty";
          hint = "add at least one value to '" + field + "'";
        }
      }
      case "Pattern" -> {
        String regexp = ((jakarta.validation.constraints.Pattern) a).regexp();
        if (Constraints.SLUG.equals(regexp)) {
          rule = Rule.INVALID_ID;
          message = "'" + invalid + "' in '" + field + "' is not a lowercase slug";
          hint = "use lowercase letters, digits and single hyphens, such as '" + slugify(String.valueOf(invalid)) + "'";
        } else if (Constraints.TRIMMED.equals(regexp)) {
          rule = Rule.INVALID_VALUE;
          message = "'" + field + "' is blank or starts or ends with white space";
          hint = "trim the text";
        } else {
          rule = Rule.INVALID_VALUE;
          message = "'" + invalid + "' in '" + field + "' does not match " + regexp;
          hint = patternHint(regexp);
        }
      }
      case "Size" -> {
        jakarta.validation.constraints.Size s = (jakarta.validation.constraints.Size) a;
        rule = Rule.INVALID_VALUE;
        int len = invalid instanceof CharSequence cs ? cs.length() : -1;
        message = "'" + field + "' has " + len + " characters; allowed: " + s.min() + " to " + s.max();
      }
      default -> {
        rule = Rule.INVALID_VALUE;
        message = "'" + field + "' " + v.getMessage();
      }
    }
    Location loc = tree.locate(pointer);
    return Finding.of(rule, loc, message).withPointer(filePointer + pointer)
        .withRecord(recordKey).withHint(hint);
  }

  private static @Nullable String patternHint(String regexp) {
    if (Constraints.WIKIDATA_QID.equals(regexp)) {
      return "a Wikidata item id looks like 'Q148'";
    }
    if (Constraints.HTTP_URL.equals(regexp)) {
      return "give an absolute http:// or https:// URL";
    }
    if (Constraints.SEMVER.equals(regexp)) {
      return "use a version such as '1.0.0'";
    }
    if (Constraints.RELATIVE_PATH.equals(regexp)) {
      return "give a path relative to this file that stays inside its folder, with forward slashes";
    }
    return null;
  }

  static String slugify(String s) {
    String slug = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "an-id" : slug;
  }

  /** Converts a Bean Validation property path into a JSON pointer relative to the bean. */
  static String pointer(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node n : path) {
      if (n.isInIterable() && n.getIndex() != null) {
        sb.append('/').append(n.getIndex());
      }
      if (n.getKind() == ElementKind.PROPERTY) {
        sb.append('/').append(Pointers.escape(n.getName()));
      }
    }
    return sb.toString();
  }


  private Finding bindingFinding(JacksonException e, LocatedTree tree, Class<?> type,
      String filePointer, @Nullable String recordKey) {
    String pointer = pointer(e.getPath());
    Location loc = tree.locate(pointer);
    if (e instanceof UnrecognizedPropertyException u) {
      String name = u.getPropertyName();
      List<String> known = new ArrayList<>();
      for (Object o : u.getKnownPropertyIds()) {
        known.add(String.valueOf(o));
      }
      known.sort(null);
      String hint = Hints.didYouMean(name, known);
      Class<?> owner = u.getReferringClass();
      return Finding.of(Rule.UNKNOWN_PROPERTY, loc,
              "unknown property '" + name + "' in " + article(simpleName(owner)))
          .withPointer(filePointer + pointer).withRecord(recordKey)
          .withHint(name.equals("$conflict") ? ShapeWalker.CONFLICT_HINT
              : hint != null ? hint : "known properties: " + String.join(", ", known));
    }
    JsonNode actual = tree.node().at(pointer);
    Class<?> target = targetType(e);
    Throwable cause = rootCause(e);
    String field = ShapeWalker.field(pointer).replace("'", "");
    if (target != null && PartialDate.class.isAssignableFrom(target)) {
      String detail = cause instanceof IllegalArgumentException && cause.getMessage() != null
          ? cause.getMessage()
          : "'" + field + "' must be a date string, not " + describe(actual);
      return Finding.of(Rule.INVALID_DATE, loc, detail)
          .withPointer(filePointer + pointer).withRecord(recordKey)
          .withHint("write the date as YYYY, YYYY-MM or YYYY-MM-DD");
    }
    if (target != null && target.isEnum() && CodedValue.class.isAssignableFrom(target)) {
      List<String> allowed = Arrays.stream(target.getEnumConstants())
          .map(c -> ((CodedValue) c).value()).toList();
      if (actual.isString()) {
        String hint = Hints.didYouMean(actual.asString(), allowed);
        return Finding.of(Rule.INVALID_ENUM, loc,
                "'" + actual.asString() + "' is not a valid '" + field + "'")
            .withPointer(filePointer + pointer).withRecord(recordKey)
            .withHint((hint == null ? "" : hint + " ") + "allowed: " + String.join(", ", allowed));
      }
      return Finding.of(Rule.WRONG_TYPE, loc,
              "'" + field + "' must be a string, not " + describe(actual))
          .withPointer(filePointer + pointer).withRecord(recordKey)
          .withHint("allowed: " + String.join(", ", allowed));
    }
    String expected = expectedJsonType(target);
    if (e instanceof MismatchedInputException && expected != null && !actual.isMissingNode()) {
      return Finding.of(Rule.WRONG_TYPE, loc,
              "'" + field + "' must be " + expected + ", not " + describe(actual))
          .withPointer(filePointer + pointer).withRecord(recordKey);
    }
    return Finding.of(Rule.WRONG_TYPE, loc, "'" + field + "' cannot be read: " + e.getOriginalMessage())
        .withPointer(filePointer + pointer).withRecord(recordKey);
  }

  private static String article(String noun) {
    return Plural.article(noun);
  }

  private static @Nullable Class<?> targetType(JacksonException e) {
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return m.getTargetType();
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
      return f.getTargetType();
    }
    if (e instanceof ValueInstantiationException v && v.getType() != null) {
      return v.getType().getRawClass();
    }
    return null;
  }

  private static @Nullable Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }

  private static @Nullable String expectedJsonType(@Nullable Class<?> target) {
    if (target == null) {
      return null;
    }
    if (target == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(target) || target.isArray()) {
      return "an array";
    }
    if (target.isRecord()) {
      return "an object";
    }
    return null;
  }

  static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "missing";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isObject()) {
      return "an object";
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isString()) {
      return "a string";
    }
    if (n.isNumber()) {
      return "a number";
    }
    if (n.isBoolean()) {
      return "a boolean";
    }
    return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  static String simpleName(Class<?> type) {
    return type == null ? "record" : type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  static String pointer(List<JacksonException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference r : path) {
      if (r.getPropertyName() != null) {
        sb.append('/').append(Pointers.escape(r.getPropertyName()));
      } else if (r.getIndex() >= 0) {
        sb.append('/').append(r.getIndex());
      }
    }
    return sb.toString();
  }
}
