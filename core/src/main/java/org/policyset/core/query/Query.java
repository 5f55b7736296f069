package org.policyset.core.query;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.model.Attribution;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.EventType;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.RecordType;
import org.policyset.core.read.DatasetReader;

/**
 * An immutable, typed query over the records of one type of a {@link Dataset}: filters, a sort
 * order, a limit and an optional grouping.
 *
 * <pre>{@code
 * // Which stances of China, or of a grouping China belongs to, invoke non-interference since 2023?
 * QueryResult r = Query.of(RecordType.STANCE)
 *     .actor("cn").includeGroups(true)
 *     .principle("non-interference")
 *     .from(PartialDate.parse("2023"))
 *     .run(DatasetReader.create().load(List.of(Path.of("dataset/data"))).dataset());
 * r.matches().forEach(m -> System.out.println(m.id() + " " + m.values("holderNames")));
 * }</pre>
 *
 * <p>Every method that changes the query returns a new query. Filters combine with AND; the
 * values given to one filter combine with OR ({@code actor("cn", "eg")} matches stances held by
 * either). A filter that does not apply to the record type (a position filter on events, say)
 * throws {@link QueryException} when it is set.
 *
 * <h2>Filters</h2>
 * <table>
 *   <caption>filters and the record types they apply to</caption>
 *   <tr><th>filter</th><th>applies to</th><th>a record matches when</th></tr>
 *   <tr><td>{@link #actor}</td><td>stances, events</td><td>a holder (stance) or a participating
 *       actor (event) is one of the actors; with {@link #includeGroups}, or one of the groupings and
 *       organizations those actors belong to through {@code memberOf}, transitively</td></tr>
 *   <tr><td>{@link #topic}</td><td>stances, events</td><td>its topic (stance) or one of its topics
 *       (event) is one of the topics; with {@link #includeSubtopics}, or a topic below one of them
 *       through {@code parent}, at any depth</td></tr>
 *   <tr><td>{@link #principle}</td><td>stances</td><td>it invokes one of the principles</td></tr>
 *   <tr><td>{@link #position}</td><td>stances</td><td>its position is one of the positions</td></tr>
 *   <tr><td>{@link #eventType}</td><td>events</td><td>its type is one of the types</td></tr>
 *   <tr><td>{@link #from}, {@link #to}</td><td>stances, events, sources</td><td>its date
 *       (a source's {@code published}) overlaps the range [from, to]; see below</td></tr>
 *   <tr><td>{@link #asOf}, {@link #asOfPeriod}</td><td>stances</td><td>it is in effect on the
 *       day, or on some day of the period, as {@link StanceLifecycle} defines it; a schema version
 *       2 stance when it is <em>possibly</em> in effect ({@link
 *       org.policyset.core.model.InEffectPeriod}), or certainly with {@link #certainOnly}; a
 *       version 2 stance with no date anywhere only with {@link #includeUndated}</td></tr>
 *   <tr><td>{@link #attribution}</td><td>stances</td><td>its attribution is one of these (schema
 *       version 2)</td></tr>
 *   <tr><td>{@link #target}</td><td>stances</td><td>one of its targets is one of the actors
 *       (schema version 2)</td></tr>
 *   <tr><td>{@link #expressedAt}</td><td>stances</td><td>it was expressed at one of the events
 *       (schema version 2)</td></tr>
 *   <tr><td>{@link #text}</td><td>all</td><td>the text occurs, ignoring case, in its own text (see
 *       {@link #text})</td></tr>
 * </table>
 *
 * <h2>Partial dates</h2>
 * A partial date denotes the days it covers: {@code 2025} is 2025-01-01 to 2025-12-31,
 * {@code 2024-02} is 2024-02-01 to 2024-02-29. The range filter runs from the first day of
 * {@code from} to the last day of {@code to} (either may be left open), and a record matches when
 * its date's days <em>overlap</em> that range — when they share at least one day. So
 * {@code from(2025-03-04).to(2025-03-04)} matches records dated {@code 2025}, {@code 2025-03} and
 * {@code 2025-03-04}, but not {@code 2025-02}; {@code to(2024-02)} matches {@code 2024-02-29}; a
 * record without a date (a source with no {@code published}) never matches a range.
 *
 * <h2>Order, limit, grouping</h2>
 * Without {@link #sortBy}, stances and events sort by {@code date}, sources by {@code published},
 * the other types by {@code id}; every order ends with {@code id} so that results are stable. The
 * {@link #limit} cuts the matches of an ungrouped query and the groups of a grouped one;
 * {@link QueryResult#total()} is always the number of matching records.
 *
 * <h2>References</h2>
 * Actor, topic and principle ids given to filters must name records of the dataset: an unknown id
 * makes {@link #run} throw {@link QueryException} with a "did you mean" hint, rather than match
 * nothing.
 *
 * <h2>Files</h2>
 * {@link #run(DatasetReader, List)} reads dataset files and runs the query on them in the cheapest
 * way: a query that keeps no match ({@code limit(0)}, ungrouped) is counted while the files are
 * read, without holding their records; any other runs on the dataset read into memory.
 *
 * @since 0.1.0
 */
