package org.policyset.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.policyset.core.Reliability;

/**
 * {@link PartialDate#parse} on arbitrary text: it returns a date exactly when the text has the
 * documented form and names a real calendar day, throws only {@link IllegalArgumentException}
 * otherwise, and a parsed date prints back as the same text and denotes a non-empty range.
 */
class PartialDateFuzzTest {
  private static final Reliability LOG = new Reliability(PartialDateFuzzTest.class);
  private static final Pattern FORM = Pattern.compile(PartialDate.PATTERN);
  private static final AtomicInteger RUNS = new AtomicInteger();

  @FuzzTest(maxDuration = "60s")
  void parseAcceptsExactlyRealPartialDates(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Throwable thrown = catchThrowable(() -> PartialDate.parse(text));
    boolean real = FORM.matcher(text).matches() && realDay(text);
    if (thrown != null) {
      assertThat(thrown).as("'%s'", text).isInstanceOf(IllegalArgumentException.class);
      assertThat(thrown.getMessage()).isNotBlank();
      assertThat(real).as("'%s' is a real partial date, yet rejected: %s", text, thrown).isFalse();
    } else {
      assertThat(real).as("'%s' was accepted", text).isTrue();
      PartialDate d = PartialDate.parse(text);
      assertThat(d.toString()).isEqualTo(text);
      assertThat(PartialDate.parse(d.toString())).isEqualTo(d).hasSameHashCodeAs(d);
      assertThat(d.start()).isBeforeOrEqualTo(d.end());
      assertThat(d.overlaps(d)).isTrue();
      assertThat(d.isBefore(d)).isFalse();
      assertThat(d.compareTo(d)).isZero();
      assertThat(d.contains(d.start())).isTrue();
      assertThat(d.contains(d.end())).isTrue();
      assertThat(d.precision()).isEqualTo(switch (text.length()) {
        case 4 -> PartialDate.Precision.YEAR;
        case 7 -> PartialDate.Precision.MONTH;
        default -> PartialDate.Precision.DAY;
      });
    }
    LOG.record("Fuzzing (regression inputs): partial-date parser", "input " + RUNS.incrementAndGet(),
        "accepted exactly the real dates; only IllegalArgumentException otherwise");
  }

  private static boolean realDay(String text) {
    int year = Integer.parseInt(text.substring(0, 4));
    if (year == 0) {
      return false;
    }
    if (text.length() < 10) {
      return true;
    }
    try {
      LocalDate.of(year, Integer.parseInt(text.substring(5, 7)), Integer.parseInt(text.substring(8)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  @AfterAll
  static void write() {
    LOG.write();
  }
}
