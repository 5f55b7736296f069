package org.policyset.core.diff;

import org.policyset.core.internal.text.WordDiff;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyset.core.Mutations;
import org.policyset.core.TestDatasets;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.Topic;
import org.policyset.core.model.Actor;
import org.policyset.core.model.ActorKind;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.Stance;
import org.policyset.core.write.CanonicalJson;

class DatasetDiffTest {

  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void applyingTheDiffToOldGivesNew(long seed) {
    Random r = new Random(seed);
    Dataset old = TestDatasets.random(seed, 6);
    Dataset now = Mutations.mutate(old, r);
    assertThat(DatasetDiff.between(old, old).isEmpty()).isTrue();
    DatasetDiff diff = DatasetDiff.between(old, now);
    assertThat(CanonicalJson.document(diff.applyTo(old))).isEqualTo(CanonicalJson.document(now));
  }

  @Test
  void aPositionFlipIsCalledOut() {
    Stance before = new Stance("s", List.of("cn"), "t", Position.SUPPORTS, "S.", PartialDate.parse("2025"),
        null, List.of(), List.of(new Citation("src", null, null)), null, List.of());
    Stance after = new Stance("s", List.of("cn"), "t", Position.OPPOSES, "S.", PartialDate.parse("2025"),
        null, List.of(), List.of(new Citation("src", null, null)), null, List.of());
    DatasetDiff diff = DatasetDiff.between(Dataset.of(null, List.of(before)), Dataset.of(null, List.of(after)));
    assertThat(diff.changes()).singleElement().satisfies(c -> {
      assertThat(c.isPositionFlip()).isTrue();
      assertThat(c.fields()).containsExactly(new FieldChange("position", "\"supports\"", "\"opposes\""));
    });
    assertThat(DiffRenderer.text(diff)).contains("~ stance:s   (position flip)")
        .contains("position: \"supports\" -> \"opposes\"").contains("0 added, 0 removed, 1 changed");
    assertThat(DiffRenderer.markdown(diff)).contains("**Position flips**")
        .contains("- `stance:s`: `\"supports\"` → `\"opposes\"`")
        .contains("| position | `\"supports\"` | `\"opposes\"` |");
    assertThat(DiffRenderer.json(diff).at("/changes/0/positionFlip").asBoolean()).isTrue();
  }

  private static DatasetDiff statementChange(String before, String after) {
    Stance a = new Stance("s", List.of("cn"), "t", Position.SUPPORTS, before, PartialDate.parse("2025"),
        null, List.of(), List.of(new Citation("src", null, null)), null, List.of());
    Stance b = new Stance("s", List.of("cn"), "t", Position.SUPPORTS, after, PartialDate.parse("2025"),
        null, List.of(), List.of(new Citation("src", null, null)), null, List.of());
    return DatasetDiff.between(Dataset.of(null, List.of(a)), Dataset.of(null, List.of(b)));
  }

  private static final String LONG = "China calls for an immediate and lasting ceasefire in Gaza, the "
      + "release of all hostages, unimpeded humanitarian access across the Strip and the resumption of "
      + "talks on a two-state solution under the auspices of the United Nations (ed.";

  @Test
  void anEditAtTheEndOfALongStatementShowsTheChangedWordsWithContext() {
    DatasetDiff diff = statementChange(LONG, LONG.replace("(ed.", "(edited by the secretariat)."));
    String text = DiffRenderer.text(diff);
    assertThat(text).contains("    statement: … the auspices of the United Nations "
        + "[-(ed.\"-]{+(edited by the secretariat).\"+}\n");
    assertThat(text).as("the value is not cut before the change").doesNotContain("...");
    String md = DiffRenderer.markdown(diff);
    assertThat(md).contains("| statement | `… the auspices of the United Nations [-(ed.\"-]` | "
        + "`… the auspices of the United Nations {+(edited by the secretariat).\"+}` |");
  }

