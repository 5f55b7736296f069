package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A claim's tie to a source: which source, the verbatim quote that supports the claim, and where in
 * the source the quote stands.
 *
 * @param source the id of the {@link Source}
 * @param quote the verbatim words of the source; checked against the source's archived text when it
 *     has one
 * @param locator where in the source, such as {@code para. 3} or {@code p. 12}
 * @param basis whether the quote states the value or the curator inferred it (schema version 2)
 * @since 0.1.0
 */
@JsonClassDescription("A claim's tie to a source: which source, the verbatim quote that supports the claim, and where in the source the quote stands.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Citation(
    @JsonProperty(value = "source", required = true)
        @JsonPropertyDescription("Id of the cited source.")
        @NotNull
        @Pattern(regexp = Constraints.SLUG)
        String source,
    @JsonProperty("quote")
        @JsonPropertyDescription("Verbatim words of the source that support the claim.")
        @Size(min = 1, max = Constraints.TEXT_MAX)
        @Pattern(regexp = Constraints.TRIMMED)
        @Nullable String quote,
    @JsonProperty("locator")
        @JsonPropertyDescription("Where in the source the quote stands, such as 'para. 3'.")
        @Size(min = 1, max = 200)
        @Pattern(regexp = Constraints.TRIMMED)
        @Nullable String locator,
    @JsonProperty("basis")
        @JsonPropertyDescription("'inferred' when the curator derived the cited value from the quote rather than the quote stating it (schema version 2).")
        @InSchema(since = 2)
        @Nullable CitationBasis basis) {

  /**
   * Creates a citation of schema version 1, without a basis: the canonical constructor of
   * releases before 0.7.0.
   *
   * @param source the id of the cited source
   * @param quote the verbatim words of the source that support the claim, if given
   * @param locator where in the source the quote stands, if given
   * @since 0.1.0
   */
  public Citation(String source, @Nullable String quote, @Nullable String locator) {
    this(source, quote, locator, null);
  }
}
