package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A relation from one topic to another that a cited source claims (schema version 2), such as
 * climate change being a root cause of conflict.
 *
 * @param topic the id of the other topic
 * @param kind how the topics relate
 * @param sources the citations that draw this relation
 * @since 0.7.0
 */
@JsonClassDescription("A relation from one topic to another that a cited source claims, such as poverty being a root cause of conflict.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TopicRelation(
    @JsonProperty(value = "topic", required = true)
        @JsonPropertyDescription("Id of the other topic.")
        @NotNull
        @Pattern(regexp = Constraints.SLUG)
        String topic,
    @JsonProperty(value = "kind", required = true)
        @JsonPropertyDescription("How the topics relate.")
        @NotNull
        TopicRelationKind kind,
    @JsonProperty("sources")
        @JsonPropertyDescription("Citations that draw this relation.")
        List<@NotNull @Valid Citation> sources) {

  /**
   * Makes the list immutable; a missing list is empty.
   *
   * @param topic the id of the other topic
   * @param kind how the topics relate
   * @param sources the citations that draw this relation
   */
  public TopicRelation {
    sources = Lists.copy(sources);
  }
}
