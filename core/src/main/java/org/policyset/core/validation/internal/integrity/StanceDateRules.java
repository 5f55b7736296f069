package org.policyset.core.validation.internal.integrity;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.model.EdtfDate;
import org.policyset.core.model.EdtfInterval;
import org.policyset.core.model.HolderScope;
import org.policyset.core.model.MemberScope;
import org.policyset.core.model.Stance;

/**
 * The date rules a schema version 2 stance breaks on its own, reported as it arrives (with its
 * dates as written):
 * <ul>
 *   <li>PS309 unordered-date-bounds: its {@code attested} one-of range {@code [A..B]} has A
 *       beginning after B ends;
 *   <li>PS305 until-before-date: the end of its {@code inEffect} certainly comes before the start
 *       (version 1's {@code until} before {@code date}, which migration turns into this, keeps its
 *       code);
 *   <li>PS310 attested-outside-in-effect: its attested date certainly lies outside its
 *       {@code inEffect} interval.
 * </ul>
 *
 * <p>The rules that need an event's date ({@link DateOrder}) run at the end.
 */
final class StanceDateRules {
  private StanceDateRules() {}

  /**
   * Whether a stance has version 2 dates: an attested date, an in-effect interval or an
   * expressedAt event. A version 1 stance never has (a version 1 document setting one is a shape
   * error), so version 1 data is indexed exactly as before.
   */
  static boolean hasDates(Stance s) {
    return s.attested() != null || s.inEffect() != null || s.expressedAt() != null;
  }

  /** Notes in {@code dates} the holders the stance scopes some or unspecified (PS307 skips them). */
  static void scopes(Stance s, StanceDates dates) {
    List<HolderScope> scopes = s.holderScopes();
    if (scopes.isEmpty()) {
      return;
    }
    List<String> holders = s.holders();
    for (HolderScope h : scopes) {
      if (h == null || h.actor() == null || h.scope() == null || h.scope() == MemberScope.ALL) {
        continue;
      }
      for (int i = 0; i < holders.size(); i++) {
        if (h.actor().equals(holders.get(i)) && !dates.scoped(i)) {
          dates.scope(i);
        }
      }
    }
  }

  /** Reports the rules a version 2 stance breaks on its own. */
  static void onRecord(Stance s, int slot, RecordPlaces where, Consumer<Finding> findings) {
    EdtfDate attested = s.attested();
    EdtfInterval interval = s.inEffect();
    String id = s.id();
    if (attested != null && !attested.ordered()) {
      findings.accept(Finding.of(Rule.UNORDERED_DATE_BOUNDS, where.locate(slot, "/attested"),
              "stance '" + id + "' is attested " + attested + ", a range whose first end "
                  + day(attested.lo()) + " comes after its last end " + day(attested.hi())
                  + ": no day is possible")
          .withPointer(where.pointer(slot) + "/attested").withRecord("stance:" + id)
          .withHint("swap the two ends of the range"));
      return;
    }
    if (interval == null) {
      return;
    }
    if (!interval.ordered()) {
      findings.accept(Finding.of(Rule.UNTIL_BEFORE_DATE, where.locate(slot, "/inEffect"),
              "stance '" + id + "' is in effect " + interval + ": in effect until "
                  + interval.end() + ", before it begins (" + interval.start() + ")")
          .withPointer(where.pointer(slot) + "/inEffect").withRecord("stance:" + id)
          .withHint("the end of 'inEffect' must not precede its start"));
      return;
    }
    if (attested == null) {
      return;
    }
    if (outside(StanceDates.lo(attested), StanceDates.hi(attested), interval)) {
      findings.accept(Finding.of(Rule.ATTESTED_OUTSIDE_IN_EFFECT, where.locate(slot, "/attested"),
              "stance '" + id + "' is attested " + attested + ", outside its in-effect interval "
                  + interval)
          .withPointer(where.pointer(slot) + "/attested").withRecord("stance:" + id)
          .withHint("a stance holds on the day it is attested: correct the date, or widen "
              + "'inEffect' (an open or unknown side, such as " + openedUp(interval)
              + ", sets no limit)"));
    }
  }

  /** Whether the days [lo, hi] certainly lie outside the interval's possible days. */
  static boolean outside(int lo, int hi, EdtfInterval interval) {
    EdtfDate start = interval.start();
    EdtfDate end = interval.end();
    return start != null && hi < StanceDates.lo(start)
        || end != null && lo > StanceDates.hi(end);
  }

  /** Whether the days [lo, hi] certainly lie outside the packed interval of {@code d}. */
  static boolean outside(int lo, int hi, StanceDates d) {
    return d.inEffect && (d.startKind == StanceDates.DATE && hi < d.startLo
        || d.endKind == StanceDates.DATE && lo > d.endHi);
  }

  private static String openedUp(EdtfInterval interval) {
    EdtfDate start = interval.start();
    return (start == null ? (interval.startOpen() ? ".." : "") : start.toString()) + "/..";
  }

  private static String day(@Nullable LocalDate d) {
    return String.valueOf(d);
  }
}
