package org.policyset.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.InSchema;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.validation.ValidationReport;

/**
 * The version 2 fixture of the operations' tests ({@code v2/fixture}) is valid, its quotes stand in
 * its archived text, and it sets every field that version 2 adds, so that a test of an operation
 * on it exercises each of them.
 */
class V2FixtureTest {

  /** The fixture folder, relative to the core module. */
  static final Path FIXTURE = Path.of("src/test/resources/v2/fixture");

  @Test
  void theFixtureIsValidVersion2Data() {
    ValidationReport report = DatasetValidator.create().validate(List.of(FIXTURE));
    // Every rule of version 2 passes on it (the spokesperson who voiced a stance counts as used)
    // but one warning: calling for open lanes and rejecting the blockade, both on the topic of the
    // shipping lanes and possibly in effect at once, point different ways (PS307 reads version 2's
    // possible periods). It stays, so that the operations' tests see a warning of version 2 too.
    assertThat(report.findings()).extracting(f -> f.rule().code() + " " + f.record())
        .containsExactly("PS307 stance:vd-rejects-blockade");
    assertThat(report.recordCount()).isEqualTo(25);
  }

  @Test
  void everyVersion2FieldIsSetSomewhere() throws ReflectiveOperationException {
    DatasetReader.Result r = DatasetReader.create().load(List.of(FIXTURE));
    assertThat(r.dataset().manifest().schemaVersion()).isEqualTo("2");
    TreeSet<String> unused = new TreeSet<>();
    TreeSet<String> used = new TreeSet<>();
    collect(r.dataset().records().map(p -> (Object) p).toList(), unused, used);
    unused.removeAll(used);
    assertThat(unused).as("version 2 fields the fixture never sets").isEmpty();
  }

  /** Adds each version 2 component of {@code values}' types to {@code all}, and to {@code used} where set. */
  private static void collect(List<Object> values, TreeSet<String> all, TreeSet<String> used)
      throws ReflectiveOperationException {
    List<Object> nested = new ArrayList<>();
    for (Object v : values) {
      for (RecordComponent c : v.getClass().getRecordComponents()) {
        Object value = c.getAccessor().invoke(v);
        String name = v.getClass().getSimpleName() + "." + c.getName();
        if (c.getAnnotation(InSchema.class) != null && c.getAnnotation(InSchema.class).since() == 2) {
          all.add(name);
          if (value != null && !(value instanceof Collection<?> col && col.isEmpty())) {
            used.add(name);
          }
        }
        if (value instanceof Collection<?> col) {
          col.stream().filter(x -> x != null && x.getClass().isRecord()
              && !(x instanceof PolicyRecord)).forEach(nested::add);
        }
      }
    }
    if (!nested.isEmpty()) {
      collect(nested, all, used);
    }
  }
}
