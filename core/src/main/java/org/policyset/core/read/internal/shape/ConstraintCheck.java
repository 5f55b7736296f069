package org.policyset.core.read.internal.shape;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.Constraints;

/**
 * A fast pre-check of the Bean Validation constraints of a record, read once from its annotations: it
 * answers whether a value certainly satisfies them, so that the full validator (which builds
 * property paths and runs regular expressions) runs only on the rare values that may not. It never
 * reports a problem itself: when it says no, or meets a constraint it does not know, the caller runs
 * Bean Validation, whose findings stand.
 */
public final class ConstraintCheck {

  private static final ClassValue<ConstraintCheck> CHECKS = new ClassValue<>() {
    @Override
    protected ConstraintCheck computeValue(Class<?> type) {
      return new ConstraintCheck(type);
    }
  };

  /** A check of one value; {@code null} values reach it too. */
  private interface ValueCheck {
    boolean ok(Object value);
  }

  private final Class<?> type;
  private final java.lang.reflect.Method[] accessors;
  private final ValueCheck[] checks;
  /** False if some constraint is not understood: then every value goes to Bean Validation. */
  private final boolean understood;

  private ConstraintCheck(Class<?> type) {
    this.type = type;
    RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : null;
    if (components == null) {
      accessors = new java.lang.reflect.Method[0];
      checks = new ValueCheck[0];
      understood = false;
      return;
    }
    List<java.lang.reflect.Method> handles = new ArrayList<>();
    List<ValueCheck> list = new ArrayList<>();
    boolean all = true;
    for (RecordComponent c : components) {
      ValueCheck check;
      try {
        check = valueCheck(c.getAnnotatedType(), c.getAccessor().getAnnotations());
      } catch (IllegalArgumentException unknown) {
        all = false;
        break;
      }
      com.fasterxml.jackson.annotation.JsonProperty json =
          c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
      AnnotatedType declared = c.getAnnotatedType();
      if (json != null && json.required()
          && c.getAccessor().getAnnotation(NotNull.class) == null
          && c.getAccessor().getAnnotation(NotEmpty.class) == null
          && declared.getAnnotation(NotNull.class) == null
          && declared.getAnnotation(NotEmpty.class) == null) {
        // A required field that Bean Validation does not require: the pre-check would pass a
        // record that lacks it, which the shape layer reports; leave such types to the full path.
        all = false;
        break;
      }
      if (check == null) {
        continue;
      }
      handles.add(c.getAccessor());
      list.add(check);
    }
    accessors = handles.toArray(new java.lang.reflect.Method[0]);
    checks = list.toArray(new ValueCheck[0]);
    understood = all;
  }

  /** Reads the constraints of {@code type} now rather than on its first value. */
  public static void prepare(Class<?> type) {
    CHECKS.get(type);
  }

  /** Returns whether {@code value} certainly satisfies every constraint of its type. */
  public static boolean passes(Object value) {
    return value != null && CHECKS.get(value.getClass()).test(value);
  }

  private boolean test(Object value) {
    if (!understood || value.getClass() != type) {
      return false;
    }
    for (int i = 0; i < checks.length; i++) {
      Object v;
      try {
        v = accessors[i].invoke(value);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return false;
      }
      if (!checks[i].ok(v)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Builds the check of a value from the constraints on it and, for a list, on its elements; null if
   * nothing constrains it.
   *
   * @throws IllegalArgumentException for a constraint this class does not understand
   */
  private static @Nullable ValueCheck valueCheck(AnnotatedType annotated, Annotation[] declared) {
    List<ValueCheck> parts = new ArrayList<>();
    List<Annotation> annotations = new ArrayList<>(List.of(declared));
    for (Annotation a : annotated.getAnnotations()) {
      if (!annotations.contains(a)) {
        annotations.add(a);
      }
    }
    for (Annotation a : annotations) {
      ValueCheck c = check(a);
      if (c != null) {
        parts.add(c);
      }
    }
    if (annotated instanceof AnnotatedParameterizedType p) {
      AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
      if (args.length == 1) {
        ValueCheck element = valueCheck(args[0], new Annotation[0]);
        if (element != null) {
          parts.add(v -> {
            if (v == null) {
              return true;
            }
            for (Object e : (Collection<?>) v) {
              if (!element.ok(e)) {
                return false;
              }
            }
            return true;
          });
        }
      } else {
        for (AnnotatedType arg : args) {
          if (valueCheck(arg, new Annotation[0]) != null) {
            throw new IllegalArgumentException("constraints on a map");
          }
        }
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    ValueCheck[] all = parts.toArray(new ValueCheck[0]);
    if (all.length == 1) {
      return all[0];
    }
    return v -> {
      for (ValueCheck c : all) {
        if (!c.ok(v)) {
          return false;
        }
      }
      return true;
    };
  }

  private static @Nullable ValueCheck check(Annotation a) {
    String pkg = a.annotationType().getPackageName();
    if (!pkg.startsWith("jakarta.validation")) {
      if (a.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)) {
        throw new IllegalArgumentException("constraint " + a);
      }
      return null;
    }
    if (a instanceof NotNull n) {
      requireDefault(n.groups(), n.payload());
      return v -> v != null;
    }
    if (a instanceof NotEmpty n) {
      requireDefault(n.groups(), n.payload());
      return v -> v != null && !(v instanceof Collection<?> c ? c.isEmpty()
          : v instanceof CharSequence s ? s.length() == 0 : true);
    }
    if (a instanceof Size s) {
      requireDefault(s.groups(), s.payload());
      int min = s.min();
      int max = s.max();
      return v -> {
        if (v == null) {
          return true;
        }
        int n;
        if (v instanceof CharSequence cs) {
          n = cs.length();
        } else if (v instanceof Collection<?> c) {
          n = c.size();
        } else {
          return false;
        }
        return n >= min && n <= max;
      };
    }
    if (a instanceof Pattern p) {
      requireDefault(p.groups(), p.payload());
      if (p.flags().length > 0) {
        throw new IllegalArgumentException("pattern flags");
      }
      Predicate<String> matches = matcher(p.regexp());
      return v -> v == null || (v instanceof String s && matches.test(s));
    }
    if (a instanceof Valid) {
      return v -> v == null || CHECKS.get(v.getClass()).test(v);
    }
    throw new IllegalArgumentException("constraint " + a);
  }

  private static void requireDefault(Class<?>[] groups, Class<?>[] payload) {
    if (groups.length > 0 || payload.length > 0) {
      throw new IllegalArgumentException("groups or payload");
    }
  }

  /** Returns a matcher equivalent to {@code Pattern.compile(regexp).matcher(s).matches()}. */
  private static Predicate<String> matcher(String regexp) {
    if (Constraints.SLUG.equals(regexp)) {
      return ConstraintCheck::isSlug;
    }
    if (Constraints.TRIMMED.equals(regexp)) {
      return ConstraintCheck::isTrimmed;
    }
    java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(regexp);
    return s -> compiled.matcher(s).matches();
  }

  /** {@code ^[a-z0-9]+(-[a-z0-9]+)*$}. */
  static boolean isSlug(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    char prev = '-';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '-') {
        if (prev == '-') {
          return false;
        }
      } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
      prev = c;
    }
    return prev != '-';
  }

  /** {@code ^\S(?:[\s\S]*\S)?$}: not empty, and neither end is one of {@code [ \t\n\x0B\f\r]}. */
  static boolean isTrimmed(String s) {
    int n = s.length();
    return n > 0 && !space(s.charAt(0)) && !space(s.charAt(n - 1));
  }

  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
