package org.policyset.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Records built in code: every field by name, changed copies, and constraints checked on build. */
class RecordBuilderTest {

  @Test
  void aStanceIsBuiltFieldByFieldAndEqualsTheSameRecordMadeByItsConstructor() {
    Stance built = Stance.builder().id("cn-gaza").holders("cn").topic("gaza-ceasefire")
        .position(Position.CALLS_FOR).statement("China calls for a ceasefire.")
        .date(PartialDate.parse("2023-11")).sources(List.of(new Citation("src", "ceasefire", "para. 2")))
        .build();

    assertThat(built).isEqualTo(new Stance("cn-gaza", List.of("cn"), "gaza-ceasefire", Position.CALLS_FOR,
        "China calls for a ceasefire.", PartialDate.parse("2023-11"), null, List.of(),
        List.of(new Citation("src", "ceasefire", "para. 2")), null, List.of()));
    assertThat(built.toBuilder().until(PartialDate.parse("2024")).build().until())
        .isEqualTo(PartialDate.parse("2024"));
    assertThat(built.toBuilder().build()).isEqualTo(built);
  }

  @Test
  void buildingABrokenRecordNamesEveryBrokenField() {
    assertThatThrownBy(() -> Stance.builder().id("Bad Id").statement(" padded ").build())
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageStartingWith("invalid stance: ")
        .satisfies(e -> assertThat(((InvalidRecordException) e).problems())
            .anyMatch(p -> p.startsWith("id: "))
            .anyMatch(p -> p.startsWith("holders: "))
            .anyMatch(p -> p.startsWith("position: "))
            .anyMatch(p -> p.startsWith("statement: "))
            .anyMatch(p -> p.startsWith("sources: ")));
    assertThatThrownBy(() -> Actor.builder().id("cn").name("China").build())
        .isInstanceOf(InvalidRecordException.class).hasMessageContaining("kind: ");
  }

  @Test
  void everyRecordTypeHasABuilderThatRoundTrips() {
    Actor actor = Actor.builder().id("cn").name("China").kind(ActorKind.STATE).aliases("PRC").build();
    Topic topic = Topic.builder().id("t").name("T").build();
    Principle principle = Principle.builder().id("p").name("P").build();
    Event event = Event.builder().id("e").title("E").date(PartialDate.parse("2024"))
        .type(EventType.STATEMENT).sources(List.of(new Citation("s", null, null))).build();
    Source source = Source.builder().id("s").title("S").kind(SourceKind.NEWS).build();
    Manifest manifest = Manifest.builder().id("d").title("D").version("1.0.0").license("CC-BY-4.0")
        .schemaVersion("1").build();

    assertThat(List.of(actor.toBuilder().build(), topic.toBuilder().build(), principle.toBuilder().build(),
        event.toBuilder().build(), source.toBuilder().build(), manifest.toBuilder().build()))
        .containsExactly(actor, topic, principle, event, source, manifest);
  }
}
