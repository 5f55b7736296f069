package org.policyset.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InEffectPeriodTest {

  private static int day(String iso) {
    return InEffect.day(LocalDate.parse(iso));
  }

  private static InEffectPeriod period(@Nullable String attested, @Nullable String inEffect) {
    return InEffectPeriod.of(attested == null ? null : EdtfDate.parse(attested),
        inEffect == null ? null : EdtfInterval.parse(inEffect));
  }

  /** docs/model.md's example: China's firm position on the two-state solution. */
  @Test
  void aPositionHeldSinceAnUnknownDayIsPossiblyInEffectBeforeItWasAttested() {
    InEffectPeriod p = period("2025-09-12?", "/..");
    assertThat(p.possiblyOn(day("2024-06-01"))).isTrue();
    assertThat(p.certainlyOn(day("2024-06-01"))).isFalse();
    assertThat(p.certainlyOn(day("2025-10-01"))).as("the attested day itself is uncertain").isFalse();
    assertThat(period("2025-09-12", "/..").certainlyOn(day("2025-10-01"))).isTrue();
    assertThat(period("2025-09-12", "/..").certainlyOn(day("2025-09-11"))).isFalse();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
    // attested, inEffect, day, possibly, certainly
    "2025-01-15, -, 2025-01-14, false, false",
    "2025-01-15, -, 2025-01-15, true, true",
    "2025-01-15, -, 2025-01-16, true, false",     // A/: the end is unknown, so only the day itself is certain
    "2025, -, 2025-01-01, true, false",           // it may have begun on 31 December
    "2025, -, 2025-12-31, true, false",           // …and may have ended on 1 January: no day is certain
    "2023-11, 2023-11/.., 2030-01-01, true, true",
    "2023-11, 2023-11/2024-03, 2024-03-01, true, true",
    "2023-11, 2023-11/2024-03, 2024-03-31, true, false",  // it may have ended on 1 March
    "2023-11, 2023-11/2024-03, 2024-04-01, false, false",
    "2023-11, 2023-11/2024, 2024-06-01, true, false",
    "-, /.., 2000-01-01, true, false",            // undated: never certain
    "-, ../2025, 1900-01-01, true, true",
    "[2023-11-15..], -, 2023-11-14, false, false",
    "[2023-11-15..], -, 2030-01-01, true, false",
    "2023~, 2023~/.., 2024-06-01, true, false",
  })
  void readsEachBoundAsDocumented(@Nullable String attested, @Nullable String inEffect, String on,
      boolean possibly, boolean certainly) {
    InEffectPeriod p = period(attested, inEffect);
    assertThat(p.possiblyOn(day(on))).as("possibly").isEqualTo(possibly);
    assertThat(p.certainlyOn(day(on))).as("certainly").isEqualTo(certainly);
  }

  @Test
  void undatedOnlyWithoutAnyDate() {
    assertThat(period(null, "/..").dated()).isFalse();
    assertThat(period(null, null).dated()).isFalse();
    assertThat(period("2025", null).dated()).isTrue();
    assertThat(period(null, "../2025").dated()).isTrue();
  }

  /**
   * A migrated version 1 stance ({@code attested: D}, {@code inEffect: D/U} or {@code D/..}) is
   * possibly in effect on exactly the days version 1's {@link InEffect} gives, superseded or not.
   */
  @Test
  void migratedVersion1StancesArePossiblyInEffectExactlyWhenVersion1SaysSo() {
    Random r = new Random(1603);
    String[] forms = {"%04d", "%04d-%02d", "%04d-%02d-%02d"};
    for (int i = 0; i < 5_000; i++) {
      LocalDate a = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(9000));
      PartialDate date = PartialDate.parse(String.format(forms[r.nextInt(3)], a.getYear(), a.getMonthValue(), a.getDayOfMonth()));
      LocalDate u = a.plusDays(r.nextInt(900));
      PartialDate until = r.nextBoolean() ? null
          : PartialDate.parse(String.format(forms[r.nextInt(3)], u.getYear(), u.getMonthValue(), u.getDayOfMonth()));
      int successor = r.nextInt(4) == 0 ? InEffect.day(a.plusDays(r.nextInt(1200))) : InEffect.OPEN;
      InEffectPeriod v2 = period(date.toString(), date + "/" + (until == null ? ".." : until.toString()))
          .supersededFrom(successor);
      int first = InEffect.firstDay(date);
      int last = InEffect.lastDay(InEffect.untilDay(until), successor);
      for (int k = 0; k < 8; k++) {
        int d = first - 400 + r.nextInt(2400);
        assertThat(v2.possiblyOn(d)).as("%s until %s on day %d", date, until, d)
            .isEqualTo(InEffect.on(d, first, last));
      }
    }
  }
}