// Longer than 600 lines: the public query API, one documented fluent method and accessor per filter.
public final class Query {

  private final QuerySpec spec;

  private Query(QuerySpec spec) {
    this.spec = spec;
  }

  private Query with(Consumer<QuerySpec.Draft> change) {
    return new Query(spec.with(change));
  }

  /**
   * Returns a query that matches every record of a type.
   *
   * @param type the record type
   * @return the query
   */
  public static Query of(RecordType type) {
    Objects.requireNonNull(type, "type");
    return new Query(QuerySpec.of(type));
  }

  /** {@return a query that matches every stance} */
  public static Query stances() {
    return of(RecordType.STANCE);
  }

  /** {@return a query that matches every event} */
  public static Query events() {
    return of(RecordType.EVENT);
  }

  /** {@return the record type this query matches} */
  public RecordType type() {
    return spec.type();
  }

  // ---------------------------------------------------------------------------------------------
  // Filters.

  /**
   * Returns a query that also requires one of these actors (added to any given before) as a holder
   * of a stance or a participant of an event.
   *
   * @param ids actor ids
   * @return the new query
   * @throws QueryException if the record type has no actors
   */
  public Query actor(String... ids) {
    return actors(Arrays.asList(ids));
  }

  /**
   * Returns a query that also requires one of these actors; see {@link #actor(String...)}.
   *
   * @param ids actor ids
   * @return the new query
   * @throws QueryException if the record type has no actors
   */
  public Query actors(Collection<String> ids) {
    spec.requireApplies("actor", QuerySpec.ACTOR_OR_TOPIC);
    List<String> all = QuerySpec.union(spec.actors(), ids, "actor");
    return with(d -> d.actors = all);
  }

  /**
   * Returns a query whose actor filter also matches the groupings and organizations the actors
   * belong to through {@code memberOf}, transitively: with it, {@code actor("cn")} also matches a
   * stance held by a grouping that China is a member of.
   *
   * @param include whether to include them
   * @return the new query
   */
  public Query includeGroups(boolean include) {
    return with(d -> d.includeGroups = include);
  }

  /**
   * Returns a query that also requires one of these topics (added to any given before): the topic of
   * a stance, or one of the topics of an event.
   *
   * @param ids topic ids
   * @return the new query
   * @throws QueryException if the record type has no topics
   */
  public Query topic(String... ids) {
    return topics(Arrays.asList(ids));
  }

  /**
   * Returns a query that also requires one of these topics; see {@link #topic(String...)}.
   *
   * @param ids topic ids
   * @return the new query
   * @throws QueryException if the record type has no topics
   */
  public Query topics(Collection<String> ids) {
    spec.requireApplies("topic", QuerySpec.ACTOR_OR_TOPIC);
    List<String> all = QuerySpec.union(spec.topics(), ids, "topic");
    return with(d -> d.topics = all);
  }

