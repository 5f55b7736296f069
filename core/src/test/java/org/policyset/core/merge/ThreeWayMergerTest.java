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

class ThreeWayMergerTest {

  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void oneSidedChangesAlwaysWin(long seed) {
    Random r = new Random(seed);
    Dataset o = TestDatasets.random(seed, 6);
    Dataset a = Mutations.mutate(o, r);
    MergeResult ours = ThreeWayMerger.merge(o, a, o);
    assertThat(ours.conflicts()).isEmpty();
    assertThat(CanonicalJson.document(ours.dataset())).isEqualTo(CanonicalJson.document(a));
    MergeResult theirs = ThreeWayMerger.merge(o, o, a);
    assertThat(CanonicalJson.document(theirs.dataset())).isEqualTo(CanonicalJson.document(a));
    MergeResult same = ThreeWayMerger.merge(o, a, a);
    assertThat(CanonicalJson.document(same.dataset())).isEqualTo(CanonicalJson.document(a));
  }

  @Test
  void editsToDifferentFieldsOfOneRecordCombine() {
    Dataset o = Dataset.of(null, List.of(new Topic("t", "Name", null, "Old")));
    Dataset a = Dataset.of(null, List.of(new Topic("t", "New name", null, "Old")));
    Dataset b = Dataset.of(null, List.of(new Topic("t", "Name", null, "New")));
    MergeResult m = ThreeWayMerger.merge(o, a, b);
    assertThat(m.conflicts()).isEmpty();
    assertThat(m.dataset().topics()).containsExactly(new Topic("t", "New name", null, "New"));
  }

  @Test
  void bothSidesChangingOneFieldDifferentlyConflicts() {
    Dataset o = Dataset.of(null, List.of(new Topic("t", "Name", null, null)));
    Dataset a = Dataset.of(null, List.of(new Topic("t", "Ours", null, null)));
    Dataset b = Dataset.of(null, List.of(new Topic("t", "Theirs", null, null)));
    MergeResult m = ThreeWayMerger.merge(o, a, b);
    assertThat(m.conflicts()).singleElement().satisfies(c ->
        assertThat(c.fields()).containsExactly(
            new FieldDifference("name", "\"Name\"", "\"Ours\"", "\"Theirs\"")));
    assertThat(m.dataset().topics()).extracting(Topic::name).containsExactly("Ours");
  }

  @Test
  void deletingWhatTheOtherSideChangedConflicts() {
    Dataset o = Dataset.of(null, List.of(new Topic("t", "Name", null, null)));
    Dataset a = Dataset.of(null, List.of());
    Dataset b = Dataset.of(null, List.of(new Topic("t", "Changed", null, null)));
    MergeResult m = ThreeWayMerger.merge(o, a, b);
    assertThat(m.conflicts()).singleElement()
        .extracting(MergeConflict::kind).isEqualTo(MergeConflict.Kind.DELETE_CHANGE);
    Dataset unchanged = ThreeWayMerger.merge(o, a, o).dataset();
    assertThat(unchanged.topics()).isEmpty();
  }
}
