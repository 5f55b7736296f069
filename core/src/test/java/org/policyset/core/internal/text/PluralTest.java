package org.policyset.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policyset.core.model.RecordType;

class PluralTest {

  @Test
  void oneIsSingularEveryOtherCountIsPlural() {
    assertThat(Plural.count(1, "actor")).isEqualTo("1 actor");
    assertThat(Plural.count(0, "actor")).isEqualTo("0 actors");
    assertThat(Plural.count(2, "quote")).isEqualTo("2 quotes");
    assertThat(Plural.count(3, "entry")).isEqualTo("3 entries");
    assertThat(Plural.count(2, "day")).isEqualTo("2 days");
    assertThat(Plural.count(2, "match")).isEqualTo("2 matches");
    assertThat(Plural.count(2, "more finding")).isEqualTo("2 more findings");
  }

  @Test
  void thePluralOfEveryRecordTypeIsItsSectionName() {
    for (RecordType t : RecordType.values()) {
      assertThat(Plural.plural(t.singular())).isEqualTo(t.section());
    }
  }

  @Test
  void theArticleFollowsTheSound() {
    assertThat(Plural.article("actor")).isEqualTo("an actor");
    assertThat(Plural.article("event")).isEqualTo("an event");
    assertThat(Plural.article("topic")).isEqualTo("a topic");
    assertThat(Plural.article("principle")).isEqualTo("a principle");
    assertThat(Plural.article("stance")).isEqualTo("a stance");
    assertThat(Plural.article("source")).isEqualTo("a source");
    assertThat(Plural.article("unique id")).isEqualTo("a unique id");
    assertThat(Plural.article("URL")).isEqualTo("a URL");
    assertThat(Plural.article("hour")).isEqualTo("an hour");
    assertThat(Plural.article("")).isEqualTo("a ");
  }
}