  /**
   * Returns a query whose topic filter also matches the topics below the given ones through
   * {@code parent}, at any depth.
   *
   * @param include whether to include them
   * @return the new query
   */
  public Query includeSubtopics(boolean include) {
    return with(d -> d.includeSubtopics = include);
  }

  /**
   * Returns a query that also requires stances to invoke one of these principles (added to any
   * given before).
   *
   * @param ids principle ids
   * @return the new query
   * @throws QueryException if the record type is not stance
   */
  public Query principle(String... ids) {
    return principles(Arrays.asList(ids));
  }

  /**
   * Returns a query that also requires stances to invoke one of these principles; see
   * {@link #principle(String...)}.
   *
   * @param ids principle ids
   * @return the new query
   * @throws QueryException if the record type is not stance
   */
  public Query principles(Collection<String> ids) {
    spec.requireApplies("principle", QuerySpec.STANCES);
    List<String> all = QuerySpec.union(spec.principles(), ids, "principle");
    return with(d -> d.principles = all);
  }

  /**
   * Returns a query that also requires stances to take one of these positions (added to any given
   * before).
   *
   * @param positions the positions
   * @return the new query
   * @throws QueryException if the record type is not stance
   */
  public Query position(Position... positions) {
    spec.requireApplies("position", QuerySpec.STANCES);
    Set<Position> all = EnumSet.noneOf(Position.class);
    all.addAll(spec.positions());
    for (Position p : positions) {
      all.add(Objects.requireNonNull(p, "position"));
    }
    Set<Position> copy = Collections.unmodifiableSet(all);
    return with(d -> d.positions = copy);
  }

  /**
   * Returns a query that also requires stances to have one of these attributions (added to any
   * given before; schema version 2: a version 1 stance has none and never matches).
   *
   * @param attributions the attributions
   * @return the new query
   * @throws QueryException if the record type is not stance
   * @since 0.7.0
   */
  public Query attribution(Attribution... attributions) {
    spec.requireApplies("attribution", QuerySpec.STANCES);
    Set<Attribution> all = EnumSet.noneOf(Attribution.class);
    all.addAll(spec.attributions());
    for (Attribution a : attributions) {
      all.add(Objects.requireNonNull(a, "attribution"));
    }
    Set<Attribution> copy = Collections.unmodifiableSet(all);
    return with(d -> d.attributions = copy);
  }

  /**
   * Returns a query that also requires stances to target one of these actors (added to any given
   * before; schema version 2).
   *
   * @param ids actor ids
   * @return the new query
   * @throws QueryException if the record type is not stance, or an id is blank
   * @since 0.7.0
   */
  public Query target(String... ids) {
    spec.requireApplies("target", QuerySpec.STANCES);
    List<String> all = QuerySpec.union(spec.targets(), Arrays.asList(ids), "actor");
    return with(d -> d.targets = all);
  }

  /**
   * Returns a query that also requires stances to have been expressed at one of these events
   * (added to any given before; schema version 2).
   *
   * @param ids event ids
   * @return the new query
   * @throws QueryException if the record type is not stance, or an id is blank
   * @since 0.7.0
   */
  public Query expressedAt(String... ids) {
    spec.requireApplies("expressed-at", QuerySpec.STANCES);
    List<String> all = QuerySpec.union(spec.expressedAt(), Arrays.asList(ids), "event");
    return with(d -> d.expressedAt = all);
  }

  /**
   * Returns a query whose as-of filter keeps only the stances <em>certainly</em> in effect on the
   * day (or on some day of the period), not those possibly in effect.
   *
   * @param certain whether to keep only certain ones
   * @return the new query
   * @throws QueryException if the record type is not stance
   * @since 0.7.0
   */
  public Query certainOnly(boolean certain) {
    spec.requireApplies("certain", QuerySpec.STANCES);
    return with(d -> d.certainOnly = certain);
  }

