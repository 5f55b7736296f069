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
 * A principle that stances invoke, such as non-interference, with the relations the sources draw
 * between principles.
 *
 * @param id the id
 * @param name the name
 * @param description what the principle means, in the sources' terms
 * @param relations relations to other principles
 * @param sources the citations that name or explain the principle
 * @since 0.1.0
 */
@JsonClassDescription("A principle that stances invoke, such as non-interference, with the relations the sources draw between principles.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Principle(
    @JsonProperty(value = "id", required = true)
        @JsonPropertyDescription("Lowercase slug.")
        @NotNull
        @Pattern(regexp = Constraints.SLUG)
        String id,
    @JsonProperty(value = "name", required = true)
        @JsonPropertyDescription("Name of the principle.")
        @NotNull
        @Size(min = 1, max = Constraints.NAME_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        String name,
    @JsonProperty("description")
        @JsonPropertyDescription("What the principle means, in the sources' terms.")
        @Size(min = 1, max = Constraints.TEXT_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        @Nullable String description,
    @JsonProperty("relations")
        @JsonPropertyDescription("Relations to other principles.")
        List<@NotNull @Valid PrincipleRelation> relations,
    @JsonProperty("sources")
        @JsonPropertyDescription("Citations that name or explain the principle.")
        List<@NotNull @Valid Citation> sources)
    implements PolicyRecord {

  /**
   * Makes the lists immutable; a missing list is empty.
   *
   * @param id the id
   * @param name the name
   * @param description what the principle means, in the sources' terms
   * @param relations relations to other principles
   * @param sources the citations that name or explain the principle
   */
  public Principle {
    relations = Lists.copy(relations);
    sources = Lists.copy(sources);
  }

  @Override
  @JsonIgnore
  public RecordType recordType() {
    return RecordType.PRINCIPLE;
  }

  @Override
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    for (int i = 0; i < relations.size(); i++) {
      PrincipleRelation r = relations.get(i);
      if (r == null) {
        continue;
      }
      refs.add(new Reference("/relations/" + i + "/principle", RecordType.PRINCIPLE, r.principle()));
      CitationRefs.add(refs, "/relations/" + i + "/sources", r.sources());
    }
    CitationRefs.add(refs, "/sources", sources);
    return refs;
  }

  @Override
  public List<Citation> citations() {
    List<Citation> all = new ArrayList<>(sources);
    for (PrincipleRelation r : relations) {
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
   * Returns a builder of a principle, every field unset.
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
    b.description = description;
    b.relations = relations;
    b.sources = sources;
    return b;
  }

  /**
   * Builds a principle field by field; {@link #build()} checks every constraint of the record and
   * throws {@link InvalidRecordException} naming each one it breaks.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String description;
    private List<PrincipleRelation> relations = List.of();
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
     * Sets {@code relations}.
     *
     * @param value the value (copied)
     * @return this builder
     */
    public Builder relations(@Nullable List<PrincipleRelation> value) {
      this.relations = value == null ? List.of() : List.copyOf(value);
      return this;
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
     * Returns the record, after checking every constraint of its fields.
     *
     * @return the record
     * @throws InvalidRecordException naming each constraint the fields break
     */
    // Unset required fields reach the constructor as null, for the check to name each.
    @SuppressWarnings("NullAway")
    public Principle build() {
      return RecordConstraints.check(new Principle(id, name, description, relations, sources));
    }
  }
}
