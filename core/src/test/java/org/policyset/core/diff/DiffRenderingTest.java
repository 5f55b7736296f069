package org.policyset.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyset.core.internal.json.Json;
import org.policyset.core.model.Actor;
import org.policyset.core.model.ActorKind;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;

/**
 * The three renderings of one diff a reviewer reads — text, Markdown and JSON — each showing every
 * change once, in its section, with only real position flips called out.
 */
class DiffRenderingTest {

  private static Stance stance(String id, Position position, String statement) {
    return new Stance(id, List.of("cn"), "peace", position, statement, PartialDate.parse("2025"),
        null, List.of(), List.of(new Citation("src", null, null)), null, List.of());
  }

  private static final Dataset BEFORE = Dataset.of(
      new Manifest("d", "Data", "1.0.0", "CC0-1.0", "1", null),
      List.of(new Actor("un", "United Nations", ActorKind.INTERNATIONAL_ORGANIZATION, List.of(), null, List.of()),
          new Topic("peace", "Peace", null, null),
          stance("s1", Position.SUPPORTS, "Supports it."),
          stance("s2", Position.SUPPORTS, "Old.")));

  private static final Dataset AFTER = Dataset.of(
      new Manifest("d", "Data", "2.0.0", "CC0-1.0", "1", null),
      List.of(new Actor("peace", "Peace Party", ActorKind.NON_STATE, List.of(), null, List.of()),
          new Topic("peace", "Peace", null, null),
          new Topic("war", "War", null, null),
          new Stance("s1", List.of("cn", "us"), "peace", Position.OPPOSES, "Supports it.",
              PartialDate.parse("2025"), null, List.of(), List.of(new Citation("src", null, null)), null,
              List.of()),
          stance("s2", Position.SUPPORTS, "New | `quoted`.")));

  private static final DatasetDiff DIFF = DatasetDiff.between(BEFORE, AFTER);

  @Test
  void textListsEachChangeWithItsFieldsAndCallsOutOnlyTheFlip() {
    assertThat(DiffRenderer.text(DIFF)).isEqualTo("""
        ~ manifest
            version: "1.0.0" -> "2.0.0"
        + actor:peace   Peace Party
        - actor:un
        + topic:war   War
        ~ stance:s1   (position flip)
            holders: [ "cn" ] -> [ "cn", "us" ]
            position: "supports" -> "opposes"
        ~ stance:s2
            statement: "Old." -> "New | `quoted`."
        2 added, 1 removed, 3 changed
        """);
  }

  @Test
  void markdownHasASectionPerKindAndATablePerChangedRecord() {
    assertThat(DiffRenderer.markdown(DIFF)).isEqualTo("""
        ### Dataset changes

        2 added, 1 removed, 3 changed

        **Position flips**

        - `stance:s1`: `"supports"` → `"opposes"`

        **Added**

        - `actor:peace`: `Peace Party`
        - `topic:war`: `War`

        **Removed**

        - `actor:un`

        **Changed**

        `manifest`

        | field | before | after |
        |---|---|---|
        | version | `"1.0.0"` | `"2.0.0"` |

        `stance:s1`

        | field | before | after |
        |---|---|---|
        | holders | `[ "cn" ]` | `[ "cn", "us" ]` |
        | position | `"supports"` | `"opposes"` |

        `stance:s2`

        | field | before | after |
        |---|---|---|
        | statement | `"Old."` | `"New \\| 'quoted'."` |
        """);
  }

  @Test
  void markdownLeavesOutTheSectionsThatWouldBeEmpty() {
    DatasetDiff onlyAdded = DatasetDiff.between(Dataset.empty(),
        Dataset.of(null, List.of(new Topic("war", "War", null, null))));

    assertThat(DiffRenderer.markdown(onlyAdded)).isEqualTo("""
        ### Dataset changes

        1 added, 0 removed, 0 changed

        **Added**

        - `topic:war`: `War`
        """);
  }

  @Test
  void noChangesSaySo() {
    DatasetDiff none = DatasetDiff.between(BEFORE, BEFORE);

    assertThat(DiffRenderer.text(none)).isEqualTo("no changes\n");
    assertThat(DiffRenderer.markdown(none)).isEqualTo("### Dataset changes\n\nno changes\n");
    assertThat(DiffRenderer.json(none).toString())
        .isEqualTo("{\"formatVersion\":1,\"summary\":{\"added\":0,\"removed\":0,\"changed\":0,"
            + "\"texts\":0,\"brokenCitations\":0},\"changes\":[],\"texts\":[],\"brokenCitations\":[]}");
  }

