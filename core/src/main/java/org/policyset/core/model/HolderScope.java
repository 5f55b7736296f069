package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Which members of a group holder a stance's source means (schema version 2): "a number of
 * countries of the Global South" is {@code {"actor": "global-south", "scope": "some"}}.
 *
 * @param actor the id of the holder, one of the stance's {@code holders}
 * @param scope which of its members
 * @since 0.7.0
 */
@JsonClassDescription("Which members of a group holder the source means: all, some or unspecified members.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HolderScope(
    @JsonProperty(value = "actor", required = true)
        @JsonPropertyDescription("Id of the holder, one of the stance's holders.")
        @NotNull
        @Pattern(regexp = Constraints.SLUG)
        String actor,
    @JsonProperty(value = "scope", required = true)
        @JsonPropertyDescription("Which of its members: all, some or unspecified.")
        @NotNull
        MemberScope scope) {}
