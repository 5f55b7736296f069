package org.policyset.core.validation.internal.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.EdtfDate;
import org.policyset.core.model.EdtfInterval;
import org.policyset.core.model.InEffectPeriod;
import org.policyset.core.model.PartialDate;

/**
 * The integrity index reads a version 2 stance's dates in primitive form, packed and read back;
 * that reading must be {@link InEffectPeriod}'s on every combination of attested date, interval
 * and expressedAt event, on seeded random dates.
 */
class StanceDatesTest {

  private static final String[] DATES = {"2023", "2023-11", "2023-11-15", "2024-06", "2025-09-12?",
      "2023~", "2024%", "202X", "2025-XX", "XXXX-09-12", "[2023-11-15..]", "[..2025-03]",
      "[2023-11..2024-02]", "2019-02-28", "2024-02-29"};
  private static final String[] SIDES = {"", "..", "2023", "2024-06", "2025-09-12?", "2023~",
      "202X", "2026", "2022-01-01"};
  private static final String[] EVENTS = {"2023", "2024-06", "2025-09-12", "2022-01"};

  @Test
  void readsEveryStanceAsInEffectPeriodDoesAfterPackingAndReadingBack() {
    Random r = new Random(16);
    StanceLifecycles store = new StanceLifecycles();
    StanceDates w = new StanceDates();
    int n = 20_000;
    InEffectPeriod[] expected = new InEffectPeriod[n];
    int[] eventDates = new int[n];
    int[] scoped = new int[n];
    for (int i = 0; i < n; i++) {
      EdtfDate attested = r.nextInt(4) == 0 ? null : EdtfDate.parse(pick(r, DATES));
      EdtfInterval interval = null;
      if (r.nextInt(3) > 0) {
        String s = pick(r, SIDES);
        String e = pick(r, SIDES);
        if (!(s.isEmpty() && e.isEmpty())) {
          interval = EdtfInterval.parse(s + "/" + e);
        }
      }
      String event = r.nextInt(3) == 0 ? pick(r, EVENTS) : null;
      eventDates[i] = event == null ? StanceLifecycles.NONE
          : StanceLifecycles.date(PartialDate.parse(event));
      // The expressedAt event's date stands in for a missing attested date.
      EdtfDate a = attested != null ? attested : event == null ? null : EdtfDate.parse(event);
      expected[i] = InEffectPeriod.of(a, interval);
      w.clear();
      w.set(attested, interval);
      w.expressedAt = event == null ? StanceLifecycles.NONE : i;
      scoped[i] = r.nextInt(4);
      for (int k = 0; k < scoped[i]; k++) {
        w.scope(k * 2);
      }
      store.add(r.nextInt(9), StanceLifecycles.NONE, StanceLifecycles.NONE, 3, StanceLifecycles.NONE,
          new int[] {1, 2, 3, 4, 5, 6}, 6, new int[0], 0, w);
    }
    StanceLifecycles.Cursor c = store.cursor(ref -> eventDates[ref]);
    for (int i = 0; i < n; i++) {
      c.next();
      assertThat(c.v2).isTrue();
      StanceDates d = c.dates;
      InEffectPeriod p = expected[i];
      assertThat(new InEffectPeriod(d.earliestStart, d.latestStart, d.earliestEnd, d.latestEnd,
          d.exact, d.dated)).as("stance %s", i).isEqualTo(p);
      assertThat(Arrays.copyOf(d.scoped, d.scopedCount)).hasSize(scoped[i]);
      for (int k = 0; k < 6; k++) {
        assertThat(d.scoped(k)).isEqualTo(k % 2 == 0 && k / 2 < scoped[i]);
      }
    }
  }

  @Test
  void describesRangesAsTheDatesTheyAre() {
    assertThat(StanceDates.describe(day("2025-03-01"), day("2025-03-31"))).isEqualTo("2025-03");
    assertThat(StanceDates.describe(day("2024-01-01"), day("2024-12-31"))).isEqualTo("2024");
    assertThat(StanceDates.describe(day("2025-09-12"), day("2025-09-12"))).isEqualTo("2025-09-12");
    assertThat(StanceDates.describe(day("2023-11-15"), Integer.MAX_VALUE)).isEqualTo("[2023-11-15..]");
    assertThat(StanceDates.describe(day("2023-11-15"), day("2023-12-31")))
        .isEqualTo("[2023-11-15..2023-12-31]");
  }

  private static int day(String d) {
    return (int) java.time.LocalDate.parse(d).toEpochDay();
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }
}
