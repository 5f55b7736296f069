package org.policyset.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @ParameterizedTest
  @CsvSource({
    "2025, 2025-01-01, 2025-12-31, YEAR",
    "2025-03, 2025-03-01, 2025-03-31, MONTH",
    "2024-02, 2024-02-01, 2024-02-29, MONTH",
    "2023-02, 2023-02-01, 2023-02-28, MONTH",
    "2024-02-29, 2024-02-29, 2024-02-29, DAY",
    "0001-01-01, 0001-01-01, 0001-01-01, DAY",
  })
  void rangesCoverEveryDayOfThePeriod(String text, LocalDate start, LocalDate end,
      PartialDate.Precision precision) {
    PartialDate d = PartialDate.parse(text);
    assertThat(d.start()).isEqualTo(start);
    assertThat(d.end()).isEqualTo(end);
    assertThat(d.precision()).isEqualTo(precision);
    assertThat(d.toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "2025-04-31", "2025-13", "2025-00", "2025-01-00", "0000",
      "25", "2025-1", "2025-01-1", "2025/01/01", " 2025", "2025-01-01T00:00", "２０２５", ""})
  void rejectsWhatIsNotARealPartialDate(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void comparisonsUseRangeSemantics() {
    PartialDate month = PartialDate.parse("2025-03");
    PartialDate day = PartialDate.parse("2025-03-04");
    PartialDate year = PartialDate.parse("2025");
    assertThat(month.overlaps(day)).isTrue();
    assertThat(year.overlaps(day)).isTrue();
    assertThat(month.isBefore(day)).isFalse();
    assertThat(day.isBefore(month)).isFalse();
    assertThat(PartialDate.parse("2025-02-28").isBefore(month)).isTrue();
    assertThat(PartialDate.parse("2025-04").isAfter(month)).isTrue();
    assertThat(PartialDate.parse("2024").isBefore(day)).isTrue();
    assertThat(year.compareTo(month)).isNegative();
    assertThat(month.compareTo(day)).isNegative();
    assertThat(day.contains(LocalDate.of(2025, 3, 4))).isTrue();
  }
}
