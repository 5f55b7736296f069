package org.policyset.core.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.policyset.core.internal.text.Suggestions;
import org.policyset.core.model.Actor;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Topic;

/**
 * Turns the actor, topic and principle ids a query's filters give into the sets of ids a record is
 * tested against: each id must name a record (else a {@link QueryException} with a "did you mean"
 * hint), and with {@code includeGroups} or {@code includeSubtopics} the set grows by the groupings
 * the actors belong to, or the topics below the given ones. A null set stands for an unset filter.
 */
final class IdResolution {
  private final Lookup lookup;

  IdResolution(Lookup lookup) {
    this.lookup = lookup;
  }

  /** The actor ids, with the groupings they belong to (transitively) when {@code includeGroups}. */
  @Nullable Set<String> actors(List<String> given, boolean includeGroups) {
    Set<String> ids = known(RecordType.ACTOR, given);
    if (ids == null || !includeGroups) {
      return ids;
    }
    Map<String, PolicyRecord> actors = lookup.index(RecordType.ACTOR);
    Set<String> all = new LinkedHashSet<>(ids);
    Deque<String> todo = new ArrayDeque<>(ids);
    while (!todo.isEmpty()) {
      PolicyRecord r = actors.get(todo.pop());
      if (r instanceof Actor a) {
        for (String group : a.memberOf()) {
          if (group != null && all.add(group)) {
            todo.push(group);
          }
        }
      }
    }
    return all;
  }

  /** The topic ids, with the topics below them (at any depth) when {@code includeSubtopics}. */
  @Nullable Set<String> topics(List<String> given, boolean includeSubtopics) {
    Set<String> ids = known(RecordType.TOPIC, given);
    if (ids == null || !includeSubtopics) {
      return ids;
    }
    Map<String, List<String>> children = new HashMap<>();
    for (PolicyRecord r : lookup.index(RecordType.TOPIC).values()) {
      Topic t = (Topic) r;
      if (t.parent() != null) {
        children.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t.id());
      }
    }
    Set<String> all = new LinkedHashSet<>(ids);
    Deque<String> todo = new ArrayDeque<>(ids);
    while (!todo.isEmpty()) {
      for (String child : children.getOrDefault(todo.pop(), List.of())) {
        if (all.add(child)) {
          todo.push(child);
        }
      }
    }
    return all;
  }

  /** The principle ids. */
  @Nullable Set<String> principles(List<String> given) {
    return known(RecordType.PRINCIPLE, given);
  }

  /** Returns the ids as a set, null when the filter is unset; throws for an id the dataset lacks. */
  /** The ids of a filter on other references (targets: actors; expressedAt: events), checked. */
  @Nullable Set<String> ids(RecordType type, List<String> given) {
    return known(type, given);
  }

  private @Nullable Set<String> known(RecordType type, List<String> ids) {
    if (ids.isEmpty()) {
      return null;
    }
    Map<String, PolicyRecord> index = lookup.index(type);
    for (String id : ids) {
      if (!index.containsKey(id)) {
        throw new QueryException("unknown " + type.singular() + " '" + id + "'", suggest(type, id, index));
      }
    }
    return new HashSet<>(ids);
  }

  /** Suggests an id for a mistyped one, as validation's hints do ({@link Suggestions}). */
  static String suggest(RecordType type, String wrong, Map<String, PolicyRecord> index) {
    Suggestions names = new Suggestions();
    for (PolicyRecord r : index.values()) {
      names.name(r.id(), Lookup.label(r), r instanceof Actor a ? a.aliases() : List.of());
    }
    String hint = names.didYouMean(wrong, index.keySet());
    if (hint != null) {
      return hint;
    }
    return index.isEmpty()
        ? "the dataset has no " + type.section()
        : "no " + type.singular() + " has that id or name";
  }
}
