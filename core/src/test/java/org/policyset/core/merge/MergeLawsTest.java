package org.policyset.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyset.core.Mutations;
import org.policyset.core.TestDatasets;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Topic;
import org.policyset.core.write.CanonicalJson;

class MergeLawsTest {

  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  static String canonical(Dataset d) {
    return CanonicalJson.document(d);
  }

  static Dataset merge(Dataset... ds) {
    MergeResult r = DatasetMerger.merge(List.of(ds), ConflictPolicy.FAIL);
    assertThat(r.conflicts()).isEmpty();
    return r.dataset();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void mergeIsIdempotentCommutativeAndAssociativeWithoutConflicts(long seed) {
    Random r = new Random(seed);
    Dataset whole = TestDatasets.random(seed, 7);
    Dataset a = Mutations.subset(whole, r);
    Dataset b = Mutations.subset(whole, r);
    Dataset c = Mutations.subset(whole, r);

    assertThat(merge(a, a)).isEqualTo(merge(a));
    assertThat(canonical(merge(a, a))).isEqualTo(canonical(a));
    assertThat(merge(a, b)).isEqualTo(merge(b, a));
    assertThat(merge(merge(a, b), c)).isEqualTo(merge(a, merge(b, c)));
    assertThat(merge(a, b, c)).isEqualTo(merge(merge(a, b), c));
    assertThat(merge(whole, a)).isEqualTo(merge(whole));
  }

  @Test
  void differentRecordsUnderOneIdConflictFieldByField() {
    Dataset a = Dataset.of(null, List.of(new Topic("t", "One", null, "Same")));
    Dataset b = Dataset.of(null, List.of(new Topic("t", "Two", "p", "Same")));
    MergeResult fail = DatasetMerger.merge(List.of(a, b), ConflictPolicy.FAIL);
    assertThat(fail.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.key()).isEqualTo("topic:t");
      assertThat(c.fields()).containsExactly(
          new FieldDifference("name", null, "\"One\"", "\"Two\""),
          new FieldDifference("parent", null, null, "\"p\""));
    });
    assertThat(DatasetMerger.merge(List.of(a, b), ConflictPolicy.FIRST).dataset().topics())
        .extracting(Topic::name).containsExactly("One");
    assertThat(DatasetMerger.merge(List.of(a, b), ConflictPolicy.LAST).dataset().topics())
        .extracting(Topic::name).containsExactly("Two");
    assertThat(DatasetMerger.merge(List.of(a, a), ConflictPolicy.FAIL).collapsed()).isEqualTo(1);
  }
}
