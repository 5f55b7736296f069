package org.policyset.core.validation.internal.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.model.InEffect;
import org.policyset.core.model.Position;
import org.policyset.core.model.RecordType;

/**
 * PS307 conflicting-stances: one holder has positions that point different ways on one topic in
 * effect at once ({@link InEffect}), and neither stance supersedes the other. Stances without a
 * position, a date or a topic take no part.
 *
 * <p>A schema version 2 stance is in effect as {@code InEffectPeriod}'s possible reading says
 * ({@link StanceDates}); one with no date anywhere takes no part, and a holder the stance scopes
 * {@code some} or {@code unspecified} is not compared through that stance (two parts of a group may
 * hold opposite positions).
 */
final class ConflictingStances {
  /** How many (holder, stance) pairs the check sorts at a time, by default. */
  static final int BUDGET = 1 << 22;

  private static final int NONE = StanceLifecycles.NONE;
  private static final Position[] POSITIONS = Position.values();

  private final IntegrityIndex index;
  private final Consumer<Finding> findings;
  private final int conflictBudget;
  /** The distinct holders of the stance last looked at, see {@link #holderBuckets}. */
  private int[] distinct = new int[8];

  /**
   * Creates the check; it sorts at most {@code conflictBudget} (holder, stance) pairs at a time,
   * which tests make small so that the ranges of holders are taken in many steps.
   */
  ConflictingStances(IntegrityIndex index, Consumer<Finding> findings, int conflictBudget) {
    this.index = index;
    this.findings = findings;
    this.conflictBudget = conflictBudget;
  }

  private static int polarity(int position) {
    return switch (POSITIONS[position]) {
      case SUPPORTS, WELCOMES, AFFIRMS, CALLS_FOR, COMMITS_TO -> 1;
      case OPPOSES, REJECTS, CONDEMNS -> -1;
      case NEUTRAL -> 0;
    };
  }

  /** A pair of conflicting stances found in the group of one holder and one topic. */
  private record Conflict(int holder, int topic, int a, int b) {}

  /**
   * Reports stances of one holder on one topic whose positions point different ways while both are
   * in effect. The stances are grouped by holder and topic with primitive sorts over slots; the
   * conflicts found are then reported in the order of the groups' "holder NUL topic" keys, as
   * before, so that the same pair seen through two holders is reported once, for the same holder.
   */
  void check() {
    int n = index.stances().size();
    if (n < 2) {
      return;
    }
    int actors = index.table(RecordType.ACTOR).size();
    int buckets = actors + index.pendingCount(RecordType.ACTOR);
    int[] counts = new int[buckets + 1];
    InEffectDays days = firstPass(actors, counts);
    List<Conflict> conflicts = new ArrayList<>();
    StanceLifecycles.Cursor a = index.cursor();
    StanceLifecycles.Cursor b = index.cursor();
    // Holders are taken a range at a time, so that the pairs sorted at once stay within a budget.
    for (int from = 0; from < buckets; ) {
      int to = from;
      long total = 0;
      while (to < buckets && (to == from || total + counts[to] <= conflictBudget)) {
        total += counts[to++];
      }
      if (total < 2) {
        from = to;
        continue;
      }
      int[] starts = new int[to - from + 1];
      for (int h = from; h < to; h++) {
        starts[h - from + 1] = starts[h - from] + counts[h];
      }
      int[] fill = Arrays.copyOf(starts, starts.length);
      // Topic in the high half, slot in the low: sorting a holder's pairs groups them by topic.
      long[] pairs = new long[(int) total];
      for (StanceLifecycles.Cursor s = index.cursor(); s.hasNext(); ) {
        s.next();
        if (!eligible(s)) {
          continue;
        }
        holderBuckets(s, actors);
        long topic = (long) index.canonical(RecordType.TOPIC, s.topic) << 32;
        for (int i = 0; i < distinct[0]; i++) {
          int h = distinct[i + 1];
          if (h >= from && h < to) {
            pairs[fill[h - from]++] = topic | s.slot;
          }
        }
      }
      for (int h = from; h < to; h++) {
        int lo = starts[h - from];
        int hi = starts[h - from + 1];
        if (hi - lo < 2) {
          continue;
        }
        Arrays.sort(pairs, lo, hi);
        for (int g = lo; g < hi; ) {
          int topic = (int) (pairs[g] >> 32);
          int end = g + 1;
          while (end < hi && (int) (pairs[end] >> 32) == topic) {
            end++;
          }
          if (end - g >= 2) {
            group(h, topic, pairs, g, end, days, a, b, conflicts);
          }
          g = end;
        }
      }
      from = to;
    }
    if (conflicts.isEmpty()) {
      return;
    }
    // Groups in the order of their keys as strings; within a group, in the order found.
    Map<Long, String> keys = new HashMap<>();
    for (Conflict c : conflicts) {
      keys.computeIfAbsent(((long) c.holder() << 32) | (c.topic() & 0xFFFF_FFFFL),
          k -> holderName(c.holder(), actors) + "\u0000" + index.name(RecordType.TOPIC, c.topic()));
    }
    List<Conflict> ordered = new ArrayList<>(conflicts);
    ordered.sort(Comparator.comparing(
        (Conflict c) -> keys.get(((long) c.holder() << 32) | (c.topic() & 0xFFFF_FFFFL))));
    IdTable stanceIds = index.table(RecordType.STANCE);
    RecordPlaces where = index.places(RecordType.STANCE);
    Set<String> reported = new HashSet<>();
    for (Conflict c : ordered) {
      String aId = stanceIds.name(c.a());
      String bId = stanceIds.name(c.b());
      if (!reported.add(aId + "|" + bId)) {
        continue;
      }
      String g = Objects.requireNonNull(keys.get(((long) c.holder() << 32) | (c.topic() & 0xFFFF_FFFFL)),
          "every conflict's group has a key");
      String holder = g.substring(0, g.indexOf('\u0000'));
      a.seek(c.a());
      b.seek(c.b());
      String topic = index.name(RecordType.TOPIC, index.canonical(RecordType.TOPIC, b.topic));
      findings.accept(Finding.of(Rule.CONFLICTING_STANCES, where.locate(c.b(), "/position"),
              "'" + holder + "' " + POSITIONS[b.position] + " topic '" + topic + "' in stance '"
                  + bId + "' while stance '" + aId + "' (" + POSITIONS[a.position]
                  + ") is still in effect")
          .withPointer(where.pointer(c.b()) + "/position").withRecord("stance:" + bId)
          .withRelated(List.of(where.locate(c.a(), "/position")))
          .withHint("if the position changed, add \"supersedes\": [\"" + aId
              + "\"] or " + (a.v2 ? "an end of 'inEffect'" : "an 'until' date") + " to '" + aId + "'"));
    }
  }

