package org.policyset.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyset.core.Mutations;
import org.policyset.core.TestDatasets;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Manifest;
import org.policyset.core.diagnostic.Location;
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

  @Test
  void aFieldOnlyTheFirstVersionHasIsReportedAsDiffering() {
    Dataset a = Dataset.of(null, List.of(new Topic("t", "One", null, "Only here")));
    Dataset b = Dataset.of(null, List.of(new Topic("t", "One", null, null)));

    MergeResult m = DatasetMerger.merge(List.of(a, b), ConflictPolicy.FAIL);

    assertThat(m.isClean()).isFalse();
    assertThat(m.conflicts()).singleElement().satisfies(c -> assertThat(c.fields())
        .containsExactly(new FieldDifference("description", null, "\"Only here\"", null)));
  }

  @Test
  void aConflictSaysWhereEachVersionStands() {
    Manifest m1 = new Manifest("d", "Data", "1.0.0", "CC0-1.0", "1", null);
    Manifest m2 = new Manifest("d", "Data", "2.0.0", "CC0-1.0", "1", null);
    Location m1At = new Location("a/manifest.json", 2, 3);
    Location m2At = new Location("b/manifest.json", 4, 5);
    Location t1At = new Location("a/topics.json", 7, 5);
    Location t2At = new Location("b/topics.json", 9, 5);
    DatasetMerger.Input a = new DatasetMerger.Input(
        Dataset.of(m1, List.of(new Topic("t", "One", null, null))), Map.of("manifest", m1At, "topic:t", t1At));
    DatasetMerger.Input b = new DatasetMerger.Input(
        Dataset.of(m2, List.of(new Topic("t", "Two", null, null))), Map.of("manifest", m2At, "topic:t", t2At));

    MergeResult r = DatasetMerger.mergeInputs(List.of(a, b), ConflictPolicy.FIRST);

    assertThat(r.conflicts()).extracting(MergeConflict::key, MergeConflict::left, MergeConflict::right)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("manifest", m1At, m2At),
            org.assertj.core.groups.Tuple.tuple("topic:t", t1At, t2At));
    assertThat(r.dataset().manifest()).isEqualTo(m1);
    assertThat(new DatasetMerger.Input(Dataset.empty(), null).locations()).isEmpty();
  }

  @Test
  void aCleanMergeSaysSo() {
    Dataset a = Dataset.of(null, List.of(new Topic("a", "A", null, null)));
    Dataset b = Dataset.of(null, List.of(new Topic("b", "B", null, null)));

    MergeResult r = DatasetMerger.merge(List.of(b, a), ConflictPolicy.FAIL);

    assertThat(r.isClean()).isTrue();
    assertThat(r.collapsed()).isZero();
    assertThat(r.dataset().topics()).extracting(Topic::id).containsExactly("a", "b");
  }
}