  /**
   * Returns a query whose as-of filter also keeps schema version 2 stances with no date anywhere
   * (no attested date, no dated expressedAt event, no date in inEffect), which it leaves out by
   * default.
   *
   * @param include whether to keep undated stances
   * @return the new query
   * @throws QueryException if the record type is not stance
   * @since 0.7.0
   */
  public Query includeUndated(boolean include) {
    spec.requireApplies("include-undated", QuerySpec.STANCES);
    return with(d -> d.includeUndated = include);
  }

  /**
   * Returns a query that also requires events to be of one of these types (added to any given
   * before).
   *
   * @param types the event types
   * @return the new query
   * @throws QueryException if the record type is not event
   */
  public Query eventType(EventType... types) {
    spec.requireApplies("event type", QuerySpec.EVENTS);
    Set<EventType> all = EnumSet.noneOf(EventType.class);
    all.addAll(spec.eventTypes());
    for (EventType t : types) {
      all.add(Objects.requireNonNull(t, "event type"));
    }
    Set<EventType> copy = Collections.unmodifiableSet(all);
    return with(d -> d.eventTypes = copy);
  }

  /**
   * Returns a query that requires the record's date to overlap the range beginning on the first day
   * of {@code date}.
   *
   * @param date the start of the range, or null to leave it open
   * @return the new query
   * @throws QueryException if the record type has no dates, or the range would end before it begins
   */
  public Query from(@Nullable PartialDate date) {
    spec.requireApplies("date", QuerySpec.DATED);
    QuerySpec.checkRange(date, spec.to());
    return with(d -> d.from = date);
  }

  /**
   * Returns a query that requires the record's date to overlap the range ending on the last day of
   * {@code date}.
   *
   * @param date the end of the range, or null to leave it open
   * @return the new query
   * @throws QueryException if the record type has no dates, or the range would end before it begins
   */
  public Query to(@Nullable PartialDate date) {
    spec.requireApplies("date", QuerySpec.DATED);
    QuerySpec.checkRange(spec.from(), date);
    return with(d -> d.to = date);
  }

  /**
   * {@return a query that requires stances to be in effect on a day ({@link #asOfPeriod})}
   *
   * @param day the day, or null to drop the filter
   */
  public Query asOf(@Nullable LocalDate day) {
    return asOfPeriod(day == null ? null : PartialDate.of(day));
  }

  /**
   * {@return a query that requires stances to be in effect on some day of a day, month or year
   * ({@code 2024}: any day of 2024), as {@link StanceLifecycle} defines it}
   *
   * @param period the period, or null to drop the filter
   * @throws QueryException if the record type is not stance
   */
  public Query asOfPeriod(@Nullable PartialDate period) {
    spec.requireApplies("as-of", QuerySpec.STANCES);
    return with(d -> d.asOf = period);
  }

  /**
   * Returns a query that requires a text to occur in the record, ignoring case. The text searched
   * is: for actors the name and aliases; for topics the name and description; for principles the
   * name, description and quotes; for events the title, summary and quotes; for stances the
   * statement and quotes; for sources the title.
   *
   * @param text the text, or null to drop the filter
   * @return the new query
   * @throws QueryException if the text is blank
   */
  public Query text(@Nullable String text) {
    if (text != null && text.isBlank()) {
      throw new QueryException("the text to search for is blank", "give a word or phrase");
    }
    return with(d -> d.text = text);
  }

  // ---------------------------------------------------------------------------------------------
  // Order, limit, grouping.

  /**
   * Returns a query sorted by these keys, replacing any sort order given before.
   *
   * @param keys the keys, most significant first
   * @return the new query
   * @throws QueryException if a key names no field of the record type
   */
  public Query sortBy(SortKey... keys) {
    List<SortKey> list = List.of(keys);
    for (SortKey k : list) {
      Field.of(spec.type(), k.field());
    }
    return with(d -> d.sort = list);
  }

  /**
   * Returns a query sorted by keys in the forms {@link SortKey#parse} reads ({@code date},
   * {@code -date}, {@code date:desc}), replacing any sort order given before.
   *
   * @param keys such as {@code "-date"} and {@code "id"}
   * @return the new query
   * @throws QueryException if a key names no field of the record type
   */
  public Query sortBy(String... keys) {
    List<SortKey> list = new ArrayList<>();
    for (String k : keys) {
      list.add(SortKey.parse(k));
    }
    return sortBy(list.toArray(new SortKey[0]));
  }

