package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
        String description) {

  /** The schema version this release of policyset reads and writes. */
  public static final String CURRENT_SCHEMA_VERSION = "1";
}
