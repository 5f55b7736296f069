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
import org.policyset.core.model.Dataset;
import org.policyset.core.model.InEffect;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Stance;

/**
 * When each stance of a dataset is in effect, from its date until its {@code until} date or until a
 * stance that supersedes it, as {@link InEffect} defines it (the rule the {@code conflicting-stances}
 * check reads too): this class finds each stance's successors by id and leaves the days to it.
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

  private StanceLifecycle(Map<String, List<String>> supersededBy, Map<String, Integer> successorStart) {
    this.supersededBy = supersededBy;
    this.successorStart = successorStart;
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
    return new StanceLifecycle(Collections.unmodifiableMap(by), Collections.unmodifiableMap(start));
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
    if (stance.date() == null) {
      return false;
    }
    int first = InEffect.firstDay(stance.date());
    int last = lastEpochDay(stance);
    return first <= InEffect.day(period.end()) && last >= InEffect.day(period.start());
  }
}
