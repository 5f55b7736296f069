package org.policyset.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The days a stance is in effect, as its documentation states them. */
class InEffectTest {

  private static int day(String iso) {
    return InEffect.day(LocalDate.parse(iso));
  }

  @Test
  void aStanceBeginsOnTheFirstDayOfItsDateAndEndsOnTheLastDayOfItsUntil() {
    assertThat(InEffect.firstDay(PartialDate.parse("2024"))).isEqualTo(day("2024-01-01"));
    assertThat(InEffect.firstDay(PartialDate.parse("2024-02"))).isEqualTo(day("2024-02-01"));
    assertThat(InEffect.firstDay(PartialDate.parse("2024-02-29"))).isEqualTo(day("2024-02-29"));
    assertThat(InEffect.untilDay(PartialDate.parse("2024-03"))).isEqualTo(day("2024-03-31"));
    assertThat(InEffect.untilDay(PartialDate.parse("2024-02"))).isEqualTo(day("2024-02-29"));
    assertThat(InEffect.untilDay(PartialDate.parse("1900-02"))).isEqualTo(day("1900-02-28"));
    assertThat(InEffect.untilDay(PartialDate.parse("2024"))).isEqualTo(day("2024-12-31"));
    assertThat(InEffect.untilDay(null)).isEqualTo(InEffect.OPEN);
    assertThat(InEffect.lastDay(InEffect.untilDay(PartialDate.parse("2024-03")), InEffect.OPEN))
        .isEqualTo(day("2024-03-31"));
  }

  @Test
  void theEarliestSuccessorEndsAStanceTheDayBeforeItBegins() {
    int successor = InEffect.earlierSuccessor(InEffect.OPEN, InEffect.firstDay(PartialDate.parse("2024-09-01")));
    successor = InEffect.earlierSuccessor(successor, InEffect.firstDay(PartialDate.parse("2024-06")));
    assertThat(successor).isEqualTo(day("2024-06-01"));
    assertThat(InEffect.lastDay(InEffect.OPEN, successor)).isEqualTo(day("2024-05-31"));
    assertThat(InEffect.lastDay(InEffect.OPEN, InEffect.firstDay(PartialDate.parse("2024-06-15"))))
        .isEqualTo(day("2024-06-14"));
    // An until before the successor wins; one after it does not.
    assertThat(InEffect.lastDay(day("2024-03-31"), successor)).isEqualTo(day("2024-03-31"));
    assertThat(InEffect.lastDay(day("2024-12-31"), successor)).isEqualTo(day("2024-05-31"));
    assertThat(InEffect.lastDay(day("2024-05-31"), successor)).isEqualTo(day("2024-05-31"));
    assertThat(InEffect.lastDay(InEffect.OPEN, InEffect.OPEN)).isEqualTo(InEffect.OPEN);
  }

  @Test
  void aStanceIsInEffectFromItsFirstToItsLastDayInclusive() {
    int first = day("2024-01-01");
    int last = day("2024-05-31");
    assertThat(InEffect.on(first - 1, first, last)).isFalse();
    assertThat(InEffect.on(first, first, last)).isTrue();
    assertThat(InEffect.on(last, first, last)).isTrue();
    assertThat(InEffect.on(last + 1, first, last)).isFalse();
    // Superseded on its own first day: never in effect.
    assertThat(InEffect.on(first, first, first - 1)).isFalse();
  }

  @Test
  void daysBeyondTheRangeOfPartialDatesCompareAsAfterOrBeforeThemAll() {
    int first = day("2024-01-01");
    assertThat(InEffect.on(InEffect.day(LocalDate.MAX), first, InEffect.OPEN)).isTrue();
    assertThat(InEffect.on(InEffect.day(LocalDate.MAX), first, day("9999-12-31"))).isFalse();
    assertThat(InEffect.on(InEffect.day(LocalDate.MIN), first, InEffect.OPEN)).isFalse();
    assertThat(InEffect.day(LocalDate.of(9999, 12, 31))).isEqualTo(2932896);
  }
}
