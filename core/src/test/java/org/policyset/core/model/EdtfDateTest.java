package org.policyset.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The EDTF profile of schema version 2. Where EDTF.js (npm {@code edtf} 4.11.1, the reader issue 16
 * names as a second opinion) was asked on 2026-12-03, its possible range is the one expected here;
 * the rows marked "EDTF.js differs" are the profile's documented deviations.
 */
class EdtfDateTest {

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
    // text, lo, hi, uncertain, approximate  (EDTF.js gives the same min/max)
    "2025, 2025-01-01, 2025-12-31, false, false",
    "2025-03, 2025-03-01, 2025-03-31, false, false",
    "2025-09-12, 2025-09-12, 2025-09-12, false, false",
    "2025-09-12?, 2025-09-12, 2025-09-12, true, false",
    "2023~, 2023-01-01, 2023-12-31, false, true",
    "2023%, 2023-01-01, 2023-12-31, true, true",
    "202X, 2020-01-01, 2029-12-31, false, false",
    "2025-XX, 2025-01-01, 2025-12-31, false, false",
    "XXXX-09-12, 0001-09-12, 9999-09-12, false, false",
    "1XXX-12, 1000-12-01, 1999-12-31, false, false",
    "20XX-09, 2000-09-01, 2099-09-30, false, false",
    "2025-09-1X, 2025-09-10, 2025-09-19, false, false",
    "2025-1X-31, 2025-10-31, 2025-12-31, false, false",
    "2025-XX-31, 2025-01-31, 2025-12-31, false, false",
    "2024-02-XX, 2024-02-01, 2024-02-29, false, false",
    "190X-02-29, 1904-02-29, 1908-02-29, false, false",
    "[2023-11-15..], 2023-11-15, -, false, false",
    "[..2025-03], -, 2025-03-31, false, false",
    "[2023-11..2023-12], 2023-11-01, 2023-12-31, false, false",
    "[2023..2025], 2023-01-01, 2025-12-31, false, false",
  })
  void possibleRangeCoversEveryCompletion(String text, LocalDate lo, LocalDate hi, boolean uncertain,
      boolean approximate) {
    EdtfDate d = EdtfDate.parse(text);
    assertThat(d.lo()).isEqualTo(lo);
    assertThat(d.hi()).isEqualTo(hi);
    assertThat(d.uncertain()).isEqualTo(uncertain);
    assertThat(d.approximate()).isEqualTo(approximate);
    assertThat(d.toString()).isEqualTo(text);
    assertThat(d.oneOf()).isEqualTo(text.startsWith("["));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // outside the profile though valid EDTF (EDTF.js reads each)
    "2001-21", "{2023,2024}", "2025-?09", "?2025", "[1667,1668]", "2025-09-12T10:00",
    // not EDTF at all, or no day of any calendar
    "2025-13", "2025-02-30", "2025-02-29", "2025-02-3X", "X025", "2X2X", "0000", "25",
    "[..]", "[2023..2025", "[2023-11-15..2023-12]", "[2023-X..]", "[2023?..]", "2025??", "", " 2025",
  })
  void refusesWithTheTextInTheMessage(String text) {
    assertThatThrownBy(() -> EdtfDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void aRangeOfMixedPrecisionSaysHowToWriteIt() {
    assertThatThrownBy(() -> EdtfDate.parse("[2023-11-15..2023-12]"))
        .hasMessageContaining("[2023-11-15..2023-12-31]");
    // A coarser second end (found by schema's EdtfPatternTest: the hint's cut ran off the text).
    assertThatThrownBy(() -> EdtfDate.parse("[2024-02..2025]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[2024-02-01..2025-12-31]").hasMessageContaining("[2024-02..2025-12]");
    assertThatThrownBy(() -> EdtfDate.parse("[2024..2025-03-04]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2024..2025]");
  }

  @Test
  void aDayNoCalendarHasIsRefusedWhereSomeReadersMoveIt() {
    // EDTF.js 4.11.1 reads 2025-02-29 as 2025-03-01
    assertThatThrownBy(() -> EdtfDate.parse("2025-02-29")).hasMessageContaining("2025-02-29");
  }

  @Test
  void anImpossibleCompletionIsFoundWithoutWalkingEveryYear() {
    assertThatThrownBy(() -> EdtfDate.parse("XXXX-02-3X")).hasMessageContaining("no real calendar day");
  }

  @Test
  void reversedRangeParsesButIsNotOrdered() {
    assertThat(EdtfDate.parse("[2025-02..2025-01]").ordered()).isFalse();
    assertThat(EdtfDate.parse("[2025-01..2025-02]").ordered()).isTrue();
  }

  @Test
  void level0AndQualifiedDatesKeepTheirVersion1Reading() {
    assertThat(EdtfDate.parse("2025-03").partialDate()).isEqualTo(PartialDate.parse("2025-03"));
    assertThat(EdtfDate.parse("2025-03~").partialDate()).isEqualTo(PartialDate.parse("2025-03"));
    assertThat(EdtfDate.parse("2025-0X").partialDate()).isNull();
  }

  /** Every level 0 date reads exactly as version 1 reads it (seeded sample of the calendar). */
  @Test
  void everyLevel0DateAgreesWithPartialDate() {
    Random r = new Random(16);
    for (int i = 0; i < 20_000; i++) {
      int y = 1 + r.nextInt(9999);
      int m = 1 + r.nextInt(12);
      int d = 1 + r.nextInt(31);
      String text = switch (r.nextInt(3)) {
        case 0 -> String.format("%04d", y);
        case 1 -> String.format("%04d-%02d", y, m);
        default -> String.format("%04d-%02d-%02d", y, m, d);
      };
      PartialDate v1;
      try {
        v1 = PartialDate.parse(text);
      } catch (IllegalArgumentException e) {
        assertThatThrownBy(() -> EdtfDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
        continue;
      }
      EdtfDate v2 = EdtfDate.parse(text);
      assertThat(v2.lo()).as(text).isEqualTo(v1.start());
      assertThat(v2.hi()).as(text).isEqualTo(v1.end());
    }
  }

  /** An X widens to every digit: each concrete completion lies in the possible range. */
  @Test
  void everyCompletionLiesInThePossibleRange() {
    Random r = new Random(1602);
    for (int i = 0; i < 5_000; i++) {
      LocalDate day = LocalDate.of(1 + r.nextInt(9999), 1, 1).plusDays(r.nextInt(365));
      String full = day.toString();
      char[] c = full.toCharArray();
      // unspecify a suffix of the year, month or day digits
      int[][] comps = {{0, 4}, {5, 7}, {8, 10}};
      int[] comp = comps[r.nextInt(3)];
      int k = 1 + r.nextInt(comp[1] - comp[0]);
      for (int j = comp[1] - k; j < comp[1]; j++) {
        c[j] = 'X';
      }
      String text = new String(c);
      EdtfDate d;
      try {
        d = EdtfDate.parse(text);
      } catch (IllegalArgumentException e) {
        continue; // such as 000X-…: no year 0000 completion is needed; 0001+ may still exist
      }
      assertThat(d.lo()).as(text).isBeforeOrEqualTo(day);
      assertThat(d.hi()).as(text).isAfterOrEqualTo(day);
    }
  }
}
