package org.policyset.core.validation.internal.integrity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.EdtfDate;
import org.policyset.core.model.EdtfInterval;
import org.policyset.core.model.InEffect;

/**
 * The dates of a schema version 2 stance in the integrity index's primitive form: its
 * {@code attested} date, its {@code inEffect} interval side by side, its {@code expressedAt} event and
 * the holders it scopes {@code some} or {@code unspecified}. {@link StanceLifecycles} packs them
 * after the version 1 fields of a stance that has any; a cursor reads them back into one of these.
 *
 * <p>{@link #resolve} then reads them as {@link org.policyset.core.model.InEffectPeriod#of} does,
 * with the {@code expressedAt} event's date standing in for a missing attested date, without
 * allocating: the four bounds, whether the reading is exact, whether any date stands behind it.
 * Days are epoch days; {@link #NO_LIMIT_BEFORE} and {@link InEffect#OPEN} stand for "no limit".
 */
final class StanceDates {
  /** No lower limit: the earliest day of a side that has none. */
  static final int NO_LIMIT_BEFORE = Integer.MIN_VALUE;

  /** A side of the interval that is unknown (empty). */
  static final int UNKNOWN = 0;
  /** A side of the interval that is open ({@code ..}). */
  static final int OPEN_SIDE = 1;
  /** A side of the interval that is a date. */
  static final int DATE = 2;

  // ---- as written ---------------------------------------------------------------------------------

  /** Whether the stance has an attested date (an unordered one-of range counts as none). */
  boolean attested;
  int attestedLo;
  int attestedHi;
  boolean attestedQualified;
  /** Whether the expressedAt event must not stand in for the attested date (it was unusable). */
  boolean noFallback;
  boolean inEffect;
  int startKind;
  int startLo;
  int startHi;
  boolean startQualified;
  int endKind;
  int endLo;
  int endHi;
  boolean endQualified;
  /** The expressedAt event as a reference of the index, or {@link StanceLifecycles#NONE}. */
  int expressedAt = StanceLifecycles.NONE;
  /** The indexes in {@code holders} of the holders scoped some or unspecified. */
  int scopedCount;
  int[] scoped = new int[2];

  // ---- as read by resolve -------------------------------------------------------------------------

  /** Whether an attested date, or the expressedAt event's, stands behind the reading. */
  boolean hasA;
  /** Whether that date is the expressedAt event's. */
  boolean aFromEvent;
  int aLo;
  int aHi;
  int earliestStart;
  int latestStart;
  int earliestEnd;
  int latestEnd;
  boolean exact;
  boolean dated;

  /** Clears what {@link #set} fills. */
  void clear() {
    attested = false;
    attestedQualified = false;
    noFallback = false;
    inEffect = false;
    startKind = UNKNOWN;
    endKind = UNKNOWN;
    startQualified = false;
    endQualified = false;
    expressedAt = StanceLifecycles.NONE;
    scopedCount = 0;
  }

  /** Fills the written fields from a stance's dates (the expressedAt reference and scopes apart). */
  void set(@Nullable EdtfDate attestedDate, @Nullable EdtfInterval interval) {
    if (attestedDate != null) {
      if (attestedDate.ordered()) {
        attested = true;
        attestedLo = lo(attestedDate);
        attestedHi = hi(attestedDate);
        attestedQualified = attestedDate.qualified();
      } else {
        noFallback = true;
      }
    }
    if (interval != null) {
      inEffect = true;
      EdtfDate s = interval.start();
      if (s != null) {
        startKind = DATE;
        startLo = lo(s);
        startHi = hi(s);
        startQualified = s.qualified();
      } else {
        startKind = interval.startOpen() ? OPEN_SIDE : UNKNOWN;
      }
      EdtfDate e = interval.end();
      if (e != null) {
        endKind = DATE;
        endLo = lo(e);
        endHi = hi(e);
        endQualified = e.qualified();
      } else {
        endKind = interval.endOpen() ? OPEN_SIDE : UNKNOWN;
      }
    }
  }

  /** Notes that the holder at {@code index} is scoped some or unspecified. */
  void scope(int index) {
    if (scoped.length == scopedCount) {
      scoped = java.util.Arrays.copyOf(scoped, scopedCount * 2);
    }
    scoped[scopedCount++] = index;
  }

