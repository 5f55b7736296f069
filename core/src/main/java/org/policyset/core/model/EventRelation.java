package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A relation from one event to another (schema version 2), such as a position paper invoking a
 * resolution, with the citations that draw it.
 *
 * @param event the id of the other event
 * @param kind how the events relate
 * @param within for {@code follows}: the longest gap the source gives, as an ISO 8601 duration
 *     such as {@code P2M}
 * @param sources the citations that draw this relation
 * @since 0.7.0
 */
@JsonClassDescription("A relation from one event to another, such as a position paper invoking a resolution.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EventRelation(
    @JsonProperty(value = "event", required = true)
        @JsonPropertyDescription("Id of the other event.")
        @NotNull
        @Pattern(regexp = Constraints.SLUG)
        String event,
    @JsonProperty(value = "kind", required = true)
        @JsonPropertyDescription("How the events relate.")
        @NotNull
        EventRelationKind kind,
    @JsonProperty("within")
        @JsonPropertyDescription("For 'follows': the longest gap the source gives, an ISO 8601 duration such as P2M.")
        @Pattern(regexp = Constraints.DURATION)
        @Nullable String within,
    @JsonProperty("sources")
        @JsonPropertyDescription("Citations that draw this relation.")
        List<@NotNull @Valid Citation> sources) {

  /**
   * Makes the list immutable; a missing list is empty.
   *
   * @param event the id of the other event
   * @param kind how the events relate
   * @param within the longest gap, for {@code follows}
   * @param sources the citations that draw this relation
   */
  public EventRelation {
    sources = Lists.copy(sources);
  }
}
