package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar date known to the precision of a year, a month or a day: {@code YYYY}, {@code YYYY-MM}
 * or {@code YYYY-MM-DD}.
 *
 * <p>A partial date denotes the range of days it covers: {@code 2025-03} is 1 to 31 March 2025.
 * Comparisons between partial dates use that range: {@link #isBefore(PartialDate)} holds only when
 * this range ends before the other begins, and {@link #overlaps(PartialDate)} when the ranges share a
 * day. The natural order ({@link #compareTo}) sorts by first day, then coarser precision first.
 *
 * @since 0.1.0
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** The regular expression a partial date's text matches, before calendar checks. */
  public static final String PATTERN = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

  /**
   * The precision of a partial date.
   *
   * @since 0.1.0
   */
  public enum Precision {
    /** Known to the year. */
    YEAR,
    /** Known to the month. */
    MONTH,
    /** Known to the day. */
    DAY
  }

  private final int year;
  private final int month;
  private final int day;
  private final Precision precision;

  private PartialDate(int year, int month, int day, Precision precision) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.precision = precision;
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @param text the text
   * @return the partial date
   * @throws IllegalArgumentException if the text has another form or names no real calendar day
   */
  @JsonCreator
  public static PartialDate parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("a date must not be null");
    }
    int n = text.length();
    if (!(n == 4 || n == 7 || n == 10) || !digits(text, 0, 4)
        || (n >= 7 && (text.charAt(4) != '-' || !digits(text, 5, 7)))
        || (n == 10 && (text.charAt(7) != '-' || !digits(text, 8, 10)))) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }
    int year = Integer.parseInt(text, 0, 4, 10);
    if (year == 0) {
      throw new IllegalArgumentException("'" + text + "' has year 0000, which is not a calendar year");
    }
    if (n == 4) {
      return new PartialDate(year, 0, 0, Precision.YEAR);
    }
    int month = Integer.parseInt(text, 5, 7, 10);
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("'" + text + "' has month " + month + ", not 01 to 12");
    }
    if (n == 7) {
      return new PartialDate(year, month, 0, Precision.MONTH);
    }
    int day = Integer.parseInt(text, 8, 10, 10);
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a real calendar day: " + YearMonth.of(year, month)
              + " has " + YearMonth.of(year, month).lengthOfMonth() + " days", e);
    }
    return new PartialDate(year, month, day, Precision.DAY);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a day-precision partial date.
   *
   * @param date the day
   * @return the partial date
   */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY);
  }

  /** {@return the precision} */
  public Precision precision() {
    return precision;
  }

  /** {@return the first day of the range this date denotes} */
  public LocalDate start() {
    return switch (precision) {
      case YEAR -> LocalDate.of(year, 1, 1);
      case MONTH -> LocalDate.of(year, month, 1);
      case DAY -> LocalDate.of(year, month, day);
    };
  }

  /** {@return the last day (inclusive) of the range this date denotes} */
  public LocalDate end() {
    return switch (precision) {
      case YEAR -> LocalDate.of(year, 12, 31);
      case MONTH -> YearMonth.of(year, month).atEndOfMonth();
      case DAY -> LocalDate.of(year, month, day);
    };
  }

  /** {@return the year} */
  public int year() {
    return year;
  }

  /**
   * Returns whether this range ends before {@code other} begins, so that this date is certainly
   * earlier.
   *
   * @param other the other date
   * @return true if every day of this range precedes every day of the other
   */
  public boolean isBefore(PartialDate other) {
    return end().isBefore(other.start());
  }

  /**
   * Returns whether this range begins after {@code other} ends.
   *
   * @param other the other date
   * @return true if every day of this range follows every day of the other
   */
  public boolean isAfter(PartialDate other) {
    return start().isAfter(other.end());
  }

  /**
   * Returns whether the two ranges share at least one day.
   *
   * @param other the other date
   * @return true if they overlap
   */
  public boolean overlaps(PartialDate other) {
    return !isBefore(other) && !isAfter(other);
  }

  /**
   * Returns whether {@code day} lies in this range.
   *
   * @param day a day
   * @return true if the range covers it
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = start().compareTo(o.start());
    return c != 0 ? c : precision.compareTo(o.precision);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate p
        && p.year == year && p.month == month && p.day == day && p.precision == precision;
  }

  @Override
  public int hashCode() {
    return ((year * 13 + month) * 32 + day) * 3 + precision.ordinal();
  }

  /** Returns the canonical text, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  @JsonValue
  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> String.format("%04d", year);
      case MONTH -> String.format("%04d-%02d", year, month);
      case DAY -> String.format("%04d-%02d-%02d", year, month, day);
    };
  }
}
