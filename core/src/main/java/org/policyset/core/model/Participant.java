package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * An actor's part in an {@link Event}.
 *
 * @param actor the id of the actor
 * @param role the role it played
 * @since 0.1.0
 */
@JsonClassDescription("An actor's part in an event.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Participant(
    @JsonProperty(value = "actor", required = true)
        @JsonPropertyDescription("Id of the actor.")
        @NotNull
        @Pattern(regexp = Constraints.SLUG)
        String actor,
    @JsonProperty(value = "role", required = true)
        @JsonPropertyDescription("The role the actor played.")
        @NotNull
        ParticipantRole role) {}
