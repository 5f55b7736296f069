package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An issue that stances are about, such as a ceasefire in Gaza; topics form a tree through
 * {@code parent}.
 *
 * @param id the id
 * @param name the name
 * @param parent the id of the broader topic, if any
 * @param description what the topic covers
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
    @JsonProperty("description")
        @JsonPropertyDescription("What the topic covers.")
        @Size(min = 1, max = Constraints.TEXT_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        @Nullable String description)
    implements PolicyRecord {

  @Override
  @JsonIgnore
  public RecordType recordType() {
    return RecordType.TOPIC;
  }

  @Override
  public List<Reference> references() {
    return parent == null ? List.of() : List.of(new Reference("/parent", RecordType.TOPIC, parent));
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
     * Returns the record, after checking every constraint of its fields.
     *
     * @return the record
     * @throws InvalidRecordException naming each constraint the fields break
     */
    // Unset required fields reach the constructor as null, for the check to name each.
    @SuppressWarnings("NullAway")
    public Topic build() {
      return RecordConstraints.check(new Topic(id, name, parent, description));
    }
  }
}
