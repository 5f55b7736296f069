package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A state, organization, organ, grouping or person that takes part in events or holds stances.
 *
 * @param id the id; states use their ISO 3166-1 alpha-2 code, such as {@code cn}
 * @param name the common English name
 * @param unnamed true when the sources do not name the actor (schema version 2)
 * @param kind what kind of actor this is
 * @param memberOf ids of the actors (groupings, organizations) this actor belongs to
 * @param wikidata the Wikidata item id, such as {@code Q148}
 * @param aliases other names the actor goes by
 * @param sources citations that attest the actor (schema version 2)
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
    @JsonProperty("unnamed")
        @JsonPropertyDescription("True when the sources do not name the actor: 'name' is then a description (schema version 2).")
        @InSchema(since = 2)
        @Nullable Boolean unnamed,
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
        @Nullable String wikidata,
    @JsonProperty("aliases")
        @JsonPropertyDescription("Other names the actor goes by.")
        List<@NotNull @Size(min = 1, max = Constraints.NAME_MAX) @Pattern(regexp = Constraints.TRIMMED) String>
            aliases,
    @JsonProperty("sources")
        @JsonPropertyDescription("Citations that attest the actor and what the dataset says of it (schema version 2).")
        @InSchema(since = 2)
        List<@NotNull @Valid Citation> sources)
    implements PolicyRecord {

  /**
   * Makes the lists immutable; a missing list is empty.
   *
   * @param id the id; states use their ISO 3166-1 alpha-2 code, such as {@code cn}
   * @param name the common English name
   * @param unnamed true when the sources do not name the actor (schema version 2)
   * @param kind what kind of actor this is
   * @param memberOf ids of the actors (groupings, organizations) this actor belongs to
   * @param wikidata the Wikidata item id, such as {@code Q148}
   * @param aliases other names the actor goes by
   * @param sources citations that attest the actor (schema version 2)
   */
  public Actor {
    sources = Lists.copy(sources);
    memberOf = Lists.copy(memberOf);
    aliases = Lists.copy(aliases);
  }

  /**
   * Creates a record with the fields of schema version 1, every field of version 2 empty: the
   * canonical constructor of releases before 0.7.0, kept so that code calling it compiles unchanged.
   *
   * @param id the id; states use their ISO 3166-1 alpha-2 code, such as {@code cn}
   * @param name the common English name
   * @param kind what kind of actor this is
   * @param memberOf ids of the actors (groupings, organizations) this actor belongs to
   * @param wikidata the Wikidata item id, such as {@code Q148}
   * @param aliases other names the actor goes by
   * @since 0.1.0
   */
  public Actor(String id, String name, ActorKind kind, List<String> memberOf,
      @Nullable String wikidata, List<String> aliases) {
    this(id, name, null, kind, memberOf, wikidata, aliases, List.of());
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
    CitationRefs.add(refs, "/sources", sources);
    return refs;
  }

  @Override
  public List<Citation> citations() {
    return sources;
  }

  @Override
  public String citationsPointer() {
    return "/sources";
  }

  /**
   * Returns a builder of an actor, every field unset.
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
    b.name = name;
    b.kind = kind;
    b.memberOf = memberOf;
    b.wikidata = wikidata;
    b.aliases = aliases;
    b.unnamed = unnamed;
    b.sources = sources;
    return b;
  }

  /**
   * Builds an actor field by field; {@link #build()} checks every constraint of the record and
   * throws {@link InvalidRecordException} naming each one it breaks.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable ActorKind kind;
    private List<String> memberOf = List.of();
    private @Nullable String wikidata;
    private List<String> aliases = List.of();

    private @Nullable Boolean unnamed;
    private List<Citation> sources = List.of();

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
     * Sets {@code name}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code kind}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder kind(ActorKind value) {
      this.kind = value;
      return this;
    }

    /**
     * Sets {@code memberOf}.
     *
     * @param value the value (copied)
     * @return this builder
     */
    public Builder memberOf(@Nullable List<String> value) {
      this.memberOf = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code memberOf}.
     *
     * @param values the values
     * @return this builder
     */
    public Builder memberOf(String... values) {
      return memberOf(List.of(values));
    }

    /**
     * Sets {@code wikidata}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder wikidata(@Nullable String value) {
      this.wikidata = value;
      return this;
    }

    /**
     * Sets {@code aliases}.
     *
     * @param value the value (copied)
     * @return this builder
     */
    public Builder aliases(@Nullable List<String> value) {
      this.aliases = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code aliases}.
     *
     * @param values the values
     * @return this builder
     */
    public Builder aliases(String... values) {
      return aliases(List.of(values));
    }

    /**
     * Sets {@code unnamed} (true when the sources do not name the actor (schema version 2)).
     *
     * @param value the value
     * @return this builder
     * @since 0.7.0
     */
    public Builder unnamed(@Nullable Boolean value) {
      this.unnamed = value;
      return this;
    }

    /**
     * Sets {@code sources} (citations that attest the actor (schema version 2)).
     *
     * @param value the value (copied)
     * @return this builder
     * @since 0.7.0
     */
    public Builder sources(@Nullable List<Citation> value) {
      this.sources = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code sources}.
     *
     * @param values the values
     * @return this builder
     * @since 0.7.0
     */
    public Builder sources(Citation... values) {
      return sources(List.of(values));
    }

    /**
     * Returns the record, after checking every constraint of its fields.
     *
     * @return the record
     * @throws InvalidRecordException naming each constraint the fields break
     */
    // Unset required fields reach the constructor as null, for the check to name each.
    @SuppressWarnings("NullAway")
    public Actor build() {
      return RecordConstraints.check(new Actor(id, name, unnamed, kind, memberOf, wikidata, aliases, sources));
    }
  }
}