  /** Whether the holder at {@code index} is scoped some or unspecified. */
  boolean scoped(int index) {
    for (int i = 0; i < scopedCount; i++) {
      if (scoped[i] == index) {
        return true;
      }
    }
    return false;
  }

  static int lo(EdtfDate d) {
    LocalDate lo = d.lo();
    return lo == null ? NO_LIMIT_BEFORE : InEffect.day(lo);
  }

  static int hi(EdtfDate d) {
    LocalDate hi = d.hi();
    return hi == null ? InEffect.OPEN : InEffect.day(hi);
  }

  /**
   * Reads the period as {@code InEffectPeriod.of} does.
   *
   * @param eventDate the packed date of the expressedAt event, or {@link StanceLifecycles#NONE}
   */
  void resolve(int eventDate) {
    hasA = attested;
    aFromEvent = false;
    boolean aQualified = attestedQualified;
    if (attested) {
      aLo = attestedLo;
      aHi = attestedHi;
    } else if (!noFallback && eventDate != StanceLifecycles.NONE) {
      hasA = true;
      aFromEvent = true;
      aLo = StanceLifecycles.start(eventDate);
      aHi = StanceLifecycles.end(eventDate);
      aQualified = false;
    }
    boolean ex = true;
    boolean usesA = false;
    if (!inEffect) {
      if (hasA) {
        earliestStart = aLo;
        latestStart = aHi;
        ex &= !aQualified;
      } else {
        earliestStart = NO_LIMIT_BEFORE;
        latestStart = InEffect.OPEN;
        usesA = true;
      }
      earliestEnd = hasA ? aLo : NO_LIMIT_BEFORE;
      latestEnd = InEffect.OPEN;
      usesA = true;
    } else {
      if (startKind == DATE) {
        earliestStart = startLo;
        latestStart = startHi;
        ex &= !startQualified;
      } else if (startKind == OPEN_SIDE) {
        earliestStart = NO_LIMIT_BEFORE;
        latestStart = NO_LIMIT_BEFORE;
      } else {
        earliestStart = NO_LIMIT_BEFORE;
        latestStart = hasA ? aHi : InEffect.OPEN;
        usesA = true;
      }
      if (endKind == DATE) {
        earliestEnd = endLo;
        latestEnd = endHi;
        ex &= !endQualified;
      } else if (endKind == OPEN_SIDE) {
        earliestEnd = InEffect.OPEN;
        latestEnd = InEffect.OPEN;
      } else {
        earliestEnd = hasA ? aLo : NO_LIMIT_BEFORE;
        latestEnd = InEffect.OPEN;
        usesA = true;
      }
    }
    if (usesA) {
      ex &= hasA && !aQualified;
    }
    exact = ex;
    dated = hasA || (inEffect && (startKind == DATE || endKind == DATE));
  }

  /**
   * The days from which supersession compares a stance (PS306): its {@code inEffect} start if it is
   * a date, else its attested date; false if it has neither.
   */
  boolean hasStart() {
    return inEffect && startKind == DATE || hasA;
  }

  /** The first possible day of {@link #hasStart the start}. */
  int startFrom() {
    return inEffect && startKind == DATE ? startLo : aLo;
  }

  /** The last possible day of {@link #hasStart the start}. */
  int startTo() {
    return inEffect && startKind == DATE ? startHi : aHi;
  }

  /** Describes a range of days as a date where it is one, such as {@code 2025-03}. */
  static String describe(int lo, int hi) {
    if (lo == NO_LIMIT_BEFORE && hi == InEffect.OPEN) {
      return "[..]";
    }
    if (lo == NO_LIMIT_BEFORE) {
      return "[.." + LocalDate.ofEpochDay(hi) + "]";
    }
    if (hi == InEffect.OPEN) {
      return "[" + LocalDate.ofEpochDay(lo) + "..]";
    }
    LocalDate a = LocalDate.ofEpochDay(lo);
    LocalDate b = LocalDate.ofEpochDay(hi);
    if (lo == hi) {
      return a.toString();
    }
    if (a.getDayOfMonth() == 1 && b.equals(a.withDayOfMonth(a.lengthOfMonth()))) {
      return a.toString().substring(0, 7);
    }
    if (a.getDayOfYear() == 1 && b.equals(a.withDayOfYear(a.lengthOfYear()))) {
      return a.toString().substring(0, 4);
    }
    return "[" + a + ".." + b + "]";
  }
}
