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

// Longer than 600 lines: a record of twenty fields (eleven of version 1, nine of version 2), each
// with its constraints and Javadoc beside it, its version 1 constructor and the builder the public
// API has had since 0.1.0; splitting it would move the builder out of Stance.Builder.

/**
 * A position that one or more actors take on a topic at a date, with the principles it invokes and
 * the sources that attribute it.
 *
 * <p>A stance is in effect from its {@code date} until its {@code until} date or until a stance
 * that {@code supersedes} it ({@link InEffect} says to the day).
 *
 * @param id the id
 * @param holders ids of the actors that hold the stance (at least one)
 * @param holderScopes which members of group holders the sources mean (schema version 2)
 * @param topic the id of the topic
 * @param position the position taken
 * @param strength how strongly the source words the position (schema version 2)
 * @param statement what the holders hold, in a sentence
 * @param attribution how the holders are tied to the claim (schema version 2)
 * @param reportedBy ids of the sources that report it (schema version 2)
 * @param voicedBy ids of the actors who said it on the holders' behalf (schema version 2)
 * @param date when the stance was taken or first attested
 * @param attested when the sources place its expression (schema version 2)
 * @param inEffect when the position holds (schema version 2)
 * @param expressedAt the id of the event at which it was expressed (schema version 2)
 * @param respondsTo the id of the event the stance responds to, if any
 * @param targets ids of the actors the position is aimed at (schema version 2)
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
    @JsonProperty("holderScopes")
        @JsonPropertyDescription("Which members of group holders the sources mean (schema version 2).")
        @InSchema(since = 2)
        List<@NotNull @Valid HolderScope> holderScopes,
    @JsonProperty(value = "topic", required = true)
        @JsonPropertyDescription("Id of the topic.")
        @NotNull
        @Pattern(regexp = Constraints.SLUG)
        String topic,
    @JsonProperty(value = "position", required = true)
        @JsonPropertyDescription("The position taken.")
        @NotNull
        Position position,
    @JsonProperty("strength")
        @JsonPropertyDescription("How strongly the source words the position (schema version 2).")
        @InSchema(since = 2)
        @Nullable Strength strength,
    @JsonProperty(value = "statement", required = true)
        @JsonPropertyDescription("What the holders hold, in a sentence.")
        @NotNull
        @Size(min = 1, max = Constraints.TEXT_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        String statement,
    @JsonProperty("attribution")
        @JsonPropertyDescription("How the holders are tied to the claim: stated, reported, or the source author's analysis, proposal or prediction (schema version 2).")
        @InSchema(since = 2, required = 2)
        @Nullable Attribution attribution,
    @JsonProperty("reportedBy")
        @JsonPropertyDescription("Ids of the sources that report a reported stance (schema version 2).")
        @InSchema(since = 2)
        List<@NotNull @Pattern(regexp = Constraints.SLUG) String> reportedBy,
    @JsonProperty("voicedBy")
        @JsonPropertyDescription("Ids of the actors who said it on the holders' behalf (schema version 2).")
        @InSchema(since = 2)
        List<@NotNull @Pattern(regexp = Constraints.SLUG) String> voicedBy,
    @JsonProperty("date")
        @JsonPropertyDescription("When the stance was taken or first attested: YYYY, YYYY-MM or YYYY-MM-DD.")
        @InSchema(until = 1, required = 1)
        @Nullable PartialDate date,
    @JsonProperty("attested")
        @JsonPropertyDescription("When the sources place its expression, in the EDTF profile (schema version 2).")
        @InSchema(since = 2)
        @Nullable EdtfDate attested,
    @JsonProperty("inEffect")
        @JsonPropertyDescription("When the position holds, as an EDTF interval START/END (schema version 2).")
        @InSchema(since = 2)
        @Nullable EdtfInterval inEffect,
    @JsonProperty("expressedAt")
        @JsonPropertyDescription("Id of the event at which it was expressed (schema version 2).")
        @InSchema(since = 2)
        @Pattern(regexp = Constraints.SLUG)
        @Nullable String expressedAt,
    @JsonProperty("respondsTo")
        @JsonPropertyDescription("Id of the event the stance responds to.")
        @Pattern(regexp = Constraints.SLUG)
        @Nullable String respondsTo,
    @JsonProperty("targets")
        @JsonPropertyDescription("Ids of the actors the position is aimed at (schema version 2).")
        @InSchema(since = 2)
        List<@NotNull @Pattern(regexp = Constraints.SLUG) String> targets,
    @JsonProperty("principles")
        @JsonPropertyDescription("Ids of the principles the stance invokes.")
        List<@NotNull @Pattern(regexp = Constraints.SLUG) String> principles,
    @JsonProperty(value = "sources", required = true)
        @JsonPropertyDescription("Citations attributing the stance; at least one.")
        @NotEmpty
        List<@NotNull @Valid Citation> sources,
    @JsonProperty("until")
        @JsonPropertyDescription("When the stance ceased to be in effect: YYYY, YYYY-MM or YYYY-MM-DD.")
        @InSchema(until = 1)
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
   * @param holderScopes which members of group holders the sources mean (schema version 2)
   * @param topic the id of the topic
   * @param position the position taken
   * @param strength how strongly the source words the position (schema version 2)
   * @param statement what the holders hold, in a sentence
   * @param attribution how the holders are tied to the claim (schema version 2)
   * @param reportedBy ids of the sources that report it (schema version 2)
   * @param voicedBy ids of the actors who said it on the holders' behalf (schema version 2)
   * @param date when the stance was taken or first attested
   * @param attested when the sources place its expression (schema version 2)
   * @param inEffect when the position holds (schema version 2)
   * @param expressedAt the id of the event at which it was expressed (schema version 2)
   * @param respondsTo the id of the event the stance responds to, if any
   * @param targets ids of the actors the position is aimed at (schema version 2)
   * @param principles ids of the principles the stance invokes
   * @param sources the citations that attribute the stance (at least one)
   * @param until when the stance ceased to be in effect, if known
   * @param supersedes ids of earlier stances this one replaces
   */
  public Stance {
    holders = Lists.copy(holders);
    holderScopes = Lists.copy(holderScopes);
    reportedBy = Lists.copy(reportedBy);
    voicedBy = Lists.copy(voicedBy);
    targets = Lists.copy(targets);
    principles = Lists.copy(principles);
    sources = Lists.copy(sources);
    supersedes = Lists.copy(supersedes);
  }

  /**
   * Creates a record with the fields of schema version 1, every field of version 2 empty: the
   * canonical constructor of releases before 0.7.0, kept so that code calling it compiles unchanged.
   *
   * @param id the id
   * @param holders ids of the actors that hold the stance (at least one)
   * @param topic the id of the topic
   * @param position the position taken
   * @param statement what the holders hold, in a sentence
   * @param date when the stance was taken or first attested
   * @param respondsTo respondsTo
   * @param principles principles
   * @param sources sources
   * @param until until
   * @param supersedes supersedes
   * @since 0.1.0
   */
  public Stance(String id, List<String> holders, String topic, Position position, String statement,
      PartialDate date, @Nullable String respondsTo, List<String> principles, List<Citation> sources,
      @Nullable PartialDate until, List<String> supersedes) {
    this(id, holders, List.of(), topic, position, null, statement, null, List.of(), List.of(), date, null, null, null, respondsTo, List.of(), principles, sources, until, supersedes);
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
    for (int i = 0; i < holderScopes.size(); i++) {
      HolderScope h = holderScopes.get(i);
      if (h != null && h.actor() != null) {
        refs.add(new Reference("/holderScopes/" + i + "/actor", RecordType.ACTOR, h.actor()));
      }
    }
    for (int i = 0; i < reportedBy.size(); i++) {
      refs.add(new Reference("/reportedBy/" + i, RecordType.SOURCE, reportedBy.get(i)));
    }
    for (int i = 0; i < voicedBy.size(); i++) {
      refs.add(new Reference("/voicedBy/" + i, RecordType.ACTOR, voicedBy.get(i)));
    }
    if (expressedAt != null) {
      refs.add(new Reference("/expressedAt", RecordType.EVENT, expressedAt));
    }
    if (respondsTo != null) {
      refs.add(new Reference("/respondsTo", RecordType.EVENT, respondsTo));
    }
    for (int i = 0; i < targets.size(); i++) {
      refs.add(new Reference("/targets/" + i, RecordType.ACTOR, targets.get(i)));
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
    b.holderScopes = holderScopes;
    b.strength = strength;
    b.attribution = attribution;
    b.reportedBy = reportedBy;
    b.voicedBy = voicedBy;
    b.attested = attested;
    b.inEffect = inEffect;
    b.expressedAt = expressedAt;
    b.targets = targets;
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

    private List<HolderScope> holderScopes = List.of();
    private @Nullable Strength strength;
    private @Nullable Attribution attribution;
    private List<String> reportedBy = List.of();
    private List<String> voicedBy = List.of();
    private @Nullable EdtfDate attested;
    private @Nullable EdtfInterval inEffect;
    private @Nullable String expressedAt;
    private List<String> targets = List.of();

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
     * Sets {@code holderScopes} (which members of group holders the sources mean (schema version 2)).
     *
     * @param value the value (copied)
     * @return this builder
     * @since 0.7.0
     */
    public Builder holderScopes(@Nullable List<HolderScope> value) {
      this.holderScopes = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code holderScopes}.
     *
     * @param values the values
     * @return this builder
     * @since 0.7.0
     */
    public Builder holderScopes(HolderScope... values) {
      return holderScopes(List.of(values));
    }

    /**
     * Sets {@code strength} (how strongly the source words the position (schema version 2)).
     *
     * @param value the value
     * @return this builder
     * @since 0.7.0
     */
    public Builder strength(@Nullable Strength value) {
      this.strength = value;
      return this;
    }

    /**
     * Sets {@code attribution} (how the holders are tied to the claim (schema version 2)).
     *
     * @param value the value
     * @return this builder
     * @since 0.7.0
     */
    public Builder attribution(@Nullable Attribution value) {
      this.attribution = value;
      return this;
    }

    /**
     * Sets {@code reportedBy} (ids of the sources that report it (schema version 2)).
     *
     * @param value the value (copied)
     * @return this builder
     * @since 0.7.0
     */
    public Builder reportedBy(@Nullable List<String> value) {
      this.reportedBy = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code reportedBy}.
     *
     * @param values the values
     * @return this builder
     * @since 0.7.0
     */
    public Builder reportedBy(String... values) {
      return reportedBy(List.of(values));
    }

    /**
     * Sets {@code voicedBy} (ids of the actors who said it on the holders' behalf (schema version 2)).
     *
     * @param value the value (copied)
     * @return this builder
     * @since 0.7.0
     */
    public Builder voicedBy(@Nullable List<String> value) {
      this.voicedBy = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code voicedBy}.
     *
     * @param values the values
     * @return this builder
     * @since 0.7.0
     */
    public Builder voicedBy(String... values) {
      return voicedBy(List.of(values));
    }

    /**
     * Sets {@code attested} (when the sources place its expression (schema version 2)).
     *
     * @param value the value
     * @return this builder
     * @since 0.7.0
     */
    public Builder attested(@Nullable EdtfDate value) {
      this.attested = value;
      return this;
    }

    /**
     * Sets {@code inEffect} (when the position holds (schema version 2)).
     *
     * @param value the value
     * @return this builder
     * @since 0.7.0
     */
    public Builder inEffect(@Nullable EdtfInterval value) {
      this.inEffect = value;
      return this;
    }

    /**
     * Sets {@code expressedAt} (the id of the event at which it was expressed (schema version 2)).
     *
     * @param value the value
     * @return this builder
     * @since 0.7.0
     */
    public Builder expressedAt(@Nullable String value) {
      this.expressedAt = value;
      return this;
    }

    /**
     * Sets {@code targets} (ids of the actors the position is aimed at (schema version 2)).
     *
     * @param value the value (copied)
     * @return this builder
     * @since 0.7.0
     */
    public Builder targets(@Nullable List<String> value) {
      this.targets = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code targets}.
     *
     * @param values the values
     * @return this builder
     * @since 0.7.0
     */
    public Builder targets(String... values) {
      return targets(List.of(values));
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
      return RecordConstraints.check(new Stance(id, holders, holderScopes, topic, position, strength, statement, attribution, reportedBy, voicedBy, date, attested, inEffect, expressedAt, respondsTo, targets, principles, sources, until, supersedes));
    }
  }
}
