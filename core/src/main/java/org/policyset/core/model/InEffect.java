package org.policyset.core.model;

import org.jspecify.annotations.Nullable;

/**
 * When a stance is in effect: the one definition that queries ({@code --as-of}), exports
 * ({@code inEffectUntil}) and the {@code conflicting-stances} check share.
 *
 * <p>A stance is in effect from the first day of its {@code date} to the last day of its
 * {@code until}, or to the day before the first day of the earliest stance that supersedes it if
 * that comes sooner; with neither, it stays in effect. Partial dates are ranges, so the period is
 * taken at its widest where the data is vague and cut where the data is explicit:
 * <ul>
 *   <li>the first day is the first day of {@code date} ({@code 2024} begins on 2024-01-01);
 *   <li>the last day is the last day of {@code until} ({@code until: 2024-03} ends on 2024-03-31);
 *   <li>superseded by a stance dated {@code 2024-06-15}, a stance ends on 2024-06-14 (or on its
 *       {@code until} day if that is earlier); superseded by one dated {@code 2024-06}, on
 *       2024-05-31.
 * </ul>
 *
 * <p>Days are epoch days ({@link java.time.LocalDate#toEpochDay()}) as {@code int}s, which every
 * partial date's days fit, so that an index of millions of stances computes the rule on primitive
 * values without allocating; {@link #OPEN} stands for "no last day" and for "no successor".
 *
 * @since 0.1.0
 */
public final class InEffect {

  /** The last day of a stance that stays in effect, and the first day of no successor. */
  public static final int OPEN = Integer.MAX_VALUE;

  private InEffect() {}

  /**
   * Returns the first day a stance is in effect: the first day of its date.
   *
   * @param date the stance's date
   * @return the epoch day
   */
  public static int firstDay(PartialDate date) {
    return Math.toIntExact(date.start().toEpochDay());
  }

  /**
   * Returns the last day an {@code until} date allows: its last day, or {@link #OPEN} for none.
   *
   * @param until the stance's {@code until} date, or null when it has none
   * @return the epoch day, or {@link #OPEN}
   */
  public static int untilDay(@Nullable PartialDate until) {
    return until == null ? OPEN : Math.toIntExact(until.end().toEpochDay());
  }

  /**
   * Returns which of two successors ends a stance: the earlier first day. A stance superseded by
   * several ends before the earliest of them; start from {@link #OPEN} and fold each in.
   *
   * @param earliest the earliest first day so far, or {@link #OPEN}
   * @param successorFirstDay the {@linkplain #firstDay first day} of another superseding stance
   * @return the earlier of the two
   */
  public static int earlierSuccessor(int earliest, int successorFirstDay) {
    return Math.min(earliest, successorFirstDay);
  }

  /**
   * Returns the last day a stance is in effect.
   *
   * @param untilDay the {@linkplain #untilDay last day of its until}, or {@link #OPEN}
   * @param successorFirstDay the first day of the earliest stance that supersedes it, or
   *     {@link #OPEN}
   * @return the last day (inclusive), or {@link #OPEN} when it stays in effect
   */
  public static int lastDay(int untilDay, int successorFirstDay) {
    if (successorFirstDay != OPEN && successorFirstDay - 1 < untilDay) {
      return successorFirstDay - 1;
    }
    return untilDay;
  }

  /**
   * Returns a day as an epoch day, clamped to the {@code int} range: a day beyond it (some
   * {@link java.time.LocalDate} are) compares as after, or before, every partial date's day.
   *
   * @param day the day
   * @return the epoch day
   */
  public static int day(java.time.LocalDate day) {
    long d = day.toEpochDay();
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, d));
  }

  /**
   * Returns whether a stance is in effect on a day.
   *
   * @param day the day
   * @param firstDay the stance's {@linkplain #firstDay first day}
   * @param lastDay the stance's {@linkplain #lastDay last day}, or {@link #OPEN}
   * @return true if {@code firstDay <= day <= lastDay}
   */
  public static boolean on(int day, int firstDay, int lastDay) {
    return day >= firstDay && day <= lastDay;
  }
}
