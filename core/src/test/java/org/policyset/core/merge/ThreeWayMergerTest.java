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
import org.policyset.core.model.Manifest;
import org.policyset.core.model.RecordType;
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

  @Test
  void aFieldOnlyOneSideAddedIsKeptWhenTheOtherSideChangedAnotherField() {
    Dataset o = Dataset.of(null, List.of(new Topic("t", "Name", null, null)));
    Dataset oursAddsDescription = Dataset.of(null, List.of(new Topic("t", "Name", null, "Ours")));
    Dataset theirsRenamesAndAddsParent = Dataset.of(null, List.of(new Topic("t", "Renamed", "p", null)));

    MergeResult m = ThreeWayMerger.merge(o, oursAddsDescription, theirsRenamesAndAddsParent);
    MergeResult swapped = ThreeWayMerger.merge(o, theirsRenamesAndAddsParent, oursAddsDescription);

    assertThat(m.isClean()).isTrue();
    assertThat(m.dataset().topics()).containsExactly(new Topic("t", "Renamed", "p", "Ours"));
    assertThat(swapped.isClean()).isTrue();
    assertThat(swapped.dataset().topics()).containsExactly(new Topic("t", "Renamed", "p", "Ours"));
  }

  @Test
  void aFieldBothSidesRemovedStaysRemoved() {
    Dataset o = Dataset.of(null, List.of(new Topic("t", "Name", "p", "Old")));
    Dataset a = Dataset.of(null, List.of(new Topic("t", "Ours", "p", null)));
    Dataset b = Dataset.of(null, List.of(new Topic("t", "Name", null, null)));

    MergeResult m = ThreeWayMerger.merge(o, a, b);

    assertThat(m.isClean()).isTrue();
    assertThat(m.dataset().topics()).containsExactly(new Topic("t", "Ours", null, null));
  }

  @Test
  void aDeleteChangeConflictNamesTheRecordAndTheChangedFieldsWhicheverSideDeleted() {
    Dataset o = Dataset.of(null, List.of(new Topic("t", "Name", null, null)));
    Dataset deleted = Dataset.of(null, List.of());
    Dataset changed = Dataset.of(null, List.of(new Topic("t", "Changed", null, "Added")));

    MergeResult oursDeleted = ThreeWayMerger.merge(o, deleted, changed);
    MergeResult theirsDeleted = ThreeWayMerger.merge(o, changed, deleted);

    assertThat(oursDeleted.isClean()).isFalse();
    assertThat(oursDeleted.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.type()).isEqualTo(RecordType.TOPIC);
      assertThat(c.id()).isEqualTo("t");
      assertThat(c.kind()).isEqualTo(MergeConflict.Kind.DELETE_CHANGE);
      assertThat(c.fields()).containsExactly(
          new FieldDifference("id", "\"t\"", null, "\"t\""),
          new FieldDifference("name", "\"Name\"", null, "\"Changed\""),
          new FieldDifference("description", null, null, "\"Added\""));
    });
    assertThat(oursDeleted.dataset().topics()).as("ours deleted it: the result holds ours").isEmpty();
    assertThat(theirsDeleted.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.key()).isEqualTo("topic:t");
      assertThat(c.fields()).containsExactly(
          new FieldDifference("id", "\"t\"", "\"t\"", null),
          new FieldDifference("name", "\"Name\"", "\"Changed\"", null),
          new FieldDifference("description", null, "\"Added\"", null));
    });
    assertThat(theirsDeleted.dataset().topics()).containsExactly(new Topic("t", "Changed", null, "Added"));
  }

  @Test
  void recordsAddedOnBothSidesMergeWhenEqualAndConflictWithoutABaseWhenNot() {
    Dataset o = Dataset.of(null, List.of());
    Dataset a = Dataset.of(null, List.of(new Topic("same", "Same", null, null),
        new Topic("t", "Ours", null, null)));
    Dataset b = Dataset.of(null, List.of(new Topic("same", "Same", null, null),
        new Topic("t", "Theirs", null, null)));

    MergeResult m = ThreeWayMerger.merge(o, a, b);

    assertThat(m.dataset().topics()).extracting(Topic::name).containsExactly("Same", "Ours");
    assertThat(m.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(MergeConflict.Kind.BOTH_CHANGED);
      assertThat(c.fields()).containsExactly(new FieldDifference("name", null, "\"Ours\"", "\"Theirs\""));
    });
  }

  @Test
  void aManifestChangedOnOneSideIsTakenAndChangedOnBothConflicts() {
    Manifest base = new Manifest("d", "Data", "1.0.0", "CC0-1.0", "1", null);
    Manifest ours = new Manifest("d", "Data", "1.1.0", "CC0-1.0", "1", null);
    Manifest theirs = new Manifest("d", "Data", "2.0.0", "CC0-1.0", "1", null);
    Dataset o = Dataset.of(base, List.of());

    assertThat(ThreeWayMerger.merge(o, o, Dataset.of(theirs, List.of())).dataset().manifest()).isEqualTo(theirs);
    MergeResult both = ThreeWayMerger.merge(o, Dataset.of(ours, List.of()), Dataset.of(theirs, List.of()));
    assertThat(both.dataset().manifest()).isEqualTo(ours);
    assertThat(both.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.key()).isEqualTo("manifest");
      assertThat(c.fields()).containsExactly(
          new FieldDifference("version", "\"1.0.0\"", "\"1.1.0\"", "\"2.0.0\""));
    });
  }
}