  @Test
  void separateEditsOfALongStatementEachKeepTheirContext() {
    String after = LONG.replace("immediate and lasting", "immediate, lasting")
        .replace("two-state solution", "two-state settlement");
    String text = DiffRenderer.text(statementChange(LONG, after));
    assertThat(text).contains("statement: \"China calls for an [-immediate and-]{+immediate,+} lasting "
        + "ceasefire in Gaza, the release … resumption of talks on a two-state [-solution-]{+settlement+} "
        + "under the auspices of the United …\n");
    assertThat(DiffRenderer.text(statementChange("Short.", "Short, still."))).contains(
        "statement: \"Short.\" -> \"Short, still.\"");
  }

  @Test
  void wordDiffOfUnrelatedTextsIsOneReplacement() {
    List<WordDiff.Run> runs = WordDiff.diff("alpha beta gamma", "delta epsilon zeta");
    assertThat(WordDiff.inline(runs)).isEqualTo("[-alpha beta gamma-]{+delta epsilon zeta+}");
    assertThat(WordDiff.inline(WordDiff.diff("a b c", "a b c d"))).isEqualTo("a b c{+ d+}");
  }

  @Test
  void changesComeManifestFirstThenByTypeThenIdAndRecordsOfTwoTypesMayShareAnId() {
    Dataset before = Dataset.of(new Manifest("d", "Data", "1.0.0", "CC0-1.0", "1", null), List.of());
    Dataset after = Dataset.of(new Manifest("d", "Data", "1.1.0", "CC0-1.0", "1", null), List.of(
        new Topic("peace", "Peace", null, null),
        new Topic("arms", "Arms", null, null),
        new Actor("peace", "Peace Party", ActorKind.NON_STATE, List.of(), null, List.of())));

    DatasetDiff diff = DatasetDiff.between(before, after);

    assertThat(diff.changes()).extracting(RecordChange::key)
        .containsExactly("manifest", "actor:peace", "topic:arms", "topic:peace");
    assertThat(diff.applyTo(before)).isEqualTo(Dataset.of(after.manifest(), List.of(
        new Actor("peace", "Peace Party", ActorKind.NON_STATE, List.of(), null, List.of()),
        new Topic("arms", "Arms", null, null),
        new Topic("peace", "Peace", null, null))));
  }

  @Test
  void applyingADiffSortsRecordsById() {
    Dataset before = Dataset.of(null, List.of(new Topic("b", "B", null, null), new Topic("d", "D", null, null)));
    Dataset after = Dataset.of(null, List.of(new Topic("c", "C", null, null), new Topic("b", "B", null, null),
        new Topic("a", "A", null, null)));

    Dataset applied = DatasetDiff.between(before, after).applyTo(before);

    assertThat(applied.topics()).extracting(Topic::id).containsExactly("a", "b", "c");
  }

  @Test
  void aStanceChangeThatKeepsThePositionIsNotAFlip() {
    Stance before = new Stance("s", List.of("cn"), "t", Position.SUPPORTS, "Old.", PartialDate.parse("2025"),
        null, List.of(), List.of(new Citation("src", null, null)), null, List.of());
    Stance after = new Stance("s", List.of("cn"), "t", Position.SUPPORTS, "New.", PartialDate.parse("2025"),
        null, List.of(), List.of(new Citation("src", null, null)), null, List.of());
    Stance added = new Stance("n", List.of("cn"), "t", Position.OPPOSES, "New.", PartialDate.parse("2025"),
        null, List.of(), List.of(new Citation("src", null, null)), null, List.of());

    DatasetDiff diff = DatasetDiff.between(Dataset.of(null, List.of(before)),
        Dataset.of(null, List.of(after, added)));

    assertThat(diff.changes()).extracting(RecordChange::key, RecordChange::isPositionFlip)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("stance:n", false),
            org.assertj.core.groups.Tuple.tuple("stance:s", false));
  }
}
