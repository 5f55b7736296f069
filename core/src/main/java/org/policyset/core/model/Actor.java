package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A state, organization, organ, grouping or person that takes part in events or holds stances.
 *
 * @param id the id; states use their ISO 3166-1 alpha-2 code, such as {@code cn}
 * @param name the common English name
 * @param kind what kind of actor this is
 * @param memberOf ids of the actors (groupings, organizations) this actor belongs to
 * @param wikidata the Wikidata item id, such as {@code Q148}
 * @param aliases other names the actor goes by
 * @since 0.1.0
 */
@JsonClassDescription("A state, organization, organ, grouping or person that takes part in events or holds stances.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Actor(
    @JsonProperty(value = "id", required = true)
        @JsonPropertyDescription("Lowercase slug; states use ISO 3166-1 alpha-2, such as 'cn'.")
        @NotNull
        @Pattern(regexp = Constraints.SLUG)
        String id,
    @JsonProperty(value = "name", required = true)
        @JsonPropertyDescription("Common English name.")
        @NotNull
        @Size(min = 1, max = Constraints.NAME_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        String name,
    @JsonProperty(value = "kind", required = true)
        @JsonPropertyDescription("What kind of actor this is.")
        @NotNull
        ActorKind kind,
    @JsonProperty("memberOf")
        @JsonPropertyDescription("Ids of the actors this actor belongs to.")
        List<@NotNull @Pattern(regexp = Constraints.SLUG) String> memberOf,
    @JsonProperty("wikidata")
        @JsonPropertyDescription("Wikidata item id, such as 'Q148'.")
        @Pattern(regexp = Constraints.WIKIDATA_QID)
        String wikidata,
    @JsonProperty("aliases")
        @JsonPropertyDescription("Other names the actor goes by.")
        List<@NotNull @Size(min = 1, max = Constraints.NAME_MAX) @Pattern(regexp = Constraints.TRIMMED) String>
            aliases)
    implements PolicyRecord {

  /** Makes the lists immutable; a missing list is empty. */
  public Actor {
    memberOf = Lists.copy(memberOf);
    aliases = Lists.copy(aliases);
  }

  @Override
  @JsonIgnore
  public RecordType recordType() {
    return RecordType.ACTOR;
  }

  @Override
  public List<Reference> references() {
    List<Reference> refs = new ArrayList<>(memberOf.size());
    for (int i = 0; i < memberOf.size(); i++) {
      refs.add(new Reference("/memberOf/" + i, RecordType.ACTOR, memberOf.get(i)));
    }
    return refs;
  }
}
