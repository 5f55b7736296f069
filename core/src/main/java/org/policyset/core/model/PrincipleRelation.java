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
 * A relation from one principle to another, such as solidarity being in tension with
 * non-interference.
 *
 * @param principle the id of the other principle
 * @param kind how the two relate
 * @param sources the citations that draw this relation
 * @since 0.1.0
 */
@JsonClassDescription("A relation from one principle to another, such as solidarity being in tension with non-interference.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PrincipleRelation(
    @JsonProperty(value = "principle", required = true)
        @JsonPropertyDescription("Id of the related principle.")
        @NotNull
        @Pattern(regexp = Constraints.SLUG)
        String principle,
    @JsonProperty(value = "kind", required = true)
        @JsonPropertyDescription("How the principles relate.")
        @NotNull
        RelationKind kind,
    @JsonProperty("sources")
        @JsonPropertyDescription("Citations that draw this relation.")
        List<@NotNull @Valid Citation> sources) {

  /**
   * Makes the list immutable; a missing list is empty.
   *
   * @param principle the id of the other principle
   * @param kind how the two relate
   * @param sources the citations that draw this relation
   */
  public PrincipleRelation {
    sources = Lists.copy(sources);
  }
}
