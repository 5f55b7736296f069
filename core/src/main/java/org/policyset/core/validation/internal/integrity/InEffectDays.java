package org.policyset.core.validation.internal.integrity;

import org.policyset.core.model.InEffect;
import org.policyset.core.model.RecordType;

/**
 * The days each stance is in effect, in the integrity index's primitive form of {@link InEffect}:
 * the first day of the earliest stance that supersedes each stance, kept by slot in a small
 * open-addressing map (only superseded stances take room), and the first and last days computed from
 * a {@link StanceLifecycles.Cursor} with {@link InEffect}'s arithmetic, without allocating.
 */
final class InEffectDays {
  private static final int NONE = StanceLifecycles.NONE;

  private final IntegrityIndex index;
  /** Slot plus one by hash position, 0 for free; the first day of the earliest successor beside. */
  private int[] keys = new int[64];
  private int[] values = new int[64];
  private int size;

  InEffectDays(IntegrityIndex index) {
    this.index = index;
  }

  /** Takes the stance the cursor is on as a successor of every stance it supersedes. */
  void superseding(StanceLifecycles.Cursor s) {
    int first = firstDay(s);
    if (first == StanceDates.NO_LIMIT_BEFORE) {
      return; // a successor with no earliest day cuts no period short
    }
    for (int i = 0; i < s.supersedesCount; i++) {
      int old = index.canonical(RecordType.STANCE, s.supersedes[i]);
      if (old >= 0) {
        earlier(old, first);
      }
    }
  }

  /**
   * The first day the stance the cursor is on is in effect, as an epoch day; it must have a date. A
   * version 2 stance's is its earliest possible start, {@link StanceDates#NO_LIMIT_BEFORE} if none.
   */
  static int firstDay(StanceLifecycles.Cursor s) {
    return s.v2 ? s.dates.earliestStart : StanceLifecycles.start(s.date);
  }

  /** The last day the stance the cursor is on is in effect, or {@link InEffect#OPEN}. */
  int lastDay(StanceLifecycles.Cursor s) {
    int until = s.v2 ? s.dates.latestEnd
        : s.until == NONE ? InEffect.OPEN : StanceLifecycles.end(s.until);
    return InEffect.lastDay(until, successorFirstDay(s.slot));
  }

  /** The first day of the earliest stance that supersedes the stance in {@code slot}, or OPEN. */
  int successorFirstDay(int slot) {
    int mask = keys.length - 1;
    for (int i = position(slot, mask); ; i = (i + 1) & mask) {
      if (keys[i] == 0) {
        return InEffect.OPEN;
      }
      if (keys[i] == slot + 1) {
        return values[i];
      }
    }
  }

  private void earlier(int slot, int firstDay) {
    if (2 * (size + 1) > keys.length) {
      int[] k = keys;
      int[] v = values;
      keys = new int[k.length * 2];
      values = new int[k.length * 2];
      size = 0;
      for (int i = 0; i < k.length; i++) {
        if (k[i] != 0) {
          earlier(k[i] - 1, v[i]);
        }
      }
    }
    int mask = keys.length - 1;
    for (int i = position(slot, mask); ; i = (i + 1) & mask) {
      if (keys[i] == 0) {
        keys[i] = slot + 1;
        values[i] = firstDay;
        size++;
        return;
      }
      if (keys[i] == slot + 1) {
        values[i] = InEffect.earlierSuccessor(values[i], firstDay);
        return;
      }
    }
  }

  private static int position(int slot, int mask) {
    return (slot * 0x9E3779B9) >>> 7 & mask;
  }
}
