package org.policyset.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;

/**
 * Runs a query on a dataset in memory: resolves the ids of its filters, keeps the matching records
 * of its type, sorts them, groups them if asked, and cuts the matches (or groups) at the limit.
 */
final class InMemoryQuery {
  private InMemoryQuery() {}

  /** Runs {@code query}, whose state is {@code spec}, on {@code dataset}. */
  static QueryResult run(Query query, QuerySpec spec, Dataset dataset) {
    Lookup lookup = new Lookup(dataset, spec.asOf());
    IdResolution ids = new IdResolution(lookup);
    Set<String> actorSet = ids.actors(spec.actors(), spec.includeGroups());
    Set<String> topicSet = ids.topics(spec.topics(), spec.includeSubtopics());
    Set<String> principleSet = ids.principles(spec.principles());
    ids.ids(RecordType.ACTOR, spec.targets());
    ids.ids(RecordType.EVENT, spec.expressedAt());
    RecordFilter filter = new RecordFilter(spec);
    List<Match> matches = new ArrayList<>();
    for (PolicyRecord r : dataset.records(spec.type())) {
      if (filter.matches(r, actorSet, topicSet, principleSet, lookup.lifecycle())) {
        matches.add(new Match(r, lookup));
      }
    }
    matches.sort(order(spec));
    Field group = spec.groupBy() == null ? null : Field.of(spec.type(), spec.groupBy());
    if (group != null) {
      List<Group> groups = groups(group, matches);
      return new QueryResult(query, matches.size(), matches, group, limited(groups, spec.limit()),
          groups.size());
    }
    // On a version 2 dataset, an as-of query marks each stance certain or possible.
    boolean certainty = spec.asOf() != null && dataset.manifest() != null
        && "2".equals(dataset.manifest().schemaVersion());
    return new QueryResult(query, matches.size(), limited(matches, spec.limit()), null, List.of(), 0,
        certainty);
  }

  private static <T> List<T> limited(List<T> list, int limit) {
    return limit < 0 || list.size() <= limit ? list : list.subList(0, limit);
  }

  private static List<Group> groups(Field field, List<Match> matches) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int none = 0;
    for (Match m : matches) {
      List<String> values = field.values(m);
      if (values.isEmpty()) {
        none++;
      }
      for (String v : new LinkedHashSet<>(values)) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    List<Group> groups = new ArrayList<>();
    counts.forEach((k, v) -> groups.add(new Group(k, v)));
    groups.sort(Comparator.comparingInt(Group::count).reversed().thenComparing(Group::key));
    if (none > 0) {
      groups.add(new Group(null, none));
    }
    return groups;
  }

  /** The sort keys given, else the type's default, then {@code id} so that results are stable. */
  private static Comparator<Match> order(QuerySpec spec) {
    List<SortKey> keys = new ArrayList<>(spec.sort());
    if (keys.isEmpty()) {
      switch (spec.type()) {
        case STANCE, EVENT -> keys.add(SortKey.ascending("date"));
        case SOURCE -> keys.add(SortKey.ascending("published"));
        default -> { }
      }
    }
    keys.add(SortKey.ascending("id"));
    Comparator<Match> c = null;
    for (SortKey k : keys) {
      Comparator<Match> next = Field.of(spec.type(), k.field()).comparator(k.descending());
      c = c == null ? next : c.thenComparing(next);
    }
    return Objects.requireNonNull(c, "the keys end with id");
  }
}
