package org.policyset.core.model;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a dataset is: its id, title, version, licence and the schema version its files follow.
 *
 * @param id the dataset id
 * @param title the title
 * @param version the dataset's own version, semantic versioning
 * @param license an SPDX licence expression, such as {@code CC-BY-4.0}
 * @param schemaVersion the policyset schema version the files follow, such as {@code 1}
 * @param description what the dataset covers
 * @since 0.1.0
 */
@JsonClassDescription("What a dataset is: its id, title, version, licence and the schema version its files follow.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Manifest(
    @JsonProperty(value = "id", required = true)
        @JsonPropertyDescription("Lowercase slug.")
        @NotNull
        @Pattern(regexp = Constraints.SLUG)
        String id,
    @JsonProperty(value = "title", required = true)
        @JsonPropertyDescription("Title of the dataset.")
        @NotNull
        @Size(min = 1, max = Constraints.NAME_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        String title,
    @JsonProperty(value = "version", required = true)
        @JsonPropertyDescription("The dataset's version (semantic versioning).")
        @NotNull
        @Pattern(regexp = Constraints.SEMVER)
        String version,
    @JsonProperty(value = "license", required = true)
        @JsonPropertyDescription("SPDX licence expression, such as 'CC-BY-4.0'.")
        @NotNull
        @Size(min = 1, max = 100)
        @Pattern(regexp = Constraints.TRIMMED)
        String license,
    @JsonProperty(value = "schemaVersion", required = true)
        @JsonPropertyDescription("The policyset schema version the files follow.")
        @NotNull
        @Pattern(regexp = "^[1-9][0-9]*$")
        String schemaVersion,
    @JsonProperty("description")
        @JsonPropertyDescription("What the dataset covers.")
        @Size(min = 1, max = Constraints.TEXT_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        @Nullable String description) {

  /** The schema version this release of policyset reads and writes. */
  public static final String CURRENT_SCHEMA_VERSION = "1";

  /**
   * Returns a builder of a manifest, every field unset.
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
    b.version = version;
    b.license = license;
    b.schemaVersion = schemaVersion;
    b.description = description;
    return b;
  }

  /**
   * Builds a manifest field by field; {@link #build()} checks every constraint of the record and
   * throws {@link InvalidRecordException} naming each one it breaks.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String title;
    private @Nullable String version;
    private @Nullable String license;
    private @Nullable String schemaVersion;
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
     * Sets {@code version}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder version(String value) {
      this.version = value;
      return this;
    }

    /**
     * Sets {@code license}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder license(String value) {
      this.license = value;
      return this;
    }

    /**
     * Sets {@code schemaVersion}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder schemaVersion(String value) {
      this.schemaVersion = value;
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
    public Manifest build() {
      return RecordConstraints.check(new Manifest(id, title, version, license, schemaVersion, description));
    }
  }
}
