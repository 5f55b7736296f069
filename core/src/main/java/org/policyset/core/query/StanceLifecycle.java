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
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Stance;

/**
 * When each stance of a dataset is in effect, from its date until its {@code until} date or until a
 * stance that supersedes it.
 *
 * <p>Partial dates are ranges, so the period is taken at its widest where the data is vague and cut
 * where the data is explicit, the same way the {@code conflicting-stances} check reads it:
 * <ul>
 *   <li>the first day is the first day of {@code date} ({@code 2024} begins on 2024-01-01);
 *   <li>the last day is the last day of {@code until} ({@code until: 2024-03} ends on 2024-03-31);
 *   <li>a stance that another supersedes ends the day before the first day of the earliest
 *       superseding stance's date (superseded by a stance of {@code 2024-06-15}, it ends on
 *       2024-06-14), or on its {@code until} day if that is earlier;
 *   <li>with neither, it stays in effect.
 * </ul>
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
  private final Map<String, LocalDate> successorStart;

  private StanceLifecycle(Map<String, List<String>> supersededBy, Map<String, LocalDate> successorStart) {
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
    Map<String, LocalDate> start = new HashMap<>();
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
          start.merge(old, s.date().start(), (a, b) -> a.isBefore(b) ? a : b);
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
    return Objects.requireNonNull(stance.date(), "stance date").start();
  }

  /**
   * Returns the last day a stance is in effect, or empty when it has no end.
   *
   * @param stance the stance
   * @return the last day (inclusive), or empty
   */
  public Optional<LocalDate> lastDay(Stance stance) {
    PartialDate until = stance.until();
    LocalDate end = until == null ? null : until.end();
    LocalDate next = successorStart.get(stance.id());
    if (next != null) {
      LocalDate dayBefore = next.minusDays(1);
      if (end == null || dayBefore.isBefore(end)) {
        end = dayBefore;
      }
    }
    return Optional.ofNullable(end);
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
    if (stance.date() == null || day.isBefore(firstDay(stance))) {
      return false;
    }
    Optional<LocalDate> last = lastDay(stance);
    return last.isEmpty() || !day.isAfter(last.get());
  }
}
