package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dated occurrence: a resolution, agreement, summit, declaration, position paper, statement,
 * observance, conflict, meeting or accession.
 *
 * @param id the id
 * @param title a short title
 * @param date when it happened, to the precision the sources give
 * @param type what kind of event it is
 * @param actors the actors that took part, with their roles
 * @param location where it happened
 * @param summary what happened, in a sentence or two
 * @param topics ids of the topics it concerns
 * @param relations relations to other events (schema version 2)
 * @param sources the citations that report it
 * @since 0.1.0
 */
@JsonClassDescription("A dated occurrence: a resolution, agreement, summit, declaration, position paper, statement, observance, conflict, meeting or accession.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Event(
    @JsonProperty(value = "id", required = true)
        @JsonPropertyDescription("Lowercase slug.")
        @NotNull
        @Pattern(regexp = Constraints.SLUG)
        String id,
    @JsonProperty(value = "title", required = true)
        @JsonPropertyDescription("Short title.")
        @NotNull
        @Size(min = 1, max = Constraints.NAME_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        String title,
    @JsonProperty("date")
        @JsonPropertyDescription("When it happened: YYYY, YYYY-MM or YYYY-MM-DD.")
        @InSchema(required = 1)
        @Nullable PartialDate date,
    @JsonProperty(value = "type", required = true)
        @JsonPropertyDescription("What kind of event it is.")
        @NotNull
        EventType type,
    @JsonProperty("actors")
        @JsonPropertyDescription("Actors that took part, with their roles.")
        List<@NotNull @Valid Participant> actors,
    @JsonProperty("location")
        @JsonPropertyDescription("Where it happened.")
        @Size(min = 1, max = Constraints.NAME_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        @Nullable String location,
    @JsonProperty("summary")
        @JsonPropertyDescription("What happened, in a sentence or two.")
        @Size(min = 1, max = Constraints.TEXT_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        @Nullable String summary,
    @JsonProperty("topics")
        @JsonPropertyDescription("Ids of the topics the event concerns.")
        List<@NotNull @Pattern(regexp = Constraints.SLUG) String> topics,
    @JsonProperty("relations")
        @JsonPropertyDescription("Relations to other events: invokes, responds-to, part-of, follows (schema version 2).")
        @InSchema(since = 2)
        List<@NotNull @Valid EventRelation> relations,
    @JsonProperty("sources")
        @JsonPropertyDescription("Citations that report the event; at least one is expected (provenance rule).")
        List<@NotNull @Valid Citation> sources)
    implements PolicyRecord {

  /**
   * Makes the lists immutable; a missing list is empty.
   *
   * @param id the id
   * @param title a short title
   * @param date when it happened, to the precision the sources give
   * @param type what kind of event it is
   * @param actors the actors that took part, with their roles
   * @param location where it happened
   * @param summary what happened, in a sentence or two
   * @param topics ids of the topics it concerns
   * @param relations relations to other events (schema version 2)
   * @param sources the citations that report it
   */
  public Event {
    relations = Lists.copy(relations);
    actors = Lists.copy(actors);
    topics = Lists.copy(topics);
    sources = Lists.copy(sources);
  }

  /**
   * Creates a record with the fields of schema version 1, every field of version 2 empty: the
   * canonical constructor of releases before 0.7.0, kept so that code calling it compiles unchanged.
   *
   * @param id the id
   * @param title a short title
   * @param date when it happened, to the precision the sources give
   * @param type what kind of event it is
   * @param actors the actors that took part, with their roles
   * @param location where it happened
   * @param summary what happened, in a sentence or two
   * @param topics ids of the topics it concerns
   * @param sources the citations that report it
   * @since 0.1.0
   */
  public Event(String id, String title, PartialDate date, EventType type, List<Participant> actors, @Nullable String location, @Nullable String summary, List<String> topics, List<Citation> sources) {
    this(id, title, date, type, actors, location, summary, topics, List.of(), sources);
  }

  @Override
  @JsonIgnore
  public RecordType recordType() {
    return RecordType.EVENT;
  }

  @Override
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    for (int i = 0; i < actors.size(); i++) {
      Participant p = actors.get(i);
      if (p != null) {
        refs.add(new Reference("/actors/" + i + "/actor", RecordType.ACTOR, p.actor()));
      }
    }
    for (int i = 0; i < topics.size(); i++) {
      refs.add(new Reference("/topics/" + i, RecordType.TOPIC, topics.get(i)));
    }
    for (int i = 0; i < relations.size(); i++) {
      EventRelation r = relations.get(i);
      if (r == null) {
        continue;
      }
      refs.add(new Reference("/relations/" + i + "/event", RecordType.EVENT, r.event()));
      CitationRefs.add(refs, "/relations/" + i + "/sources", r.sources());
    }
    CitationRefs.add(refs, "/sources", sources);
    return refs;
  }

  @Override
  public List<Citation> citations() {
    if (relations.isEmpty()) {
      return sources;
    }
    List<Citation> all = new ArrayList<>(sources);
    for (EventRelation r : relations) {
      if (r != null) {
        all.addAll(r.sources());
      }
    }
    return all;
  }

  @Override
  public String citationsPointer() {
    return "/sources";
  }

  /**
   * Returns a builder of an event, every field unset.
   *
   * @return the builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this record's fields, to make a changed copy.
   *
   * @return the builder
   * @since 0.1.0
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.title = title;
    b.date = date;
    b.type = type;
    b.actors = actors;
    b.location = location;
    b.summary = summary;
    b.topics = topics;
    b.sources = sources;
    b.relations = relations;
    return b;
  }

  /**
   * Builds an event field by field; {@link #build()} checks every constraint of the record and
   * throws {@link InvalidRecordException} naming each one it breaks.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String title;
    private @Nullable PartialDate date;
    private @Nullable EventType type;
    private List<Participant> actors = List.of();
    private @Nullable String location;
    private @Nullable String summary;
    private List<String> topics = List.of();
    private List<Citation> sources = List.of();

    private List<EventRelation> relations = List.of();

    private Builder() {}

    /**
     * Sets {@code id}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Sets {@code title}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /**
     * Sets {@code date}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder date(PartialDate value) {
      this.date = value;
      return this;
    }

    /**
     * Sets {@code type}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder type(EventType value) {
      this.type = value;
      return this;
    }

    /**
     * Sets {@code actors}.
     *
     * @param value the value (copied)
     * @return this builder
     */
    public Builder actors(@Nullable List<Participant> value) {
      this.actors = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code location}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder location(@Nullable String value) {
      this.location = value;
      return this;
    }

    /**
     * Sets {@code summary}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder summary(@Nullable String value) {
      this.summary = value;
      return this;
    }

    /**
     * Sets {@code topics}.
     *
     * @param value the value (copied)
     * @return this builder
     */
    public Builder topics(@Nullable List<String> value) {
      this.topics = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code topics}.
     *
     * @param values the values
     * @return this builder
     */
    public Builder topics(String... values) {
      return topics(List.of(values));
    }

    /**
     * Sets {@code sources}.
     *
     * @param value the value (copied)
     * @return this builder
     */
    public Builder sources(@Nullable List<Citation> value) {
      this.sources = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code relations} (relations to other events (schema version 2)).
     *
     * @param value the value (copied)
     * @return this builder
     * @since 0.7.0
     */
    public Builder relations(@Nullable List<EventRelation> value) {
      this.relations = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code relations}.
     *
     * @param values the values
     * @return this builder
     * @since 0.7.0
     */
    public Builder relations(EventRelation... values) {
      return relations(List.of(values));
    }

    /**
     * Returns the record, after checking every constraint of its fields.
     *
     * @return the record
     * @throws InvalidRecordException naming each constraint the fields break
     */
    // Unset required fields reach the constructor as null, for the check to name each.
    @SuppressWarnings("NullAway")
    public Event build() {
      return RecordConstraints.check(new Event(id, title, date, type, actors, location, summary, topics, relations, sources));
    }
  }
}
