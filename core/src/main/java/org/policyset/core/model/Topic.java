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
        String parent,
    @JsonProperty("description")
        @JsonPropertyDescription("What the topic covers.")
        @Size(min = 1, max = Constraints.TEXT_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        String description)
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
}
