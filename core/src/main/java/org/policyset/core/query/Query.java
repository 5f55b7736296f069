package org.policyset.core.query;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.policyset.core.internal.text.Hints;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.io.RecordListener;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Event;
import org.policyset.core.model.EventType;
import org.policyset.core.model.Participant;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Position;
import org.policyset.core.model.Principle;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Severity;

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
 *   <tr><td>{@link #asOf}</td><td>stances</td><td>it is in effect on the day, as
 *       {@link StanceLifecycle} defines it</td></tr>
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
 * @since 0.1.0
 */
public final class Query {

  private static final Set<RecordType> DATED = EnumSet.of(RecordType.STANCE, RecordType.EVENT, RecordType.SOURCE);
  private static final Set<RecordType> ACTOR_OR_TOPIC = EnumSet.of(RecordType.STANCE, RecordType.EVENT);
  private static final Set<RecordType> STANCES = EnumSet.of(RecordType.STANCE);
  private static final Set<RecordType> EVENTS = EnumSet.of(RecordType.EVENT);

  /** The whole state of a query; every query method returns a query with a changed copy. */
  private record Spec(
      RecordType type,
      List<String> actors,
      boolean includeGroups,
      List<String> topics,
      boolean includeSubtopics,
      List<String> principles,
      Set<Position> positions,
      Set<EventType> eventTypes,
      PartialDate from,
      PartialDate to,
      LocalDate asOf,
      String text,
      List<SortKey> sort,
      int limit,
      String groupBy) {}

  /** A mutable copy of a {@link Spec}, for building the next one. */
  private static final class Draft {
    RecordType type;
    List<String> actors;
    boolean includeGroups;
    List<String> topics;
    boolean includeSubtopics;
    List<String> principles;
    Set<Position> positions;
    Set<EventType> eventTypes;
    PartialDate from;
    PartialDate to;
    LocalDate asOf;
    String text;
    List<SortKey> sort;
    int limit;
    String groupBy;

    Draft(Spec s) {
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
    }

    Spec build() {
      return new Spec(type, actors, includeGroups, topics, includeSubtopics, principles, positions,
          eventTypes, from, to, asOf, text, sort, limit, groupBy);
    }
  }

  private interface Change {
    void apply(Draft d);
  }

  private final Spec spec;

  private Query(Spec spec) {
    this.spec = spec;
  }

  private Query with(Change change) {
    Draft d = new Draft(spec);
    change.apply(d);
    return new Query(d.build());
  }

  /**
   * Returns a query that matches every record of a type.
   *
   * @param type the record type
   * @return the query
   */
  public static Query of(RecordType type) {
    Objects.requireNonNull(type, "type");
    return new Query(new Spec(type, List.of(), false, List.of(), false, List.of(), Set.of(), Set.of(),
        null, null, null, null, List.of(), -1, null));
  }

  /** Returns a query that matches every stance. */
  public static Query stances() {
    return of(RecordType.STANCE);
  }

  /** Returns a query that matches every event. */
  public static Query events() {
    return of(RecordType.EVENT);
  }

  /** Returns the record type this query matches. */
  public RecordType type() {
    return spec.type;
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
    applies("actor", ACTOR_OR_TOPIC);
    List<String> all = union(spec.actors, ids, "actor");
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
    applies("topic", ACTOR_OR_TOPIC);
    List<String> all = union(spec.topics, ids, "topic");
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
    applies("principle", STANCES);
    List<String> all = union(spec.principles, ids, "principle");
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
    applies("position", STANCES);
    Set<Position> all = EnumSet.noneOf(Position.class);
    all.addAll(spec.positions);
    for (Position p : positions) {
      all.add(Objects.requireNonNull(p, "position"));
    }
    Set<Position> copy = Collections.unmodifiableSet(all);
    return with(d -> d.positions = copy);
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
    applies("event type", EVENTS);
    Set<EventType> all = EnumSet.noneOf(EventType.class);
    all.addAll(spec.eventTypes);
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
  public Query from(PartialDate date) {
    applies("date", DATED);
    checkRange(date, spec.to);
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
  public Query to(PartialDate date) {
    applies("date", DATED);
    checkRange(spec.from, date);
    return with(d -> d.to = date);
  }

  /**
   * Returns a query that requires stances to be in effect on a day, as {@link StanceLifecycle}
   * defines it: from the first day of their date to the last day of their {@code until}, or to the
   * day before the earliest stance that supersedes them.
   *
   * @param day the day, or null to drop the filter
   * @return the new query
   * @throws QueryException if the record type is not stance
   */
  public Query asOf(LocalDate day) {
    applies("as-of", STANCES);
    return with(d -> d.asOf = day);
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
  public Query text(String text) {
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
      Field.of(spec.type, k.field());
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

  /** Returns a query without a limit. */
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
  public Query groupBy(String field) {
    if (field != null) {
      Field.of(spec.type, field);
    }
    return with(d -> d.groupBy = field);
  }

  // ---------------------------------------------------------------------------------------------
  // Accessors.

  /** Returns the actor ids of the actor filter, empty if there is none. */
  public List<String> actors() {
    return spec.actors;
  }

  /** Returns whether the actor filter includes the groupings the actors belong to. */
  public boolean includesGroups() {
    return spec.includeGroups;
  }

  /** Returns the topic ids of the topic filter, empty if there is none. */
  public List<String> topics() {
    return spec.topics;
  }

  /** Returns whether the topic filter includes sub-topics. */
  public boolean includesSubtopics() {
    return spec.includeSubtopics;
  }

  /** Returns the principle ids of the principle filter, empty if there is none. */
  public List<String> principles() {
    return spec.principles;
  }

  /** Returns the positions of the position filter, empty if there is none. */
  public Set<Position> positions() {
    return spec.positions;
  }

  /** Returns the event types of the event-type filter, empty if there is none. */
  public Set<EventType> eventTypes() {
    return spec.eventTypes;
  }

  /** Returns the start of the date range, or null. */
  public PartialDate from() {
    return spec.from;
  }

  /** Returns the end of the date range, or null. */
  public PartialDate to() {
    return spec.to;
  }

  /** Returns the day of the as-of filter, or null. */
  public LocalDate asOf() {
    return spec.asOf;
  }

  /** Returns the text of the text filter, or null. */
  public String text() {
    return spec.text;
  }

  /** Returns the sort keys given, empty for the default order. */
  public List<SortKey> sortKeys() {
    return spec.sort;
  }

  /** Returns the limit, or -1 if there is none. */
  public int limit() {
    return spec.limit;
  }

  /** Returns the grouping field's name, or null. */
  public String groupByField() {
    return spec.groupBy;
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
    Lookup lookup = new Lookup(dataset);
    Set<String> actorSet = expandActors(lookup);
    Set<String> topicSet = expandTopics(lookup);
    Set<String> principleSet = known(RecordType.PRINCIPLE, spec.principles, lookup);
    String needle = spec.text == null ? null : spec.text.toLowerCase(Locale.ROOT);
    List<Match> matches = new ArrayList<>();
    for (PolicyRecord r : dataset.records(spec.type)) {
      if (matches(r, actorSet, topicSet, principleSet, needle, lookup)) {
        matches.add(new Match(r, lookup));
      }
    }
    matches.sort(order());
    Field group = spec.groupBy == null ? null : Field.of(spec.type, spec.groupBy);
    if (group != null) {
      List<Group> groups = groups(group, matches);
      return new QueryResult(this, matches.size(), matches, group, limited(groups), groups.size());
    }
    return new QueryResult(this, matches.size(), limited(matches), null, List.of(), 0);
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
   * What {@link #countWhileReading} found: a result that holds only the total, or the errors of the
   * inputs that stop a query (then the result is null).
   *
   * @param result the count-only result, or null
   * @param errors the input, syntax and shape errors of the inputs, in reading order
   * @since 0.1.0
   */
  public record Counted(QueryResult result, List<Finding> errors) {
    /** Copies the errors. */
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
    if (spec.asOf != null) {
      DatasetReader.Result read = reader.load(inputs);
      if (!read.errors().isEmpty()) {
        return new Counted(null, read.errors());
      }
      return new Counted(new QueryResult(this, count(read.dataset()), List.of(), null, List.of(), 0),
          List.of());
    }
    ReadingCount counting = new ReadingCount();
    reader.read(inputs, counting);
    if (!counting.errors.isEmpty()) {
      return new Counted(null, counting.errors);
    }
    return new Counted(new QueryResult(this, counting.total(), List.of(), null, List.of(), 0),
        List.of());
  }

  /**
   * The listener of {@link #countWhileReading}: counts the records decided as they come, and keeps
   * the actor and topic ids of the others, as codes of an interning table, until the end.
   */
  private final class ReadingCount implements RecordListener {
    /** In {@link #pending}, in place of a filter's ids: the filter has already matched. */
    private static final int DECIDED = -1;

    final List<Finding> errors = new ArrayList<>();
    private final List<PolicyRecord> resolving = new ArrayList<>();
    private final Set<RecordType> resolved = EnumSet.noneOf(RecordType.class);
    private final String needle = spec.text == null ? null : spec.text.toLowerCase(Locale.ROOT);
    private final Ids actorIds = Ids.of(spec.actors);
    private final Ids topicIds = Ids.of(spec.topics);
    private final Ids principleIds = Ids.of(spec.principles);
    private final boolean actorsGrow = actorIds != null && spec.includeGroups;
    private final boolean topicsGrow = topicIds != null && spec.includeSubtopics;
    private final Map<String, Integer> codes = new HashMap<>();
    /** Per waiting record: for the actor filter, then the topic filter, DECIDED or a length and codes. */
    private int[] pending = new int[0];
    private int size;
    private int count;

    ReadingCount() {
      if (actorIds != null) {
        resolved.add(RecordType.ACTOR);
      }
      if (topicIds != null) {
        resolved.add(RecordType.TOPIC);
      }
      if (principleIds != null) {
        resolved.add(RecordType.PRINCIPLE);
      }
    }

    @Override
    public void onRecord(ReadRecord record) {
      PolicyRecord r = record.value();
      if (r == null) {
        return;
      }
      RecordType t = r.recordType();
      if (resolved.contains(t)) {
        resolving.add(r);
      }
      if (t != spec.type || !matches(r, null, null, null, needle, null)) {
        return;
      }
      // The actor, topic and principle filters apply to stances and events only.
      List<String> actors = null;
      List<String> topics = null;
      if (r instanceof Stance s) {
        if (principleIds != null && !principleIds.anyIn(s.principles())) {
          return;
        }
        actors = s.holders();
        topics = s.topic() == null ? List.of() : List.of(s.topic());
      } else if (r instanceof Event e) {
        if (actorIds != null) {
          actors = new ArrayList<>(e.actors().size());
          for (Participant p : e.actors()) {
            if (p != null) {
              actors.add(p.actor());
            }
          }
        }
        topics = e.topics();
      }
      boolean actorsOpen = actorIds != null && !actorIds.anyIn(actors);
      boolean topicsOpen = topicIds != null && !topicIds.anyIn(topics);
      if ((actorsOpen && !actorsGrow) || (topicsOpen && !topicsGrow)) {
        return;
      }
      if (!actorsOpen && !topicsOpen) {
        count++;
        return;
      }
      append(actorsOpen ? actors : null);
      append(topicsOpen ? topics : null);
    }

    @Override
    public void onFinding(Finding finding) {
      if (finding.severity() == Severity.ERROR) {
        errors.add(finding);
      }
    }

    private void append(List<String> ids) {
      if (size + ids(ids) + 1 > pending.length) {
        pending = Arrays.copyOf(pending, Math.max(1024, Math.max(size + ids(ids) + 1, pending.length * 2)));
      }
      if (ids == null) {
        pending[size++] = DECIDED;
        return;
      }
      int at = size++;
      int n = 0;
      for (String id : ids) {
        if (id != null) {
          Integer code = codes.get(id);
          if (code == null) {
            code = codes.size();
            codes.put(id, code);
          }
          pending[size++] = code;
          n++;
        }
      }
      pending[at] = n;
    }

    private static int ids(List<String> ids) {
      return ids == null ? 0 : ids.size();
    }

    /** The count, once every record is read; throws for an id that names no record. */
    int total() {
      if (resolved.isEmpty()) {
        return count;
      }
      Lookup lookup = new Lookup(Dataset.of(null, resolving));
      Set<String> actorSet = expandActors(lookup);
      Set<String> topicSet = expandTopics(lookup);
      known(RecordType.PRINCIPLE, spec.principles, lookup);
      boolean[][] filters = {hits(actorSet), hits(topicSet)};
      int total = count;
      int i = 0;
      while (i < size) {
        boolean match = true;
        for (boolean[] hit : filters) {
          int n = pending[i++];
          if (n == DECIDED) {
            continue;
          }
          boolean any = false;
          for (int k = 0; k < n; k++) {
            any |= hit[pending[i + k]];
          }
          i += n;
          match &= any;
        }
        if (match) {
          total++;
        }
      }
      return total;
    }

    /** Which codes name an id of the set. */
    private boolean[] hits(Set<String> set) {
      boolean[] hit = new boolean[codes.size()];
      if (set != null) {
        for (String id : set) {
          Integer code = codes.get(id);
          if (code != null) {
            hit[code] = true;
          }
        }
      }
      return hit;
    }
  }

  /**
   * The ids given to a filter, tested against a record's: a few (the usual case) by comparing
   * strings, which needs no hash of the record's freshly read ids; more through a set.
   */
  private record Ids(String[] few, Set<String> many) {
    /** Returns the ids, or null when the filter is unset. */
    static Ids of(List<String> ids) {
      if (ids.isEmpty()) {
        return null;
      }
      return ids.size() <= 8
          ? new Ids(ids.toArray(new String[0]), null)
          : new Ids(null, new HashSet<>(ids));
    }

    boolean anyIn(List<String> values) {
      if (many != null) {
        return Query.anyIn(values, many);
      }
      for (String v : values) {
        if (v != null) {
          for (String id : few) {
            if (id.equals(v)) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }

  private <T> List<T> limited(List<T> list) {
    return spec.limit < 0 || list.size() <= spec.limit ? list : list.subList(0, spec.limit);
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

  private Comparator<Match> order() {
    List<SortKey> keys = new ArrayList<>(spec.sort);
    if (keys.isEmpty()) {
      switch (spec.type) {
        case STANCE, EVENT -> keys.add(SortKey.ascending("date"));
        case SOURCE -> keys.add(SortKey.ascending("published"));
        default -> { }
      }
    }
    keys.add(SortKey.ascending("id"));
    Comparator<Match> c = null;
    for (SortKey k : keys) {
      Comparator<Match> next = Field.of(spec.type, k.field()).comparator(k.descending());
      c = c == null ? next : c.thenComparing(next);
    }
    return c;
  }

  private boolean matches(PolicyRecord r, Set<String> actorSet, Set<String> topicSet,
      Set<String> principleSet, String needle, Lookup lookup) {
    if (r instanceof Stance s) {
      return (actorSet == null || anyIn(s.holders(), actorSet))
          && (topicSet == null || topicSet.contains(s.topic()))
          && (principleSet == null || anyIn(s.principles(), principleSet))
          && (spec.positions.isEmpty() || spec.positions.contains(s.position()))
          && inRange(s.date())
          && (spec.asOf == null || lookup.lifecycle().inEffect(s, spec.asOf))
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
          && (spec.eventTypes.isEmpty() || spec.eventTypes.contains(e.type()))
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

  /** Whether a date overlaps [first day of from, last day of to]; no date never matches a range. */
  private boolean inRange(PartialDate date) {
    if (spec.from == null && spec.to == null) {
      return true;
    }
    if (date == null) {
      return false;
    }
    return (spec.from == null || !date.end().isBefore(spec.from.start()))
        && (spec.to == null || !date.start().isAfter(spec.to.end()));
  }

  private static boolean anyIn(List<String> values, Set<String> set) {
    for (String v : values) {
      if (v != null && set.contains(v)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(String needle, String haystack) {
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

  private Set<String> expandActors(Lookup lookup) {
    Set<String> ids = known(RecordType.ACTOR, spec.actors, lookup);
    if (ids == null || !spec.includeGroups) {
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

  private Set<String> expandTopics(Lookup lookup) {
    Set<String> ids = known(RecordType.TOPIC, spec.topics, lookup);
    if (ids == null || !spec.includeSubtopics) {
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

  /** Returns the ids as a set, null when the filter is unset; throws for an id the dataset lacks. */
  private static Set<String> known(RecordType type, List<String> ids, Lookup lookup) {
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

  /** Suggests an id for a mistyped one: a record named so, else the nearest id, else the nearest name. */
  private static String suggest(RecordType type, String wrong, Map<String, PolicyRecord> index) {
    Map<String, String> idByName = new HashMap<>();
    for (PolicyRecord r : index.values()) {
      List<String> names = new ArrayList<>();
      names.add(Lookup.label(r));
      if (r instanceof Actor a) {
        names.addAll(a.aliases());
      }
      for (String n : names) {
        if (n != null) {
          idByName.merge(n.toLowerCase(Locale.ROOT), r.id(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
      }
    }
    String byName = idByName.get(wrong.toLowerCase(Locale.ROOT).replace('-', ' '));
    if (byName == null) {
      byName = idByName.get(wrong.toLowerCase(Locale.ROOT));
    }
    if (byName != null) {
      return "did you mean '" + byName + "' (" + Lookup.label(index.get(byName)) + ")?";
    }
    String hint = Hints.didYouMean(wrong, index.keySet());
    if (hint != null) {
      return hint;
    }
    String nearName = Hints.closest(wrong, idByName.keySet());
    if (nearName != null) {
      String id = idByName.get(nearName);
      return "did you mean '" + id + "' (" + Lookup.label(index.get(id)) + ")?";
    }
    return index.isEmpty()
        ? "the dataset has no " + type.section()
        : "no " + type.singular() + " has that id or name";
  }

  private void applies(String filter, Set<RecordType> types) {
    if (!types.contains(spec.type)) {
      List<String> names = new ArrayList<>();
      for (RecordType t : types) {
        names.add(t.section());
      }
      throw new QueryException("the " + filter + " filter does not apply to " + spec.type.section(),
          "it applies to " + String.join(" and ", names));
    }
  }

  private static void checkRange(PartialDate from, PartialDate to) {
    if (from != null && to != null && from.start().isAfter(to.end())) {
      throw new QueryException("the date range from " + from + " to " + to + " is empty",
          "'from' must not be after 'to'");
    }
  }

  private static List<String> union(List<String> before, Collection<String> ids, String what) {
    Set<String> all = new LinkedHashSet<>(before);
    for (String id : ids) {
      if (id == null || id.isBlank()) {
        throw new QueryException("an empty " + what + " id", "give an id such as 'cn'");
      }
      all.add(id);
    }
    return List.copyOf(all);
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
    StringBuilder b = new StringBuilder(spec.type.section());
    List<String> parts = new ArrayList<>();
    if (!spec.actors.isEmpty()) {
      parts.add("actor in " + spec.actors + (spec.includeGroups ? " (and their groups)" : ""));
    }
    if (!spec.topics.isEmpty()) {
      parts.add("topic in " + spec.topics + (spec.includeSubtopics ? " (and sub-topics)" : ""));
    }
    if (!spec.principles.isEmpty()) {
      parts.add("principle in " + spec.principles);
    }
    if (!spec.positions.isEmpty()) {
      parts.add("position in " + spec.positions);
    }
    if (!spec.eventTypes.isEmpty()) {
      parts.add("type in " + spec.eventTypes);
    }
    if (spec.from != null || spec.to != null) {
      parts.add("date overlaps [" + (spec.from == null ? "" : spec.from) + ", "
          + (spec.to == null ? "" : spec.to) + "]");
    }
    if (spec.asOf != null) {
      parts.add("in effect on " + spec.asOf);
    }
    if (spec.text != null) {
      parts.add("text contains '" + spec.text + "'");
    }
    if (!parts.isEmpty()) {
      b.append(" where ").append(String.join(" and ", parts));
    }
    if (spec.groupBy != null) {
      b.append(" grouped by ").append(spec.groupBy);
    }
    if (!spec.sort.isEmpty()) {
      b.append(" sorted by ").append(spec.sort);
    }
    if (spec.limit >= 0) {
      b.append(" limit ").append(spec.limit);
    }
    return b.toString();
  }
}
