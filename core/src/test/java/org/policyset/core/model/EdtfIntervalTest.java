package org.policyset.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdtfIntervalTest {

  @ParameterizedTest
  @ValueSource(strings = {"2023-11/..", "/..", "2025-01-15/", "../2025", "/2025?", "2023/2025",
      "2025-09-12?/..", "2025-09-12?/2026~", "202X/2025-03", "../.."})
  void readsAndWritesBackTheSameText(String text) {
    assertThat(EdtfInterval.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void sidesAreOpenUnknownOrDated() {
    EdtfInterval i = EdtfInterval.parse("/..");
    assertThat(i.start()).isNull();
    assertThat(i.startOpen()).isFalse();
    assertThat(i.end()).isNull();
    assertThat(i.endOpen()).isTrue();
    EdtfInterval j = EdtfInterval.parse("2025-01-15/");
    assertThat(j.start()).isEqualTo(EdtfDate.parse("2025-01-15"));
    assertThat(j.endOpen()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "2025", "2023/2024/2025", "[2023..]/..", "2025-13/..", "2023 /2025", ""})
  void refusesWhatIsNotAnIntervalOfTheProfile(String text) {
    assertThatThrownBy(() -> EdtfInterval.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEndCertainlyBeforeTheStartIsNotOrdered() {
    assertThat(EdtfInterval.parse("2025/2023").ordered()).isFalse();
    assertThat(EdtfInterval.parse("2025-03/2025").ordered()).isTrue();
    assertThat(EdtfInterval.parse("202X/2025").ordered()).isTrue();
  }
}
