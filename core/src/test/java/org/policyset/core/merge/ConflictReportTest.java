package org.policyset.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Topic;
import org.policyset.core.diagnostic.Location;

/** The conflict text that {@code merge} and {@code merge-driver} print for a person to resolve. */
class ConflictReportTest {

  @Test
  void aTwoWayConflictSaysWhereEachVersionStandsAndEachDifferingField() {
    DatasetMerger.Input a = new DatasetMerger.Input(Dataset.of(null,
        List.of(new Topic("t", "One", null, "Same"))), Map.of("topic:t", new Location("a.json", 3, 5)));
    DatasetMerger.Input b = new DatasetMerger.Input(Dataset.of(null,
        List.of(new Topic("t", "Two", "p", "Same"))), Map.of("topic:t", new Location("b.json", 7, 9)));
    List<MergeConflict> conflicts = DatasetMerger.mergeInputs(List.of(a, b), ConflictPolicy.FAIL).conflicts();

    assertThat(ConflictReport.text(conflicts, "first", "second")).isEqualTo("""
        conflict: topic:t
          first:  a.json:3:5
          second: b.json:7:9
          field 'name'
            first:  "One"
            second: "Two"
          field 'parent'
            first:  (absent)
            second: "p"
        """);
  }

  @Test
  void aThreeWayConflictShowsTheBaseAndADeleteSaysSo() {
    Dataset base = Dataset.of(null, List.of(new Topic("t", "Name", null, null),
        new Topic("gone", "Gone", null, null)));
    Dataset ours = Dataset.of(null, List.of(new Topic("t", "Ours", null, null)));
    Dataset theirs = Dataset.of(null, List.of(new Topic("t", "Theirs", null, null),
        new Topic("gone", "Renamed", null, null)));
    List<MergeConflict> conflicts = ThreeWayMerger.merge(base, ours, theirs).conflicts();

    assertThat(ConflictReport.text(conflicts, "ours", "theirs")).isEqualTo("""
        conflict: topic:t
          field 'name'
            base:   "Name"
            ours:   "Ours"
            theirs: "Theirs"
        conflict: topic:gone (deleted on one side, changed on the other)
          field 'id'
            base:   "gone"
            ours:   (absent)
            theirs: "gone"
          field 'name'
            base:   "Gone"
            ours:   (absent)
            theirs: "Renamed"
        """);
  }

  @Test
  void namesOfSevenLettersOrMoreAreFollowedByOneSpaceAndLongValuesAreCut() {
    String fits = "x".repeat(198);   // 200 characters with its quotes
    String cut = "y".repeat(199);    // 201 characters with its quotes
    MergeConflict c = new MergeConflict(null, "manifest",
        List.of(new FieldDifference("title", null, "\"" + fits + "\"", "\"" + cut + "\"")),
        null, null, MergeConflict.Kind.BOTH_CHANGED);

    assertThat(ConflictReport.text(List.of(c), "release", "upstream")).isEqualTo(
        "conflict: manifest\n"
            + "  field 'title'\n"
            + "    release: \"" + fits + "\"\n"
            + "    upstream: \"" + "y".repeat(196) + "...\n");
    assertThat(ConflictReport.text(List.of(), "a", "b")).isEmpty();
  }
}
