package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A whole dataset held in memory: the manifest and the records of each type, in the order they
 * were read.
 *
 * <p>It is also the shape of one dataset document: a JSON object with the optional sections
 * {@code manifest}, {@code actors}, {@code topics}, {@code principles}, {@code events},
 * {@code stances} and {@code sources}.
 *
 * @param manifest the manifest, or null if the dataset has none
 * @param actors the actors
 * @param topics the topics
 * @param principles the principles
 * @param events the events
 * @param stances the stances
 * @param sources the sources
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"manifest", "actors", "topics", "principles", "events", "stances", "sources"})
public record Dataset(
    @JsonProperty("manifest") @Nullable Manifest manifest,
    @JsonProperty("actors") List<Actor> actors,
    @JsonProperty("topics") List<Topic> topics,
    @JsonProperty("principles") List<Principle> principles,
    @JsonProperty("events") List<Event> events,
    @JsonProperty("stances") List<Stance> stances,
    @JsonProperty("sources") List<Source> sources) {

  /**
   * Makes the lists immutable; a missing list is empty.
   *
   * @param manifest the manifest, or null if the dataset has none
   * @param actors the actors
   * @param topics the topics
   * @param principles the principles
   * @param events the events
   * @param stances the stances
   * @param sources the sources
   */
  public Dataset {
    actors = Lists.copy(actors);
    topics = Lists.copy(topics);
    principles = Lists.copy(principles);
    events = Lists.copy(events);
    stances = Lists.copy(stances);
    sources = Lists.copy(sources);
  }

  /** {@return an empty dataset without a manifest} */
  public static Dataset empty() {
    return new Dataset(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * Returns a dataset of the given records, grouped by type in the order given.
   *
   * @param manifest the manifest, or null for none
   * @param records the records
   * @return the dataset
   */
  public static Dataset of(@Nullable Manifest manifest, Iterable<? extends PolicyRecord> records) {
    List<List<PolicyRecord>> byType = new ArrayList<>();
    for (int i = 0; i < RecordType.values().length; i++) {
      byType.add(new ArrayList<>());
    }
    for (PolicyRecord r : records) {
      byType.get(r.recordType().ordinal()).add(r);
    }
    return new Dataset(
        manifest,
        cast(byType.get(RecordType.ACTOR.ordinal())),
        cast(byType.get(RecordType.TOPIC.ordinal())),
        cast(byType.get(RecordType.PRINCIPLE.ordinal())),
        cast(byType.get(RecordType.EVENT.ordinal())),
        cast(byType.get(RecordType.STANCE.ordinal())),
        cast(byType.get(RecordType.SOURCE.ordinal())));
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(List<PolicyRecord> list) {
    return (List<T>) (List<?>) list;
  }

  /**
   * Returns the records of one type.
   *
   * @param type the record type
   * @return the records, in the order read
   */
  public List<? extends PolicyRecord> records(RecordType type) {
    return switch (type) {
      case ACTOR -> actors;
      case TOPIC -> topics;
      case PRINCIPLE -> principles;
      case EVENT -> events;
      case STANCE -> stances;
      case SOURCE -> sources;
    };
  }

  /** {@return every record, type by type in the order of {@link RecordType}} */
  public Stream<PolicyRecord> records() {
    return Stream.of(RecordType.values()).flatMap(t -> records(t).stream());
  }

  /** {@return the number of records of all types} */
  @JsonIgnore
  public int size() {
    return actors.size() + topics.size() + principles.size() + events.size() + stances.size()
        + sources.size();
  }

  /** {@return the number of records of each type, in the order of {@link RecordType}} */
  @JsonIgnore
  public Map<RecordType, Integer> counts() {
    Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      counts.put(t, records(t).size());
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Returns the record of a type with an id, if there is one; the first one read if there are
   * several.
   *
   * @param type the record type
   * @param id the id
   * @param <T> the record class
   * @return the record, or empty
   */
  public <T extends PolicyRecord> Optional<T> find(Class<T> type, String id) {
    RecordType recordType = null;
    for (RecordType t : RecordType.values()) {
      if (t.javaType() == type) {
        recordType = t;
      }
    }
    if (recordType == null) {
      return Optional.empty();
    }
    for (PolicyRecord r : records(recordType)) {
      if (id.equals(r.id())) {
        return Optional.of(type.cast(r));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a map from id to record for one type; the first record read wins for duplicate ids.
   *
   * @param type the record type
   * @return an unmodifiable map
   */
  public Map<String, PolicyRecord> index(RecordType type) {
    Map<String, PolicyRecord> map = new HashMap<>();
    for (PolicyRecord r : records(type)) {
      map.putIfAbsent(r.id(), r);
    }
    return Collections.unmodifiableMap(map);
  }
}
