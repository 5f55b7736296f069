package org.policyset.core.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a version 2 stance may be, and certainly is, in effect: the reading of its {@code attested}
 * date and {@code inEffect} interval that {@code query --as-of} and the conflict check share.
 *
 * <p>With A the attested date (or the {@code expressedAt} event's date), S/E the interval and
 * [lo, hi] a date's {@linkplain EdtfDate possible range}:
 *
 * <table>
 *   <caption>the four bounds</caption>
 *   <tr><th></th><th>earliest possible</th><th>latest possible</th></tr>
 *   <tr><td>start</td><td>lo(S); {@code ..} or empty S: no limit</td>
 *       <td>hi(S); {@code ..}: no limit; empty S: hi(A) (it held by the time it was attested)</td></tr>
 *   <tr><td>end</td><td>lo(E); {@code ..}: no limit; empty E: lo(A)</td>
 *       <td>hi(E); {@code ..} or empty E: no limit</td></tr>
 * </table>
 *
 * <p>Without {@code inEffect} a stance reads as {@code A/}: from the attested date, end unknown. It
 * is <em>possibly</em> in effect on day D when earliest start ≤ D ≤ latest end, and
 * <em>certainly</em> when latest start ≤ D ≤ earliest end and no date it rests on carries {@code ?},
 * {@code ~} or {@code %}. A bound that rests on A when there is none is missing: the stance is then
 * never certainly in effect, and possibly on every day on that side. Days are epoch days as in
 * {@link InEffect}; {@link Integer#MIN_VALUE} and {@link InEffect#OPEN} stand for "no limit".
 *
 * @param earliestStart the first day it may be in effect
 * @param latestStart the day by which it has certainly begun
 * @param earliestEnd the last day it is certainly still in effect
 * @param latestEnd the last day it may be in effect
 * @param exact whether no date it rests on is qualified and no bound is missing
 * @param dated whether any date stands behind it (an undated stance is left out of {@code --as-of})
 * @since 0.7.0
 */
public record InEffectPeriod(int earliestStart, int latestStart, int earliestEnd, int latestEnd,
    boolean exact, boolean dated) {

  private static final int NONE_BEFORE = Integer.MIN_VALUE;

  /**
   * Reads a stance's dates.
   *
   * @param attested the attested date, or the {@code expressedAt} event's date, or null
   * @param inEffect the in-effect interval, or null when the stance gives none
   * @return the period
   */
  public static InEffectPeriod of(@Nullable EdtfDate attested, @Nullable EdtfInterval inEffect) {
    boolean exact = true;
    int es;
    int ls;
    int ee;
    int le;
    EdtfDate start = inEffect == null ? attested : inEffect.start();
    boolean startOpen = inEffect != null && inEffect.startOpen();
    EdtfDate end = inEffect == null ? null : inEffect.end();
    boolean endOpen = inEffect != null && inEffect.endOpen();
    boolean usesA = false;
    if (start != null) {
      es = lo(start);
      ls = hi(start);
      exact &= !start.qualified();
    } else if (startOpen) {
      es = NONE_BEFORE;
      ls = NONE_BEFORE;
    } else {
      es = NONE_BEFORE;
      ls = attested == null ? InEffect.OPEN : hi(attested);
      usesA = true;
    }
    if (end != null) {
      ee = lo(end);
      le = hi(end);
      exact &= !end.qualified();
    } else if (endOpen) {
      ee = InEffect.OPEN;
      le = InEffect.OPEN;
    } else {
      ee = attested == null ? NONE_BEFORE : lo(attested);
      le = InEffect.OPEN;
      usesA = true;
    }
    if (usesA) {
      exact &= attested != null && !attested.qualified();
    }
    boolean dated = attested != null || start != null || end != null;
    return new InEffectPeriod(es, ls, ee, le, exact, dated);
  }

  private static int lo(EdtfDate d) {
    LocalDate lo = d.lo();
    return lo == null ? NONE_BEFORE : InEffect.day(lo);
  }

  private static int hi(EdtfDate d) {
    LocalDate hi = d.hi();
    return hi == null ? InEffect.OPEN : InEffect.day(hi);
  }

  /**
   * Ends the period the day before a successor's earliest possible start, in both readings, as
   * version 1 does for supersession.
   *
   * @param successorEarliestStart the earliest start of the earliest superseding stance, or
   *     {@link InEffect#OPEN} for none
   * @return the period, cut where the successor may begin
   */
  public InEffectPeriod supersededFrom(int successorEarliestStart) {
    if (successorEarliestStart == InEffect.OPEN || successorEarliestStart == NONE_BEFORE) {
      return this;
    }
    int cut = successorEarliestStart - 1;
    return new InEffectPeriod(earliestStart, latestStart, Math.min(earliestEnd, cut),
        Math.min(latestEnd, cut), exact, dated);
  }

  /**
   * Returns whether the stance may be in effect on a day.
   *
   * @param day an epoch day
   * @return true if earliest start ≤ day ≤ latest end
   */
  public boolean possiblyOn(int day) {
    return day >= earliestStart && day <= latestEnd;
  }

  /**
   * Returns whether the stance is certainly in effect on a day.
   *
   * @param day an epoch day
   * @return true if exact and latest start ≤ day ≤ earliest end
   */
  public boolean certainlyOn(int day) {
    return exact && day >= latestStart && day <= earliestEnd;
  }
}
