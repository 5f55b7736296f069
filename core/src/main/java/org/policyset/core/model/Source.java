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
 * A document that records cite: an official statement, a UN document, a news report, a commentary
 * or an academic work.
 *
 * @param id the id
 * @param title the document's own title or heading
 * @param kind what kind of document it is
 * @param author who wrote it, if known
 * @param authors ids of the actors who wrote or issued it (schema version 2)
 * @param publisher who published it, if known
 * @param published when it was published, if known
 * @param url where it can be read
 * @param symbol the document symbol, for UN documents such as {@code S/RES/2712 (2023)}
 * @param language the language of the archived text, a BCP 47 tag (schema version 2)
 * @param translatedFrom what the archived text translates, when a source says so (schema version 2)
 * @param derivedFrom ids of the sources this one reports or reproduces (schema version 2)
 * @param text the path of an archived copy of its text, relative to the file that declares the
 *     source; quotes citing the source are checked against it
 * @since 0.1.0
 */
@JsonClassDescription("A document that records cite: an official statement, a UN document, a news report, a commentary or an academic work.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Source(
    @JsonProperty(value = "id", required = true)
        @JsonPropertyDescription("Lowercase slug.")
        @NotNull
        @Pattern(regexp = Constraints.SLUG)
        String id,
    @JsonProperty(value = "title", required = true)
        @JsonPropertyDescription("The document's own title or heading.")
        @NotNull
        @Size(min = 1, max = Constraints.NAME_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        String title,
    @JsonProperty(value = "kind", required = true)
        @JsonPropertyDescription("What kind of document it is.")
        @NotNull
        SourceKind kind,
    @JsonProperty("author")
        @JsonPropertyDescription("Who wrote it.")
        @Size(min = 1, max = Constraints.NAME_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        @Nullable String author,
    @JsonProperty("authors")
        @JsonPropertyDescription("Ids of the actors who wrote or issued it (schema version 2).")
        @InSchema(since = 2)
        List<@NotNull @Pattern(regexp = Constraints.SLUG) String> authors,
    @JsonProperty("publisher")
        @JsonPropertyDescription("Who published it.")
        @Size(min = 1, max = Constraints.NAME_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        @Nullable String publisher,
    @JsonProperty("published")
        @JsonPropertyDescription("When it was published: YYYY, YYYY-MM or YYYY-MM-DD.")
        @Nullable PartialDate published,
    @JsonProperty("url")
        @JsonPropertyDescription("Where it can be read (http or https).")
        @Size(max = 2000)
        @Pattern(regexp = Constraints.HTTP_URL)
        @Nullable String url,
    @JsonProperty("symbol")
        @JsonPropertyDescription("Document symbol, for UN documents such as 'S/RES/2712 (2023)'.")
        @Size(min = 1, max = 100)
        @Pattern(regexp = Constraints.TRIMMED)
        @Nullable String symbol,
    @JsonProperty("language")
        @JsonPropertyDescription("BCP 47 tag of the language of the archived text, such as 'en' (schema version 2).")
        @InSchema(since = 2)
        @Pattern(regexp = Constraints.LANGUAGE_TAG)
        @Nullable String language,
    @JsonProperty("translatedFrom")
        @JsonPropertyDescription("What the archived text translates: the original's language and, if recorded, the original source (schema version 2).")
        @InSchema(since = 2)
        @Valid
        @Nullable Translation translatedFrom,
    @JsonProperty("derivedFrom")
        @JsonPropertyDescription("Ids of the sources this one reports or reproduces (schema version 2).")
        @InSchema(since = 2)
        List<@NotNull @Pattern(regexp = Constraints.SLUG) String> derivedFrom,
    @JsonProperty("text")
        @JsonPropertyDescription("Path of an archived copy of the text, relative to the declaring file; quotes are checked against it.")
        @Size(min = 1, max = 500)
        @Pattern(regexp = Constraints.RELATIVE_PATH)
        @Nullable String text)
    implements PolicyRecord {

  /**
   * Makes the lists immutable; a missing list is empty.
   *
   * @param id the id
   * @param title the document's own title or heading
   * @param kind what kind of document it is
   * @param author who wrote it, if known
   * @param authors ids of the actors who wrote or issued it (schema version 2)
   * @param publisher who published it, if known
   * @param published when it was published, if known
   * @param url where it can be read
   * @param symbol the document symbol, for UN documents such as {@code S/RES/2712 (2023)}
   * @param language the language of the archived text, a BCP 47 tag (schema version 2)
   * @param translatedFrom what the archived text translates, when a source says so (schema version 2)
   * @param derivedFrom ids of the sources this one reports or reproduces (schema version 2)
   * @param text the path of an archived copy of its text, relative to the file that declares the
   *     source; quotes citing the source are checked against it
   */
  public Source {
    authors = Lists.copy(authors);
    derivedFrom = Lists.copy(derivedFrom);
  }

  /**
   * Creates a record with the fields of schema version 1, every field of version 2 empty: the
   * canonical constructor of releases before 0.7.0, kept so that code calling it compiles unchanged.
   *
   * @param id the id
   * @param title the document's own title or heading
   * @param kind what kind of document it is
   * @param author who wrote it, if known
   * @param publisher who published it, if known
   * @param published when it was published, if known
   * @param url where it can be read
   * @param symbol the document symbol, for UN documents such as {@code S/RES/2712 (2023)}
   * @param text the path of an archived copy of its text, relative to the file that declares the
   *     source; quotes citing the source are checked against it
   * @since 0.1.0
   */
  public Source(String id, String title, SourceKind kind, @Nullable String author, @Nullable String publisher, @Nullable PartialDate published, @Nullable String url, @Nullable String symbol, @Nullable String text) {
    this(id, title, kind, author, List.of(), publisher, published, url, symbol, null, null, List.of(), text);
  }

  @Override
  @JsonIgnore
  public RecordType recordType() {
    return RecordType.SOURCE;
  }

  @Override
  public List<Reference> references() {
    if (authors.isEmpty() && translatedFrom == null && derivedFrom.isEmpty()) {
      return List.of();
    }
    List<Reference> refs = new java.util.ArrayList<>(authors.size());
    for (int i = 0; i < authors.size(); i++) {
      refs.add(new Reference("/authors/" + i, RecordType.ACTOR, authors.get(i)));
    }
    if (translatedFrom != null && translatedFrom.source() != null) {
      refs.add(new Reference("/translatedFrom/source", RecordType.SOURCE, translatedFrom.source()));
    }
    for (int i = 0; i < derivedFrom.size(); i++) {
      refs.add(new Reference("/derivedFrom/" + i, RecordType.SOURCE, derivedFrom.get(i)));
    }
    return refs;
  }

  /**
   * Returns a builder of a source, every field unset.
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
    b.title = title;
    b.kind = kind;
    b.author = author;
    b.publisher = publisher;
    b.published = published;
    b.url = url;
    b.symbol = symbol;
    b.text = text;
    b.authors = authors;
    b.language = language;
    b.translatedFrom = translatedFrom;
    b.derivedFrom = derivedFrom;
    return b;
  }

  /**
   * Builds a source field by field; {@link #build()} checks every constraint of the record and
   * throws {@link InvalidRecordException} naming each one it breaks.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String title;
    private @Nullable SourceKind kind;
    private @Nullable String author;
    private @Nullable String publisher;
    private @Nullable PartialDate published;
    private @Nullable String url;
    private @Nullable String symbol;
    private @Nullable String text;

    private List<String> authors = List.of();
    private @Nullable String language;

    private @Nullable Translation translatedFrom;
    private List<String> derivedFrom = List.of();

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
     * Sets {@code title}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /**
     * Sets {@code kind}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder kind(SourceKind value) {
      this.kind = value;
      return this;
    }

    /**
     * Sets {@code author}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder author(@Nullable String value) {
      this.author = value;
      return this;
    }

    /**
     * Sets {@code publisher}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder publisher(@Nullable String value) {
      this.publisher = value;
      return this;
    }

    /**
     * Sets {@code published}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder published(@Nullable PartialDate value) {
      this.published = value;
      return this;
    }

    /**
     * Sets {@code url}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder url(@Nullable String value) {
      this.url = value;
      return this;
    }

    /**
     * Sets {@code symbol}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder symbol(@Nullable String value) {
      this.symbol = value;
      return this;
    }

    /**
     * Sets {@code text}.
     *
     * @param value the value
     * @return this builder
     */
    public Builder text(@Nullable String value) {
      this.text = value;
      return this;
    }

    /**
     * Sets {@code authors} (ids of the actors who wrote or issued it (schema version 2)).
     *
     * @param value the value (copied)
     * @return this builder
     * @since 0.7.0
     */
    public Builder authors(@Nullable List<String> value) {
      this.authors = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code authors}.
     *
     * @param values the values
     * @return this builder
     * @since 0.7.0
     */
    public Builder authors(String... values) {
      return authors(List.of(values));
    }

    /**
     * Sets {@code language} (the language of the archived text, a BCP 47 tag (schema version 2)).
     *
     * @param value the value
     * @return this builder
     * @since 0.7.0
     */
    public Builder language(@Nullable String value) {
      this.language = value;
      return this;
    }

    /**
     * Sets {@code translatedFrom} (what the archived text translates, when a source says so (schema version 2)).
     *
     * @param value the value
     * @return this builder
     * @since 0.7.0
     */
    public Builder translatedFrom(@Nullable Translation value) {
      this.translatedFrom = value;
      return this;
    }

    /**
     * Sets {@code derivedFrom} (ids of the sources this one reports or reproduces (schema version 2)).
     *
     * @param value the value (copied)
     * @return this builder
     * @since 0.7.0
     */
    public Builder derivedFrom(@Nullable List<String> value) {
      this.derivedFrom = value == null ? List.of() : List.copyOf(value);
      return this;
    }

    /**
     * Sets {@code derivedFrom}.
     *
     * @param values the values
     * @return this builder
     * @since 0.7.0
     */
    public Builder derivedFrom(String... values) {
      return derivedFrom(List.of(values));
    }

    /**
     * Returns the record, after checking every constraint of its fields.
     *
     * @return the record
     * @throws InvalidRecordException naming each constraint the fields break
     */
    // Unset required fields reach the constructor as null, for the check to name each.
    @SuppressWarnings("NullAway")
    public Source build() {
      return RecordConstraints.check(new Source(id, title, kind, author, authors, publisher, published, url, symbol, language, translatedFrom, derivedFrom, text));
    }
  }
}
