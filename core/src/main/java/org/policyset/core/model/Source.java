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
 * A document that records cite: an official statement, a UN document, a news report, a commentary
 * or an academic work.
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
        String author,
    @JsonProperty("publisher")
        @JsonPropertyDescription("Who published it.")
        @Size(min = 1, max = Constraints.NAME_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        String publisher,
    @JsonProperty("published")
        @JsonPropertyDescription("When it was published: YYYY, YYYY-MM or YYYY-MM-DD.")
        PartialDate published,
    @JsonProperty("url")
        @JsonPropertyDescription("Where it can be read (http or https).")
        @Size(max = 2000)
        @Pattern(regexp = Constraints.HTTP_URL)
        String url,
    @JsonProperty("symbol")
        @JsonPropertyDescription("Document symbol, for UN documents such as 'S/RES/2712 (2023)'.")
        @Size(min = 1, max = 100)
        @Pattern(regexp = Constraints.TRIMMED)
        String symbol,
    @JsonProperty("text")
        @JsonPropertyDescription("Path of an archived copy of the text, relative to the declaring file; quotes are checked against it.")
        @Size(min = 1, max = 500)
        @Pattern(regexp = Constraints.RELATIVE_PATH)
        String text)
    implements PolicyRecord {

  @Override
  @JsonIgnore
  public RecordType recordType() {
    return RecordType.SOURCE;
  }

  @Override
  public List<Reference> references() {
    return List.of();
  }
}
