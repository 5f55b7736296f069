package org.policyset.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.EdtfDate;
import org.policyset.core.model.EdtfInterval;
import org.policyset.core.model.Event;
import org.policyset.core.model.InEffect;
import org.policyset.core.model.InEffectPeriod;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Stance;

/**
 * When each stance of a dataset is in effect, from its date until its {@code until} date or until a
 * stance that supersedes it, as {@link InEffect} defines it (the rule the {@code conflicting-stances}
 * check reads too): this class finds each stance's successors by id and leaves the days to it.
 *
 * <p>A schema version 2 stance (one without a {@code date}) is read through {@link InEffectPeriod}:
 * its {@code attested} date, or its {@code expressedAt} event's date, and its {@code inEffect}
 * interval, cut the day before the earliest possible start of the earliest stance that supersedes
 * it. It is in effect on a day when it <em>possibly</em> is; {@link #certainlyInEffectDuring} says
 * whether it certainly is, and {@link #dated} whether any date stands behind it at all.
 *
 * <p>Instances are immutable and may be shared between threads.
 *
 * @since 0.1.0
 */
public final class StanceLifecycle {

  private static final Comparator<Stance> BY_DATE =
      Comparator.comparing(Stance::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Stance::id, Comparator.nullsLast(Comparator.naturalOrder()));

  private final Map<String, List<String>> supersededBy;
  /** By stance id: the first day of the earliest stance that supersedes it, as an epoch day. */
  private final Map<String, Integer> successorStart;

  /** By stance id: the period of a version 2 stance, cut by its successors. */
  private final Map<String, InEffectPeriod> periods;

  private StanceLifecycle(Map<String, List<String>> supersededBy, Map<String, Integer> successorStart,
      Map<String, InEffectPeriod> periods) {
    this.supersededBy = supersededBy;
    this.successorStart = successorStart;
    this.periods = periods;
  }

  /** Whether a stance is read as schema version 2: it has no version 1 {@code date}. */
  private static boolean v2(Stance s) {
    return s.date() == null;
  }

  /** The period of a version 2 stance before supersession, its expressedAt event's date included. */
  private static InEffectPeriod ownPeriod(Stance s, Map<String, PolicyRecord> events) {
    EdtfDate attested = s.attested();
    if (attested != null && !attested.ordered()) {
      // [A..B] with A after B (PS309) names no day: no date, as the integrity checks read it.
      return InEffectPeriod.of(null, s.inEffect());
    }
    if (attested == null && s.expressedAt() != null
        && events.get(s.expressedAt()) instanceof Event e && e.date() != null) {
      attested = EdtfDate.parse(e.date().toString());
    }
    return InEffectPeriod.of(attested, s.inEffect());
  }

  /**
   * Computes the lifecycle of every stance of {@code dataset}.
   *
   * @param dataset the dataset
   * @return the lifecycle
   */
  public static StanceLifecycle of(Dataset dataset) {
    List<Stance> stances = new ArrayList<>(dataset.stances());
    stances.sort(BY_DATE);
    Map<String, List<String>> by = new HashMap<>();
    Map<String, Integer> start = new HashMap<>();
    for (Stance s : stances) {
      for (String old : s.supersedes()) {
        if (old == null || s.id() == null) {
          continue;
        }
        List<String> list = by.computeIfAbsent(old, k -> new ArrayList<>());
        if (!list.contains(s.id())) {
          list.add(s.id());
        }
        if (s.date() != null) {
          start.merge(old, InEffect.firstDay(s.date()), InEffect::earlierSuccessor);
        }
      }
    }
    by.replaceAll((k, v) -> List.copyOf(v));
    Map<String, InEffectPeriod> periods = new HashMap<>();
    Map<String, PolicyRecord> events = dataset.index(RecordType.EVENT);
    Map<String, Integer> successor = new HashMap<>();
    for (Stance s : stances) {
      if (v2(s) && s.id() != null) {
        InEffectPeriod p = ownPeriod(s, events);
        periods.put(s.id(), p);
        if (p.earliestStart() != Integer.MIN_VALUE) {
          // A successor with no earliest day cuts no period short.
          for (String old : s.supersedes()) {
            if (old != null) {
              successor.merge(old, p.earliestStart(), InEffect::earlierSuccessor);
            }
          }
        }
      }
    }
    periods.replaceAll((id, p) -> p.supersededFrom(successor.getOrDefault(id, InEffect.OPEN)));
    return new StanceLifecycle(Collections.unmodifiableMap(by), Collections.unmodifiableMap(start),
        Collections.unmodifiableMap(periods));
  }

