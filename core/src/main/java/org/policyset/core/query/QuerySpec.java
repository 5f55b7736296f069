package org.policyset.core.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.Attribution;
import org.policyset.core.model.EventType;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.RecordType;

/**
 * The whole state of a {@link Query}, as the executors read it; every query method returns a query
 * with a changed copy. The lists and sets are immutable; {@code limit} is -1 for none.
 */
record QuerySpec(
    RecordType type,
    List<String> actors,
    boolean includeGroups,
    List<String> topics,
    boolean includeSubtopics,
    List<String> principles,
    Set<Position> positions,
    Set<EventType> eventTypes,
    @Nullable PartialDate from,
    @Nullable PartialDate to,
    @Nullable PartialDate asOf,
    @Nullable String text,
    List<SortKey> sort,
    int limit,
    @Nullable String groupBy,
    Set<Attribution> attributions,
    List<String> targets,
    List<String> expressedAt,
    boolean certainOnly,
    boolean includeUndated) {

  /** The types the date filters apply to. */
  static final Set<RecordType> DATED = EnumSet.of(RecordType.STANCE, RecordType.EVENT, RecordType.SOURCE);
  /** The types the actor and topic filters apply to. */
  static final Set<RecordType> ACTOR_OR_TOPIC = EnumSet.of(RecordType.STANCE, RecordType.EVENT);
  /** The type the principle, position and as-of filters apply to. */
  static final Set<RecordType> STANCES = EnumSet.of(RecordType.STANCE);
  /** The type the event-type filter applies to. */
  static final Set<RecordType> EVENTS = EnumSet.of(RecordType.EVENT);

  /** Returns the spec of a query that matches every record of a type. */
  static QuerySpec of(RecordType type) {
    return new QuerySpec(type, List.of(), false, List.of(), false, List.of(), Set.of(), Set.of(),
        null, null, null, null, List.of(), -1, null, Set.of(), List.of(), List.of(), false, false);
  }

  /** The day of the as-of filter; null when it is unset or a month or a year. */
  java.time.@Nullable LocalDate asOfDay() {
    return asOf == null || asOf.precision() != PartialDate.Precision.DAY ? null : asOf.start();
  }

  /** Whether the result holds only the total: no group and no match is kept. */
  boolean countsOnly() {
    return groupBy == null && limit == 0;
  }

  /** Throws unless a filter applies to this spec's record type, one of {@code types}. */
  void requireApplies(String filter, Set<RecordType> types) {
    if (!types.contains(type)) {
      List<String> names = new ArrayList<>();
      for (RecordType t : types) {
        names.add(t.section());
      }
      throw new QueryException("the " + filter + " filter does not apply to " + type.section(),
          "it applies to " + String.join(" and ", names));
    }
  }

  /** Throws if the range from {@code from} to {@code to} holds no day. */
  static void checkRange(@Nullable PartialDate from, @Nullable PartialDate to) {
    if (from != null && to != null && from.start().isAfter(to.end())) {
      throw new QueryException("the date range from " + from + " to " + to + " is empty",
          "'from' must not be after 'to'");
    }
  }

  /** The ids given before and these, each once, in order; throws for a blank id. */
  static List<String> union(List<String> before, Collection<String> ids, String what) {
    Set<String> all = new LinkedHashSet<>(before);
    for (String id : ids) {
      if (id == null || id.isBlank()) {
        throw new QueryException("an empty " + what + " id", "give an id such as 'cn'");
      }
      all.add(id);
    }
    return List.copyOf(all);
  }

  /** Returns a copy changed by {@code change}. */
  QuerySpec with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return d.build();
  }

  /** A mutable copy of a {@link QuerySpec}, for building the next one. */
  static final class Draft {
    RecordType type;
    List<String> actors;
    boolean includeGroups;
    List<String> topics;
    boolean includeSubtopics;
    List<String> principles;
    Set<Position> positions;
    Set<EventType> eventTypes;
    @Nullable PartialDate from;
    @Nullable PartialDate to;
    @Nullable PartialDate asOf;
    @Nullable String text;
    List<SortKey> sort;
    int limit;
    @Nullable String groupBy;
    Set<Attribution> attributions;
    List<String> targets;
    List<String> expressedAt;
    boolean certainOnly;
    boolean includeUndated;

    Draft(QuerySpec s) {
      type = s.type;
      actors = s.actors;
      includeGroups = s.includeGroups;
      topics = s.topics;
      includeSubtopics = s.includeSubtopics;
      principles = s.principles;
      positions = s.positions;
      eventTypes = s.eventTypes;
      from = s.from;
      to = s.to;
      asOf = s.asOf;
      text = s.text;
      sort = s.sort;
      limit = s.limit;
      groupBy = s.groupBy;
      attributions = s.attributions;
      targets = s.targets;
      expressedAt = s.expressedAt;
      certainOnly = s.certainOnly;
      includeUndated = s.includeUndated;
    }

    QuerySpec build() {
      return new QuerySpec(type, actors, includeGroups, topics, includeSubtopics, principles, positions,
          eventTypes, from, to, asOf, text, sort, limit, groupBy, attributions, targets, expressedAt,
          certainOnly, includeUndated);
    }
  }

  /** Describes the query for people: {@code stances where actor in [cn] and … limit 5}. */
  String describe() {
    StringBuilder b = new StringBuilder(type.section());
    List<String> parts = new ArrayList<>();
    if (!actors.isEmpty()) {
      parts.add("actor in " + actors + (includeGroups ? " (and their groups)" : ""));
    }
    if (!topics.isEmpty()) {
      parts.add("topic in " + topics + (includeSubtopics ? " (and sub-topics)" : ""));
    }
    if (!principles.isEmpty()) {
      parts.add("principle in " + principles);
    }
    if (!positions.isEmpty()) {
      parts.add("position in " + positions);
    }
    if (!eventTypes.isEmpty()) {
      parts.add("type in " + eventTypes);
    }
    if (from != null || to != null) {
      parts.add("date overlaps [" + (from == null ? "" : from) + ", " + (to == null ? "" : to) + "]");
    }
    if (!attributions.isEmpty()) {
      parts.add("attribution in " + attributions);
    }
    if (!targets.isEmpty()) {
      parts.add("target in " + targets);
    }
    if (!expressedAt.isEmpty()) {
      parts.add("expressed at " + expressedAt);
    }
    if (asOf != null) {
      parts.add((certainOnly ? "certainly " : "")
          + (asOf.precision() == PartialDate.Precision.DAY ? "in effect on " : "in effect during ")
          + asOf + (includeUndated ? " (undated included)" : ""));
    }
    if (text != null) {
      parts.add("text contains '" + text + "'");
    }
    if (!parts.isEmpty()) {
      b.append(" where ").append(String.join(" and ", parts));
    }
    if (groupBy != null) {
      b.append(" grouped by ").append(groupBy);
    }
    if (!sort.isEmpty()) {
      b.append(" sorted by ").append(sort);
    }
    if (limit >= 0) {
      b.append(" limit ").append(limit);
    }
    return b.toString();
  }
}
