package org.policyset.core.read.internal.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policyset.core.model.EdtfDate;
import org.policyset.core.model.EdtfInterval;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.SchemaVersions;

/**
 * The fast path's written-out version check gives the reflective {@link SchemaVersions#fits}'s
 * answer on records of every type with random fields set, nested records included: a field added
 * to the model with {@code @InSchema} and not to {@link VersionFit} makes this fail.
 */
class VersionFitTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void agreesWithTheReflectiveCheck(int seed) throws Exception {
    Random random = new Random(seed);
    int disagreements = 0;
    int fitting1 = 0;
    int fitting2 = 0;
    for (RecordType type : RecordType.values()) {
      for (int i = 0; i < 3000; i++) {
        // Mostly records with few fields set, so that both versions' forms come up often.
        PolicyRecord r = (PolicyRecord) make(type.javaType(), random, random.nextInt(4) == 0 ? 0.5 : 0.08, 0);
        for (int v : new int[] {1, 2}) {
          boolean expected = SchemaVersions.fits(r, v);
          if (VersionFit.fits(r, v) != expected) {
            disagreements++;
            assertThat(VersionFit.fits(r, v)).as("%s in version %d: %s", r, v,
                SchemaVersions.problems(r, v)).isEqualTo(expected);
          }
          if (expected) {
            if (v == 1) {
              fitting1++;
            } else {
              fitting2++;
            }
          }
        }
      }
    }
    assertThat(disagreements).isZero();
    // Both answers come up often enough for the comparison to mean something.
    assertThat(fitting1).isGreaterThan(1000);
    assertThat(fitting2).isGreaterThan(1000);
  }

  private static Object make(Class<?> type, Random random, double p, int depth) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      boolean set = components[i].getName().equals("id") || random.nextDouble() < p
          || components[i].getName().equals("date") && random.nextBoolean();
      args[i] = set ? value(components[i].getGenericType(), random, p, depth) : empty(types[i]);
    }
    Constructor<?> c = type.getDeclaredConstructor(types);
    return c.newInstance(args);
  }

  private static Object empty(Class<?> type) {
    return type == List.class ? List.of() : null;
  }

  private static Object value(Type t, Random random, double p, int depth) throws Exception {
    if (t instanceof ParameterizedType pt && pt.getRawType() == List.class) {
      return List.of(value(pt.getActualTypeArguments()[0], random, p, depth));
    }
    Class<?> c = (Class<?>) t;
    if (c == String.class) {
      return "x";
    }
    if (c == Boolean.class) {
      return Boolean.TRUE;
    }
    if (c == PartialDate.class) {
      return PartialDate.parse("2023");
    }
    if (c == EdtfDate.class) {
      return EdtfDate.parse("2023");
    }
    if (c == EdtfInterval.class) {
      return EdtfInterval.parse("2023/..");
    }
    if (c.isEnum()) {
      Object[] constants = c.getEnumConstants();
      return constants[random.nextInt(constants.length)];
    }
    if (c.isRecord()) {
      return make(c, random, depth == 0 ? 0.5 : p, depth + 1);
    }
    throw new IllegalStateException("no sample value of " + t);
  }
}
