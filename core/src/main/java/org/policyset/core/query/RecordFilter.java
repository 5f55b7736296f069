package org.policyset.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Event;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Participant;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Principle;
import org.policyset.core.model.Source;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;

/**
 * The filters of a query applied to one record: the in-memory run passes the actor, topic and
 * principle ids it resolved (groups and sub-topics expanded); the streaming count passes none and
 * decides those filters itself, so that here only the record's own fields are tested.
 */
final class RecordFilter {
  private final QuerySpec spec;
  /** The text filter in lower case; null when unset. */
  private final @Nullable String needle;

  /** The target and expressed-at ids, as sets. */
  private final Set<String> targets;
  private final Set<String> expressedAt;

  RecordFilter(QuerySpec spec) {
    this.spec = spec;
    this.targets = Set.copyOf(spec.targets());
    this.expressedAt = Set.copyOf(spec.expressedAt());
    String text = spec.text();
    this.needle = text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a record of any type passes the filters of its type. A null id set is an unset filter;
   * the lifecycle is needed only with an as-of day.
   */
  boolean matches(PolicyRecord r, @Nullable Set<String> actorSet, @Nullable Set<String> topicSet,
      @Nullable Set<String> principleSet, @Nullable StanceLifecycle lifecycle) {
    if (r instanceof Stance s) {
      return (actorSet == null || anyIn(s.holders(), actorSet))
          && (topicSet == null || topicSet.contains(s.topic()))
          && (principleSet == null || anyIn(s.principles(), principleSet))
          && (spec.positions().isEmpty() || spec.positions().contains(s.position()))
          && inRange(s.date())
          && (spec.attributions().isEmpty() || spec.attributions().contains(s.attribution()))
          && (targets.isEmpty() || anyIn(s.targets(), targets))
          && (expressedAt.isEmpty() || s.expressedAt() != null && expressedAt.contains(s.expressedAt()))
          && (spec.asOf() == null || asOf(s,
              Objects.requireNonNull(lifecycle, "an as-of filter needs the stances' lifecycle")))
          && (needle == null || contains(needle, s.statement()) || quoted(needle, s.citations()));
    } else if (r instanceof Event e) {
      List<String> actors = new ArrayList<>();
      for (Participant p : e.actors()) {
        if (p != null) {
          actors.add(p.actor());
        }
      }
      return (actorSet == null || anyIn(actors, actorSet))
          && (topicSet == null || anyIn(e.topics(), topicSet))
          && (spec.eventTypes().isEmpty() || spec.eventTypes().contains(e.type()))
          && inRange(e.date())
          && (needle == null || contains(needle, e.title()) || contains(needle, e.summary())
              || quoted(needle, e.citations()));
    } else if (r instanceof Source s) {
      return inRange(s.published())
          && (needle == null || contains(needle, s.title()));
    } else if (needle == null) {
      return true;
    } else if (r instanceof Actor a) {
      return contains(needle, a.name()) || a.aliases().stream().anyMatch(x -> contains(needle, x));
    } else if (r instanceof Topic t) {
      return contains(needle, t.name()) || contains(needle, t.description());
    } else {
      Principle p = (Principle) r;
      return contains(needle, p.name()) || contains(needle, p.description())
          || quoted(needle, p.citations());
    }
  }

  /**
   * Whether a stance passes the as-of filter: possibly in effect on some day of it (certainly, with
   * {@code certainOnly}); an undated stance only with {@code includeUndated}.
   */
  private boolean asOf(Stance s, StanceLifecycle lifecycle) {
    PartialDate asOf = Objects.requireNonNull(spec.asOf(), "as-of");
    if (lifecycle.period(s) != null && !lifecycle.dated(s) && !spec.includeUndated()) {
      return false;
    }
    return spec.certainOnly() ? lifecycle.certainlyInEffectDuring(s, asOf)
        : lifecycle.inEffectDuring(s, asOf);
  }

  /**
   * Whether a record passes the filters that need nothing but the record itself: every filter but
   * the actor, topic, principle and as-of ones.
   */
  boolean matchesOwnFields(PolicyRecord r) {
    return matches(r, null, null, null, null);
  }

  /** Whether a date overlaps [first day of from, last day of to]; no date never matches a range. */
  private boolean inRange(@Nullable PartialDate date) {
    if (spec.from() == null && spec.to() == null) {
      return true;
    }
    if (date == null) {
      return false;
    }
    return (spec.from() == null || !date.end().isBefore(spec.from().start()))
        && (spec.to() == null || !date.start().isAfter(spec.to().end()));
  }

  /** Whether one of the values, skipping nulls, is in the set. */
  static boolean anyIn(List<String> values, Set<String> set) {
    for (String v : values) {
      if (v != null && set.contains(v)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(String needle, @Nullable String haystack) {
    return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
  }

  private static boolean quoted(String needle, List<Citation> citations) {
    for (Citation c : citations) {
      if (c != null && contains(needle, c.quote())) {
        return true;
      }
    }
    return false;
  }
}
