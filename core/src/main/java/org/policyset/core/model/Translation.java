package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a source's archived text translates (schema version 2; W3C PROV's derivation): the
 * language of the original and, when the dataset records it, the original as a source.
 *
 * @param language the BCP 47 tag of the original's language
 * @param source the id of the source that is the original, if the dataset has it
 * @since 0.7.0
 */
@JsonClassDescription("What a source's archived text translates: the original's language and, if recorded, the original source.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Translation(
    @JsonProperty(value = "language", required = true)
        @JsonPropertyDescription("BCP 47 tag of the original's language, such as 'zh'.")
        @NotNull
        @Pattern(regexp = Constraints.LANGUAGE_TAG)
        String language,
    @JsonProperty("source")
        @JsonPropertyDescription("Id of the source that is the original.")
        @Pattern(regexp = Constraints.SLUG)
        @Nullable String source) {}
