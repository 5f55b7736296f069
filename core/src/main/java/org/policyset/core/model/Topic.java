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
 * An issue that stances are about, such as a ceasefire in Gaza; topics form a tree through
 * {@code parent}.
 *
 * @param id the id
 * @param name the name
 * @param parent the id of the broader topic, if any
 * @param relations relations to other topics that cited sources claim (schema version 2)
 * @param description what the topic covers
 * @param sources citations that attest the topic (schema version 2)
 * @since 0.1.0
 */
@JsonClassDescription("An issue that stances are about; topics form a tree through 'parent'.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Topic(
    @JsonProperty(value = "id", required = true)
        @JsonPropertyDescription("Lowercase slug.")
        @NotNull
        @Pattern(regexp = Constraints.SLUG)
        String id,
    @JsonProperty(value = "name", required = true)
        @JsonPropertyDescription("Name of the issue.")
        @NotNull
        @Size(min = 1, max = Constraints.NAME_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        String name,
    @JsonProperty("parent")
        @JsonPropertyDescription("Id of the broader topic.")
        @Pattern(regexp = Constraints.SLUG)
        @Nullable String parent,
    @JsonProperty("relations")
        @JsonPropertyDescription("Relations to other topics that cited sources claim (schema version 2).")
        @InSchema(since = 2)
        List<@NotNull @Valid TopicRelation> relations,
    @JsonProperty("description")
        @JsonPropertyDescription("What the topic covers.")
        @Size(min = 1, max = Constraints.TEXT_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        @Nullable String description,
    @JsonProperty("sources")
        @JsonPropertyDescription("Citations that attest the topic and its description (schema version 2).")
        @InSchema(since = 2)
        List<@NotNull @Valid Citation> sources)
    implements PolicyRecord {

  /**
   * Makes the lists immutable; a missing list is empty.
   *
   * @param id the id
   * @param name the name
   * @param parent the id of the broader topic, if any
   * @param relations relations to other topics that cited sources claim (schema version 2)
   * @param description what the topic covers
   * @param sources citations that attest the topic (schema version 2)
   */
  public Topic {
    relations = Lists.copy(relations);
    sources = Lists.copy(sources);
  }

  /**
   * Creates a record with the fields of schema version 1, every field of version 2 empty: the
   * canonical constructor of releases before 0.7.0, kept so that code calling it compiles unchanged.
   *
   * @param id the id
   * @param name the name
   * @param parent the id of the broader topic, if any
   * @param description what the topic covers
   * @since 0.1.0
   */
  public Topic(String id, String name, @Nullable String parent, @Nullable String description) {
    this(id, name, parent, List.of(), description, List.of());
  }

  @Override
  @JsonIgnore
  public RecordType recordType() {
    return RecordType.TOPIC;
  }

  @Override
  public List<Reference> references() {
    if (relations.isEmpty() && sources.isEmpty()) {
      return parent == null ? List.of() : List.of(new Reference("/parent", RecordType.TOPIC, parent));
    }
    List<Reference> refs = new ArrayList<>();
    if (parent != null) {
      refs.add(new Reference("/parent", RecordType.TOPIC, parent));
    }
    for (int i = 0; i < relations.size(); i++) {
      TopicRelation r = relations.get(i);
      if (r == null) {
        continue;
      }
      refs.add(new Reference("/relations/" + i + "/topic", RecordType.TOPIC, r.topic()));
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
    for (TopicRelation r : relations) {
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
   * Returns a builder of a topic, every field unset.
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
    b.name = name;
    b.parent = parent;
    b.description = description;
    b.relations = relations;
    b.sources = sources;
    return b;
  }

  /**
   * Builds a topic field by field; {@link #build()} checks every constraint of the record and
   * throws {@link InvalidRecordException} naming each one it breaks.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String parent;
    private @Nullable String description;

    private List<TopicRelation> relations = List.of();
    private List<Citation> sources = List.of();

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
     * Sets {@code name}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code parent}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder parent(@Nullable String value) {
      this.parent = value;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder description(@Nullable String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code relations} (relations to other topics that cited sources claim (schema version 2)).
     *
     * @param value the value (copied)
     * @return this builder
     * @since 0.7.0
     */
    public Builder relations(@Nullable List<TopicRelation> value) {
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
    public Builder relations(TopicRelation... values) {
      return relations(List.of(values));
    }

    /**
     * Sets {@code sources} (citations that attest the topic (schema version 2)).
     *
     * @param value the value (copied)
     * @return this builder
     * @since 0.7.0
     */
    public Builder sources(@Nullable List<Citation> value) {
      this.sources = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code sources}.
     *
     * @param values the values
     * @return this builder
     * @since 0.7.0
     */
    public Builder sources(Citation... values) {
      return sources(List.of(values));
    }

    /**
     * Returns the record, after checking every constraint of its fields.
     *
     * @return the record
     * @throws InvalidRecordException naming each constraint the fields break
     */
    // Unset required fields reach the constructor as null, for the check to name each.
    @SuppressWarnings("NullAway")
    public Topic build() {
      return RecordConstraints.check(new Topic(id, name, parent, relations, description, sources));
    }
  }
}
