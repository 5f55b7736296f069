package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A position that one or more actors take on a topic at a date, with the principles it invokes and
 * the sources that attribute it.
 *
 * <p>A stance is in effect from its {@code date} until its {@code until} date or until a stance
 * that {@code supersedes} it ({@link InEffect} says to the day).
 *
 * @param id the id
 * @param holders ids of the actors that hold the stance (at least one)
 * @param topic the id of the topic
 * @param position the position taken
 * @param statement what the holders hold, in a sentence
 * @param date when the stance was taken or first attested
 * @param respondsTo the id of the event the stance responds to, if any
 * @param principles ids of the principles the stance invokes
 * @param sources the citations that attribute the stance (at least one)
 * @param until when the stance ceased to be in effect, if known
 * @param supersedes ids of earlier stances this one replaces
 * @since 0.1.0
 */
@JsonClassDescription("A position that one or more actors take on a topic at a date, with the principles it invokes and the sources that attribute it. It is in effect from 'date' until 'until' or until a stance that supersedes it.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Stance(
    @JsonProperty(value = "id", required = true)
        @JsonPropertyDescription("Lowercase slug.")
        @NotNull
        @Pattern(regexp = Constraints.SLUG)
        String id,
    @JsonProperty(value = "holders", required = true)
        @JsonPropertyDescription("Ids of the actors holding the stance; at least one.")
        @NotEmpty
        List<@NotNull @Pattern(regexp = Constraints.SLUG) String> holders,
    @JsonProperty(value = "topic", required = true)
        @JsonPropertyDescription("Id of the topic.")
        @NotNull
        @Pattern(regexp = Constraints.SLUG)
        String topic,
    @JsonProperty(value = "position", required = true)
        @JsonPropertyDescription("The position taken.")
        @NotNull
        Position position,
    @JsonProperty(value = "statement", required = true)
        @JsonPropertyDescription("What the holders hold, in a sentence.")
        @NotNull
        @Size(min = 1, max = Constraints.TEXT_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        String statement,
    @JsonProperty(value = "date", required = true)
        @JsonPropertyDescription("When the stance was taken or first attested: YYYY, YYYY-MM or YYYY-MM-DD.")
        @NotNull
        PartialDate date,
    @JsonProperty("respondsTo")
        @JsonPropertyDescription("Id of the event the stance responds to.")
        @Pattern(regexp = Constraints.SLUG)
        @Nullable String respondsTo,
    @JsonProperty("principles")
        @JsonPropertyDescription("Ids of the principles the stance invokes.")
        List<@NotNull @Pattern(regexp = Constraints.SLUG) String> principles,
    @JsonProperty(value = "sources", required = true)
        @JsonPropertyDescription("Citations attributing the stance; at least one.")
        @NotEmpty
        List<@NotNull @Valid Citation> sources,
    @JsonProperty("until")
        @JsonPropertyDescription("When the stance ceased to be in effect: YYYY, YYYY-MM or YYYY-MM-DD.")
        @Nullable PartialDate until,
    @JsonProperty("supersedes")
        @JsonPropertyDescription("Ids of earlier stances this one replaces.")
        List<@NotNull @Pattern(regexp = Constraints.SLUG) String> supersedes)
    implements PolicyRecord {

  /**
   * Makes the lists immutable; a missing list is empty.
   *
   * @param id the id
   * @param holders ids of the actors that hold the stance (at least one)
   * @param topic the id of the topic
   * @param position the position taken
   * @param statement what the holders hold, in a sentence
   * @param date when the stance was taken or first attested
   * @param respondsTo the id of the event the stance responds to, if any
   * @param principles ids of the principles the stance invokes
   * @param sources the citations that attribute the stance (at least one)
   * @param until when the stance ceased to be in effect, if known
   * @param supersedes ids of earlier stances this one replaces
   */
  public Stance {
    holders = Lists.copy(holders);
    principles = Lists.copy(principles);
    sources = Lists.copy(sources);
    supersedes = Lists.copy(supersedes);
  }

  @Override
  @JsonIgnore
  public RecordType recordType() {
    return RecordType.STANCE;
  }

  @Override
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    for (int i = 0; i < holders.size(); i++) {
      refs.add(new Reference("/holders/" + i, RecordType.ACTOR, holders.get(i)));
    }
    if (topic != null) {
      refs.add(new Reference("/topic", RecordType.TOPIC, topic));
    }
    if (respondsTo != null) {
      refs.add(new Reference("/respondsTo", RecordType.EVENT, respondsTo));
    }
    for (int i = 0; i < principles.size(); i++) {
      refs.add(new Reference("/principles/" + i, RecordType.PRINCIPLE, principles.get(i)));
    }
    CitationRefs.add(refs, "/sources", sources);
    for (int i = 0; i < supersedes.size(); i++) {
      refs.add(new Reference("/supersedes/" + i, RecordType.STANCE, supersedes.get(i)));
    }
    return refs;
  }

  @Override
  public List<Citation> citations() {
    return sources;
  }

  @Override
  public String citationsPointer() {
    return "/sources";
  }

  /**
   * Returns a builder of a stance, every field unset.
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
    b.holders = holders;
    b.topic = topic;
    b.position = position;
    b.statement = statement;
    b.date = date;
    b.respondsTo = respondsTo;
    b.principles = principles;
    b.sources = sources;
    b.until = until;
    b.supersedes = supersedes;
    return b;
  }

  /**
   * Builds a stance field by field; {@link #build()} checks every constraint of the record and
   * throws {@link InvalidRecordException} naming each one it breaks.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String id;
    private List<String> holders = List.of();
    private @Nullable String topic;
    private @Nullable Position position;
    private @Nullable String statement;
    private @Nullable PartialDate date;
    private @Nullable String respondsTo;
    private List<String> principles = List.of();
    private List<Citation> sources = List.of();
    private @Nullable PartialDate until;
    private List<String> supersedes = List.of();

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
     * Sets {@code holders}.
     *
     * @param value the value (copied)
     * @return this builder
     */
    public Builder holders(@Nullable List<String> value) {
      this.holders = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code holders}.
     *
     * @param values the values
     * @return this builder
     */
    public Builder holders(String... values) {
      return holders(List.of(values));
    }

    /**
     * Sets {@code topic}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder topic(String value) {
      this.topic = value;
      return this;
    }

    /**
     * Sets {@code position}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder position(Position value) {
      this.position = value;
      return this;
    }

    /**
     * Sets {@code statement}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder statement(String value) {
      this.statement = value;
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
     * Sets {@code respondsTo}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder respondsTo(@Nullable String value) {
      this.respondsTo = value;
      return this;
    }

    /**
     * Sets {@code principles}.
     *
     * @param value the value (copied)
     * @return this builder
     */
    public Builder principles(@Nullable List<String> value) {
      this.principles = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code principles}.
     *
     * @param values the values
     * @return this builder
     */
    public Builder principles(String... values) {
      return principles(List.of(values));
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
     * Sets {@code until}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder until(@Nullable PartialDate value) {
      this.until = value;
      return this;
    }

    /**
     * Sets {@code supersedes}.
     *
     * @param value the value (copied)
     * @return this builder
     */
    public Builder supersedes(@Nullable List<String> value) {
      this.supersedes = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code supersedes}.
     *
     * @param values the values
     * @return this builder
     */
    public Builder supersedes(String... values) {
      return supersedes(List.of(values));
    }

    /**
     * Returns the record, after checking every constraint of its fields.
     *
     * @return the record
     * @throws InvalidRecordException naming each constraint the fields break
     */
    // Unset required fields reach the constructor as null, for the check to name each.
    @SuppressWarnings("NullAway")
    public Stance build() {
      return RecordConstraints.check(new Stance(id, holders, topic, position, statement, date, respondsTo, principles, sources, until, supersedes));
    }
  }
}