  /**
   * The first pass over the stances: the days each eligible stance is in effect and, into
   * {@code counts} when given, how many eligible stances each holder bucket has.
   */
  private InEffectDays firstPass(int actors, int @Nullable [] counts) {
    InEffectDays days = new InEffectDays(index);
    for (StanceLifecycles.Cursor s = index.cursor(); s.hasNext(); ) {
      s.next();
      if (!eligible(s)) {
        continue;
      }
      days.superseding(s);
      if (counts != null) {
        holderBuckets(s, actors);
        for (int i = 0; i < distinct[0]; i++) {
          counts[distinct[i + 1]]++;
        }
      }
    }
    return days;
  }

  /**
   * The days each stance this check compares is in effect, as it reads them: the same
   * {@link InEffectDays} as {@link #check} builds.
   */
  InEffectDays inEffectDays() {
    return firstPass(0, null);
  }

  /**
   * Whether a stance takes part: it was bound, and has a position, a date and a topic (a schema
   * version 2 stance: a date anywhere, see {@link StanceDates#dated}).
   */
  static boolean eligible(StanceLifecycles.Cursor s) {
    return s.bound && s.position >= 0 && (s.v2 ? s.dates.dated : s.date != NONE)
        && s.topic != NONE;
  }

  /**
   * The distinct holders of a stance as bucket numbers (an actor's slot, or the number of actors
   * plus a pending id's number), into {@link #distinct}: the count in element 0, the buckets after
   * it.
   */
  private void holderBuckets(StanceLifecycles.Cursor s, int actors) {
    if (distinct.length < s.holderCount + 1) {
      distinct = new int[s.holderCount + 1];
    }
    int[] out = distinct;
    int k = 0;
    outer:
    for (int i = 0; i < s.holderCount; i++) {
      int h = s.holders[i];
      if (h == NONE || s.v2 && s.dates.scoped(i)) {
        // Some or unspecified members of a group: two parts of it may hold opposite positions.
        continue;
      }
      h = index.canonical(RecordType.ACTOR, h);
      int bucket = h >= 0 ? h : actors - 1 - h;
      for (int j = 0; j < k; j++) {
        if (out[j + 1] == bucket) {
          continue outer;
        }
      }
      out[++k] = bucket;
    }
    out[0] = k;
  }

  private String holderName(int bucket, int actors) {
    return bucket < actors ? index.table(RecordType.ACTOR).name(bucket)
        : index.pendingName(RecordType.ACTOR, bucket - actors);
  }

  /** Finds the conflicts in the group of stances {@code pairs[from, to)} of one holder and topic. */
  private void group(int holder, int topic, long[] pairs, int from, int to,
      InEffectDays days, StanceLifecycles.Cursor a, StanceLifecycles.Cursor b,
      List<Conflict> out) {
    int m = to - from;
    Integer[] order = new Integer[m];
    int[] slots = new int[m];
    int[] start = new int[m];
    int[] end = new int[m];
    int[] polarity = new int[m];
    for (int i = 0; i < m; i++) {
      int slot = (int) pairs[from + i];
      a.seek(slot);
      slots[i] = slot;
      start[i] = InEffectDays.firstDay(a);
      polarity[i] = polarity(a.position);
      end[i] = days.lastDay(a);
      order[i] = i;
    }
    IdTable stanceIds = index.table(RecordType.STANCE);
    // Sorted by first day, then id.
    Arrays.sort(order, (x, y) -> start[x] != start[y] ? Integer.compare(start[x], start[y])
        : stanceIds.compare(slots[x], slots[y]));
    for (int i = 0; i < m; i++) {
      int x = order[i];
      for (int j = i + 1; j < m; j++) {
        int y = order[j];
        // Sorted by first day: once y begins after x ends, so do the stances after y.
        if (!InEffect.on(start[y], start[x], end[x])) {
          break;
        }
        if (polarity[x] == polarity[y] || related(slots[x], slots[y], a, b)) {
          continue;
        }
        out.add(new Conflict(holder, topic, slots[x], slots[y]));
      }
    }
  }

  /** Whether one of two stances supersedes the other. */
  private boolean related(int x, int y, StanceLifecycles.Cursor a, StanceLifecycles.Cursor b) {
    return supersedes(a.seek(x), y) || supersedes(b.seek(y), x);
  }

  private boolean supersedes(StanceLifecycles.Cursor s, int other) {
    for (int i = 0; i < s.supersedesCount; i++) {
      if (index.canonical(RecordType.STANCE, s.supersedes[i]) == other) {
        return true;
      }
    }
    return false;
  }
}
