package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A date in policyset's profile of the Extended Date/Time Format (EDTF, ISO 8601-2), as schema
 * version 2 writes dates.
 *
 * <p>The profile (see {@code docs/model.md}, "Dates"):
 *
 * <ul>
 *   <li>level 0: {@code 2025}, {@code 2025-03}, {@code 2025-03-04}, exactly as version 1's {@link
 *       PartialDate};
 *   <li>a qualifier on the whole date: {@code ?} uncertain, {@code ~} approximate, {@code %} both;
 *   <li>unspecified digits {@code X} at the end of any component: {@code 202X}, {@code 2025-XX},
 *       {@code XXXX-09-12}, {@code 2025-09-1X};
 *   <li>one day of a range, an EDTF one-of set with one range: {@code [2023-11-15..]} (on or
 *       after), {@code [..2025-03]} (in or before), {@code [2023-11..2023-12]} (between; both ends of
 *       the same precision, as EDTF's set ranges are).
 * </ul>
 *
 * <p>Every date has a <em>possible range</em> of days, {@link #lo()} to {@link #hi()}: every
 * completion of its unspecified digits, every day a one-of range spans, the days of a year or month.
 * Qualifiers never widen it: EDTF does not say by how much "about 2023" may miss. An open side of a
 * one-of range has no limit ({@code null}). Year 0000 is refused, as in version 1.
 *
 * <p>Two deviations from a full EDTF reader are deliberate and reported with a message naming the
 * profile: forms outside it (seasons {@code 2001-21}, times, lists {@code {…}}, qualifiers on single
 * components such as {@code 2025-?09}, exponential years) and days that no calendar has ({@code
 * 2025-02-29}, which some EDTF readers silently move to 1 March).
 *
 * @since 0.7.0
 */
public final class EdtfDate {

  /** How many years a search for a completion walks before concluding there is none (a Gregorian cycle). */
  private static final int CALENDAR_CYCLE_YEARS = 400;

  private final String text;
  private final @Nullable LocalDate lo;
  private final @Nullable LocalDate hi;
  private final boolean uncertain;
  private final boolean approximate;
  private final boolean oneOf;
  private final @Nullable PartialDate level0;

  private EdtfDate(String text, @Nullable LocalDate lo, @Nullable LocalDate hi, boolean uncertain,
      boolean approximate, boolean oneOf, @Nullable PartialDate level0) {
    this.text = text;
    this.lo = lo;
    this.hi = hi;
    this.uncertain = uncertain;
    this.approximate = approximate;
    this.oneOf = oneOf;
    this.level0 = level0;
  }

  /**
   * Parses a date of the profile.
   *
   * @param text the text
   * @return the date
   * @throws IllegalArgumentException with a message saying what is wrong and what the profile accepts
   */
  @JsonCreator
  public static EdtfDate parse(String text) {
    Objects.requireNonNull(text, "text");
    if (isLevel0Shape(text)) {
      PartialDate d = PartialDate.parse(text);
      return new EdtfDate(text, d.start(), d.end(), false, false, false, d);
    }
    if (text.startsWith("[")) {
      return parseOneOf(text);
    }
    return parseQualified(text);
  }

  private static boolean isLevel0Shape(String s) {
    int n = s.length();
    if (!(n == 4 || n == 7 || n == 10)) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static EdtfDate parseOneOf(String text) {
    int dots = text.indexOf("..");
    if (!text.endsWith("]") || dots < 0 || text.indexOf("..", dots + 2) >= 0 || text.indexOf(',') >= 0) {
      throw outside(text, "a one-of range is written [A..], [..B] or [A..B], with one range and no list");
    }
    String a = text.substring(1, dots);
    String b = text.substring(dots + 2, text.length() - 1);
    if (a.isEmpty() && b.isEmpty()) {
      throw outside(text, "a one-of range needs at least one end: [A..], [..B] or [A..B]");
    }
    PartialDate from = a.isEmpty() ? null : boundOf(text, a);
    PartialDate to = b.isEmpty() ? null : boundOf(text, b);
    if (from != null && to != null && from.precision() != to.precision()) {
      throw new IllegalArgumentException("'" + text + "' joins a " + word(from) + " and a " + word(to)
          + ": the ends of an EDTF range have the same precision (write ["
          + from.start() + ".." + to.end() + "] or [" + from + ".." + cut(to, from.precision()) + "])");
    }
    return new EdtfDate(text, from == null ? null : from.start(), to == null ? null : to.end(),
        false, false, true, null);
  }

  private static String word(PartialDate d) {
    return switch (d.precision()) {
      case YEAR -> "year";
      case MONTH -> "month";
      case DAY -> "day";
    };
  }

  /** The end {@code d} at precision {@code p}: cut to it, or its last day's month or day when finer. */
  private static String cut(PartialDate d, PartialDate.Precision p) {
    return switch (p) {
      case YEAR -> d.toString().substring(0, 4);
      case MONTH -> d.end().toString().substring(0, 7);
      case DAY -> d.end().toString();
    };
  }

  private static PartialDate boundOf(String text, String bound) {
    if (!isLevel0Shape(bound)) {
      throw outside(text, "the ends of a one-of range are plain dates (YYYY, YYYY-MM or YYYY-MM-DD), without X or qualifiers");
    }
    return PartialDate.parse(bound);
  }

  private static EdtfDate parseQualified(String text) {
    String body = text;
    boolean uncertain = false;
    boolean approximate = false;
    char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
    if (last == '?' || last == '~' || last == '%') {
      uncertain = last != '~';
      approximate = last != '?';
      body = text.substring(0, text.length() - 1);
    }
    int n = body.length();
    if (!(n == 4 || n == 7 || n == 10) || (n >= 7 && body.charAt(4) != '-') || (n == 10 && body.charAt(7) != '-')) {
      throw outside(text, "a date is YYYY, YYYY-MM or YYYY-MM-DD, with X for unspecified digits and one of ? ~ % at the end");
    }
    int[] year = component(text, body, 0, 4);
    int[] month = n >= 7 ? component(text, body, 5, 7) : new int[] {1, 12};
    int[] day = n == 10 ? component(text, body, 8, 10) : new int[] {1, 31};
    year[0] = Math.max(year[0], 1);
    if (year[1] < 1) {
      throw new IllegalArgumentException("'" + text + "' has year 0000, which is not a calendar year");
    }
    month[0] = Math.max(month[0], 1);
    month[1] = Math.min(month[1], 12);
    day[0] = Math.max(day[0], 1);
    if (month[0] > month[1]) {
      throw new IllegalArgumentException("'" + text + "' names no month from 01 to 12");
    }
    LocalDate lo = first(year, month, day);
    LocalDate hi = last(year, month, day);
    if (lo == null || hi == null) {
      throw new IllegalArgumentException("'" + text + "' names no real calendar day in any completion of its digits");
    }
    PartialDate level0 = body.indexOf('X') < 0 ? PartialDate.parse(body) : null;
    return new EdtfDate(text, lo, hi, uncertain, approximate, false, level0);
  }

  /** Returns {min, max} of a component whose digits may end in X (X stands for every digit). */
  private static int[] component(String text, String body, int from, int to) {
    int min = 0;
    int max = 0;
    boolean unspecified = false;
    for (int i = from; i < to; i++) {
      char c = body.charAt(i);
      if (c == 'X') {
        unspecified = true;
        min = min * 10;
        max = max * 10 + 9;
      } else if (c >= '0' && c <= '9' && !unspecified) {
        min = min * 10 + (c - '0');
        max = max * 10 + (c - '0');
      } else {
        throw outside(text, c >= '0' && c <= '9'
            ? "unspecified digits X come last within a component (202X, 2025-1X), not before a digit"
            : "a date is YYYY, YYYY-MM or YYYY-MM-DD, with X for unspecified digits and one of ? ~ % at the end");
      }
    }
    return new int[] {min, max};
  }

  private static @Nullable LocalDate first(int[] y, int[] m, int[] d) {
    int stop = Math.min(y[1], y[0] + CALENDAR_CYCLE_YEARS);
    for (int year = y[0]; year <= stop; year++) {
      for (int month = m[0]; month <= m[1]; month++) {
        if (d[0] <= d[1] && d[0] <= YearMonth.of(year, month).lengthOfMonth()) {
          return LocalDate.of(year, month, d[0]);
        }
      }
    }
    return null;
  }

  private static @Nullable LocalDate last(int[] y, int[] m, int[] d) {
    int stop = Math.max(y[0], y[1] - CALENDAR_CYCLE_YEARS);
    for (int year = y[1]; year >= stop; year--) {
      for (int month = m[1]; month >= m[0]; month--) {
        int day = Math.min(d[1], YearMonth.of(year, month).lengthOfMonth());
        if (day >= d[0]) {
          return LocalDate.of(year, month, day);
        }
      }
    }
    return null;
  }

  private static IllegalArgumentException outside(String text, String what) {
    return new IllegalArgumentException("'" + text + "' is outside policyset's EDTF profile: " + what);
  }

  /** {@return the first possible day, or null when the date has no lower limit ({@code [..B]})} */
  public @Nullable LocalDate lo() {
    return lo;
  }

  /** {@return the last possible day, or null when the date has no upper limit ({@code [A..]})} */
  public @Nullable LocalDate hi() {
    return hi;
  }

  /** {@return whether the date is marked uncertain ({@code ?} or {@code %})} */
  public boolean uncertain() {
    return uncertain;
  }

  /** {@return whether the date is marked approximate ({@code ~} or {@code %})} */
  public boolean approximate() {
    return approximate;
  }

  /** {@return whether the date carries a qualifier ({@code ?}, {@code ~} or {@code %})} */
  public boolean qualified() {
    return uncertain || approximate;
  }

  /** {@return whether the date is one day of a range ({@code [A..B]})} */
  public boolean oneOf() {
    return oneOf;
  }

  /**
   * Returns whether the possible range is not empty: false only for a one-of range whose end comes
   * before its start ({@code [2025-02..2025-01]}), which rule PS308 reports.
   *
   * @return true if some day is possible
   */
  public boolean ordered() {
    return lo == null || hi == null || !hi.isBefore(lo);
  }

  /**
   * Returns the version 1 date this is, when it is a level 0 date or a qualified one without
   * unspecified digits.
   *
   * @return the partial date, or null for unspecified digits and one-of ranges
   */
  public @Nullable PartialDate partialDate() {
    return level0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EdtfDate d && d.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the text as written (the profile has one spelling of each date). */
  @JsonValue
  @Override
  public String toString() {
    return text;
  }
}
