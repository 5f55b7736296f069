package org.policyset.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.policyset.core.model.RecordType;

/**
 * What a {@link Query} found: the number of matching records, the matches themselves in the query's
 * order (at most its limit), and, for a grouped query, the groups.
 *
 * @since 0.1.0
 */
public final class QueryResult {
  private final Query query;
  private final int total;
  private final List<Match> matches;
  private final @Nullable Field groupBy;
  private final List<Group> groups;
  private final int totalGroups;
  /** Whether the default fields end with {@code inEffectCertainty} (version 2, as-of). */
  private final boolean certainty;

  /** Whether the default fields end with {@code inEffectCertainty}: an as-of query on version 2. */
  boolean marksCertainty() {
    return certainty;
  }

  QueryResult(Query query, int total, List<Match> matches, @Nullable Field groupBy, List<Group> groups,
      int totalGroups) {
    this(query, total, matches, groupBy, groups, totalGroups, false);
  }

  QueryResult(Query query, int total, List<Match> matches, @Nullable Field groupBy, List<Group> groups,
      int totalGroups, boolean certainty) {
    this.certainty = certainty;
    this.query = query;
    this.total = total;
    this.matches = List.copyOf(matches);
    this.groupBy = groupBy;
    this.groups = List.copyOf(groups);
    this.totalGroups = totalGroups;
  }

  /** {@return the query that produced this result} */
  public Query query() {
    return query;
  }

  /** {@return the record type queried} */
  public RecordType type() {
    return query.type();
  }

  /** {@return how many records match, before any limit} */
  public int total() {
    return total;
  }

  /**
   * {@return the matches in the query's sort order: at most the limit of an ungrouped query, every
   * match of a grouped one}
   */
  public List<Match> matches() {
    return matches;
  }

  /** {@return the ids of {@link #matches()}, in order} */
  public List<String> ids() {
    List<String> ids = new ArrayList<>(matches.size());
    for (Match m : matches) {
      ids.add(m.id());
    }
    return List.copyOf(ids);
  }

  /** {@return the grouping field of a grouped query, or empty} */
  public Optional<Field> groupBy() {
    return Optional.ofNullable(groupBy);
  }

  /**
   * {@return the groups of a grouped query, largest first (ties by key, the group without a value
   * last), at most the query's limit; empty for an ungrouped query}
   */
  public List<Group> groups() {
    return groups;
  }

  /** {@return how many groups a grouped query found, before any limit; 0 for an ungrouped query} */
  public int totalGroups() {
    return totalGroups;
  }
}