  /**
   * Returns the ids of the stances that supersede a stance, earliest first.
   *
   * @param stanceId the id of the superseded stance
   * @return the ids, empty if none supersedes it
   */
  public List<String> supersededBy(String stanceId) {
    return supersededBy.getOrDefault(stanceId, List.of());
  }

  /**
   * Returns the first day a stance is in effect: the first day of its date.
   *
   * @param stance the stance
   * @return the day
   */
  public LocalDate firstDay(Stance stance) {
    return LocalDate.ofEpochDay(InEffect.firstDay(Objects.requireNonNull(stance.date(), "stance date")));
  }

  /**
   * Returns the last day a stance is in effect, or empty when it has no end.
   *
   * @param stance the stance
   * @return the last day (inclusive), or empty
   */
  public Optional<LocalDate> lastDay(Stance stance) {
    int last = lastEpochDay(stance);
    return last == InEffect.OPEN ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(last));
  }

  private int lastEpochDay(Stance stance) {
    InEffectPeriod p = period(stance);
    if (p != null) {
      return p.latestEnd();
    }
    return InEffect.lastDay(InEffect.untilDay(stance.until()),
        successorStart.getOrDefault(stance.id(), InEffect.OPEN));
  }

  /**
   * Returns whether a stance is in effect on a day: on or after its first day and on or before its
   * last day, if it has one.
   *
   * @param stance the stance
   * @param day the day
   * @return true if it is in effect on that day
   */
  public boolean inEffect(Stance stance, LocalDate day) {
    InEffectPeriod p = period(stance);
    if (p != null) {
      return p.possiblyOn(InEffect.day(day));
    }
    return stance.date() != null
        && InEffect.on(InEffect.day(day), InEffect.firstDay(stance.date()), lastEpochDay(stance));
  }

  /**
   * Returns whether a stance is in effect on at least one day of a period: whether its days (from
   * its first day to its last, if it has one) overlap the days of the partial date.
   *
   * @param stance the stance
   * @param period the period, such as {@code 2024} (2024-01-01 to 2024-12-31)
   * @return true if it is in effect on some day of the period
   * @since 0.6.0
   */
  public boolean inEffectDuring(Stance stance, PartialDate period) {
    InEffectPeriod p = period(stance);
    if (p != null) {
      return p.earliestStart() <= InEffect.day(period.end()) && p.latestEnd() >= InEffect.day(period.start());
    }
    if (stance.date() == null) {
      return false;
    }
    int first = InEffect.firstDay(stance.date());
    int last = lastEpochDay(stance);
    return first <= InEffect.day(period.end()) && last >= InEffect.day(period.start());
  }

  /**
   * Returns the period of a schema version 2 stance: its {@code attested} date (or its
   * {@code expressedAt} event's date) and {@code inEffect} interval as {@link InEffectPeriod} reads
   * them, cut the day before the earliest possible start of the earliest stance that supersedes it.
   *
   * @param stance a stance of the dataset
   * @return the period, or null for a version 1 stance (one with a {@code date})
   * @since 0.7.0
   */
  public @Nullable InEffectPeriod period(Stance stance) {
    return v2(stance) ? periods.get(stance.id()) : null;
  }

  /**
   * Returns whether a stance is certainly in effect on at least one day of a period. A version 1
   * stance is read as {@code policyset migrate} writes it: its {@code date} as the attested date
   * and, with an {@code until}, {@code date/until} as the interval (so {@code 2023} is certain from
   * its last day on).
   *
   * @param stance the stance
   * @param period the period, such as {@code 2024}
   * @return true if some day of the period is certain
   * @since 0.7.0
   */
  public boolean certainlyInEffectDuring(Stance stance, PartialDate period) {
    InEffectPeriod p = period(stance);
    if (p == null) {
      PartialDate date = stance.date();
      if (date == null) {
        return false;
      }
      PartialDate until = stance.until();
      p = InEffectPeriod.of(EdtfDate.parse(date.toString()),
              until == null ? null : EdtfInterval.parse(date + "/" + until))
          .supersededFrom(successorStart.getOrDefault(stance.id(), InEffect.OPEN));
    }
    int from = Math.max(p.latestStart(), InEffect.day(period.start()));
    int to = Math.min(p.earliestEnd(), InEffect.day(period.end()));
    return p.exact() && from <= to;
  }

  /**
   * Returns whether any date stands behind a stance: a version 1 stance's {@code date}; a version 2
   * stance's attested date, its expressedAt event's date or a date in {@code inEffect}.
   *
   * @param stance the stance
   * @return false for an undated stance
   * @since 0.7.0
   */
  public boolean dated(Stance stance) {
    InEffectPeriod p = period(stance);
    return p == null ? stance.date() != null : p.dated();
  }
}