  @Test
  void jsonGivesEveryChangeWithTypedValuesAndNullForAnAbsentSide() {
    String expected = """
        {"formatVersion":1,"summary":{"added":2,"removed":1,"changed":3,"texts":0,"brokenCitations":0},"changes":[
        {"kind":"changed","type":"manifest","id":"manifest","positionFlip":false,
         "fields":[{"field":"version","before":"1.0.0","after":"2.0.0"}]},
        {"kind":"added","type":"actor","id":"peace","positionFlip":false,
         "fields":[{"field":"id","before":null,"after":"peace"},
                   {"field":"name","before":null,"after":"Peace Party"},
                   {"field":"kind","before":null,"after":"non-state"}]},
        {"kind":"removed","type":"actor","id":"un","positionFlip":false,
         "fields":[{"field":"id","before":"un","after":null},
                   {"field":"name","before":"United Nations","after":null},
                   {"field":"kind","before":"international-organization","after":null}]},
        {"kind":"added","type":"topic","id":"war","positionFlip":false,
         "fields":[{"field":"id","before":null,"after":"war"},{"field":"name","before":null,"after":"War"}]},
        {"kind":"changed","type":"stance","id":"s1","positionFlip":true,
         "fields":[{"field":"holders","before":["cn"],"after":["cn","us"]},
                   {"field":"position","before":"supports","after":"opposes"}]},
        {"kind":"changed","type":"stance","id":"s2","positionFlip":false,
         "fields":[{"field":"statement","before":"Old.","after":"New | `quoted`."}]}],
        "texts":[],"brokenCitations":[]}
        """;

    assertThat(DiffRenderer.json(DIFF).toString()).isEqualTo(Json.mapper().readTree(expected).toString());
  }

  @Test
  void jsonTextIsThatTreeIndentedOverLinesWithoutALineBreakAtTheEnd() {
    String text = DiffRenderer.jsonText(DIFF);

    assertThat(Json.mapper().readTree(text).toString()).isEqualTo(DiffRenderer.json(DIFF).toString());
    assertThat(text).startsWith("{\n").endsWith("}").contains("\n  \"summary\"");
  }

  @Test
  void aFieldAddedOrRemovedIsShownAsAbsentOnTheOtherSide() {
    DatasetDiff diff = DatasetDiff.between(
        Dataset.of(null, List.of(new Topic("a", "A", null, null), new Topic("b", "B", "a", null))),
        Dataset.of(null, List.of(new Topic("a", "A", null, "Now described."), new Topic("b", "B", null, null))));

    assertThat(DiffRenderer.text(diff)).isEqualTo("""
        ~ topic:a
            description: (absent) -> "Now described."
        ~ topic:b
            parent: "a" -> (absent)
        0 added, 0 removed, 2 changed
        """);
    assertThat(DiffRenderer.markdown(diff)).contains("| description | — | `\"Now described.\"` |\n")
        .contains("| parent | `\"a\"` | — |\n");
  }

  @Test
  void aListValueIsShownOnOneLine() {
    Stance one = new Stance("s", List.of("cn"), "peace", Position.SUPPORTS, "S.", PartialDate.parse("2025"),
        null, List.of(), List.of(new Citation("src", null, null)), null, List.of());
    Stance two = new Stance("s", List.of("cn", "us"), "peace", Position.SUPPORTS, "S.", PartialDate.parse("2025"),
        null, List.of(), List.of(new Citation("src", null, null)), null, List.of());
    DatasetDiff diff = DatasetDiff.between(Dataset.of(null, List.of(one)), Dataset.of(null, List.of(two)));

    assertThat(DiffRenderer.text(diff)).contains("    holders: [ \"cn\" ] -> [ \"cn\", \"us\" ]\n");
    assertThat(DiffRenderer.markdown(diff)).contains("| holders | `[ \"cn\" ]` | `[ \"cn\", \"us\" ]` |\n");
  }

  @Test
  void valuesUpTo120CharactersAreShownWholeAndLongerOnesAsTheirChangedWords() {
    String fits = "x".repeat(118);        // 120 characters with its quotes
    String longer = "y".repeat(119);      // 121 characters with its quotes
    DatasetDiff shortDiff = DatasetDiff.between(
        Dataset.of(null, List.of(new Topic("t", "x", null, null))),
        Dataset.of(null, List.of(new Topic("t", fits, null, null))));
    DatasetDiff longDiff = DatasetDiff.between(
        Dataset.of(null, List.of(new Topic("t", fits, null, null))),
        Dataset.of(null, List.of(new Topic("t", longer, null, null))));

    DatasetDiff shortened = DatasetDiff.between(
        Dataset.of(null, List.of(new Topic("t", fits, null, null))),
        Dataset.of(null, List.of(new Topic("t", "x", null, null))));

    assertThat(DiffRenderer.text(shortDiff)).contains("    name: \"x\" -> \"" + fits + "\"\n");
    assertThat(DiffRenderer.text(shortened)).contains("    name: \"" + fits + "\" -> \"x\"\n");
    assertThat(DiffRenderer.text(longDiff))
        .contains("    name: [-\"" + fits + "\"-]{+\"" + longer + "\"+}\n").doesNotContain("...");
  }
}