  /**
   * Returns a query that keeps at most {@code n} matches (or groups, when grouped).
   *
   * @param n the limit, zero or more
   * @return the new query
   * @throws QueryException if {@code n} is negative
   */
  public Query limit(int n) {
    if (n < 0) {
      throw new QueryException("the limit " + n + " is negative", "give zero or more");
    }
    return with(d -> d.limit = n);
  }

  /** {@return a query without a limit} */
  public Query unlimited() {
    return with(d -> d.limit = -1);
  }

  /**
   * Returns a query that counts the matches by the values of a field instead of listing them.
   *
   * @param field a field of the record type, or null to drop the grouping
   * @return the new query
   * @throws QueryException if the record type has no such field
   */
  public Query groupBy(@Nullable String field) {
    if (field != null) {
      Field.of(spec.type(), field);
    }
    return with(d -> d.groupBy = field);
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors.

  /** {@return the actor ids of the actor filter, empty if there is none} */
  public List<String> actors() {
    return spec.actors();
  }

  /** {@return whether the actor filter includes the groupings the actors belong to} */
  public boolean includesGroups() {
    return spec.includeGroups();
  }

  /** {@return the topic ids of the topic filter, empty if there is none} */
  public List<String> topics() {
    return spec.topics();
  }

  /** {@return whether the topic filter includes sub-topics} */
  public boolean includesSubtopics() {
    return spec.includeSubtopics();
  }

  /** {@return the principle ids of the principle filter, empty if there is none} */
  public List<String> principles() {
    return spec.principles();
  }

  /** {@return the positions of the position filter, empty if there is none} */
  public Set<Position> positions() {
    return spec.positions();
  }

  /** {@return the event types of the event-type filter, empty if there is none} */
  public Set<EventType> eventTypes() {
    return spec.eventTypes();
  }

  /** {@return the start of the date range; null when it is open} */
  public @Nullable PartialDate from() {
    return spec.from();
  }

  /** {@return the end of the date range; null when it is open} */
  public @Nullable PartialDate to() {
    return spec.to();
  }

  /** {@return the day of the as-of filter; null when it is unset, or a month or a year} */
  public @Nullable LocalDate asOf() {
    return spec.asOfDay();
  }

  /** {@return the attributions of the attribution filter, empty if there is none} @since 0.7.0 */
  public Set<Attribution> attributions() {
    return spec.attributions();
  }

  /** {@return the actor ids of the target filter, empty if there is none} @since 0.7.0 */
  public List<String> targets() {
    return spec.targets();
  }

  /** {@return the event ids of the expressed-at filter, empty if there is none} @since 0.7.0 */
  public List<String> expressedAtEvents() {
    return spec.expressedAt();
  }

  /** {@return whether the as-of filter keeps only stances certainly in effect} @since 0.7.0 */
  public boolean certain() {
    return spec.certainOnly();
  }

  /** {@return whether the as-of filter keeps undated version 2 stances} @since 0.7.0 */
  public boolean includesUndated() {
    return spec.includeUndated();
  }

  /** {@return the text of the text filter; null when the filter is unset} */
  public @Nullable String text() {
    return spec.text();
  }

  /** {@return the sort keys given, empty for the default order} */
  public List<SortKey> sortKeys() {
    return spec.sort();
  }

  /** {@return the limit, or -1 if there is none} */
  public int limit() {
    return spec.limit();
  }

  /** {@return the grouping field's name; null when the query does not group} */
  public @Nullable String groupByField() {
    return spec.groupBy();
  }

  // ---------------------------------------------------------------------------------------------
  // Running.

  /**
   * Runs the query on a dataset.
   *
   * @param dataset the dataset
   * @return the result
   * @throws QueryException if an actor, topic or principle id of a filter names no record of the
   *     dataset; the hint suggests the nearest id
   */
  public QueryResult run(Dataset dataset) {
    return InMemoryQuery.run(this, spec, dataset);
  }

  /**
   * Returns how many records of the dataset match, ignoring the limit.
   *
   * @param dataset the dataset
   * @return the number of matches
   * @throws QueryException as {@link #run} does
   */
  public int count(Dataset dataset) {
    return run(dataset).total();
  }

  /**
   * What {@link #run(DatasetReader, List)} found: the result, or the errors of the inputs that stop a
   * query (then the result is null).
   *
   * @param result the result, or null when the inputs have errors
   * @param errors the input, syntax and shape errors of the inputs, in reading order; empty when
   *     there is a result
   * @since 0.1.0
   */
  public record Outcome(@Nullable QueryResult result, List<Finding> errors) {
    /**
     * Copies the errors.
     *
     * @param result the result, or null when the inputs have errors
     * @param errors the input, syntax and shape errors of the inputs, in reading order; empty when
     *     there is a result
     */
    public Outcome {
      errors = List.copyOf(errors);
    }
  }

  /**
   * Reads dataset files and runs the query on them, in the cheapest way that gives the result
   * {@link #run(Dataset)} gives on the loaded dataset. A query whose result holds only the total —
   * one with {@link #limit limit(0)} and no {@link #groupBy} — is counted while the files are read,
   * without holding the records (see {@link #countWhileReading}); any other is run on the dataset
   * read into memory. Either way the inputs are read whole first: errors in them stop the query
   * before any id of a filter is checked.
   *
   * <pre>{@code
   * // How many stances does China hold? Counted in memory that does not grow with the data.
   * Query.Outcome o = Query.stances().actor("cn").limit(0)
   *     .run(DatasetReader.create(), List.of(Path.of("dataset/data")));
   * o.errors().forEach(System.err::println);
   * System.out.println(o.result() == null ? "the inputs have errors" : o.result().total() + " stances");
   * }</pre>
   *
   * @param reader the reader, with its limits
   * @param inputs dataset files and folders
   * @return the result, or the errors that stop the query
   * @throws QueryException as {@link #run(Dataset)} does, once the inputs have no errors
   */
  public Outcome run(DatasetReader reader, List<Path> inputs) {
    return FileQuery.run(this, spec, reader, inputs);
  }

  /**
   * What {@link #countWhileReading} found: a result that holds only the total, or the errors of the
   * inputs that stop a query (then the result is null).
   *
   * @param result the count-only result, or null when the inputs have errors
   * @param errors the input, syntax and shape errors of the inputs, in reading order
   * @since 0.1.0
   */
  public record Counted(@Nullable QueryResult result, List<Finding> errors) {
    /**
     * Copies the errors.
     *
     * @param result the count-only result, or null when the inputs have errors
     * @param errors the input, syntax and shape errors of the inputs, in reading order
     */
    public Counted {
      errors = List.copyOf(errors);
    }
  }

  /**
   * Counts the matching records of {@code inputs} as {@link #count} does, while reading them, without
   * holding the records. A record is decided as it is read whenever it can be: always without
   * {@link #includeGroups} and {@link #includeSubtopics}, and with them whenever it names one of the
   * ids given. Only the records that name none of them wait for the end, when every actor and topic
   * is known and the groups and sub-topics can be expanded; of those, only the actor and topic ids
   * are kept, as small numbers. The actors, topics and principles the filters name are kept to
   * check the ids given (and suggest others). A query with {@link #asOf} needs every stance's
   * lifecycle, and reads the inputs into memory instead.
   *
   * @param reader the reader
   * @param inputs dataset files and folders
   * @return the count, or the errors that stop the query
   * @throws QueryException as {@link #run} does
   */
  public Counted countWhileReading(DatasetReader reader, List<Path> inputs) {
    return FileQuery.count(this, spec, reader, inputs);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Query q && q.spec.equals(spec);
  }

  @Override
  public int hashCode() {
    return spec.hashCode();
  }

  @Override
  public String toString() {
    return spec.describe();
  }
}
