package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Layer;
import org.policyset.core.model.Citation;

/**
 * What {@link Policyset#cite} found.
 *
 * @param match how the passage was found
 * @param places the citations of the passages found, each with the text's verbatim words and the
 *     locator of where they stand: one for {@link Match#EXACT} and {@link Match#CLOSE}, each
 *     candidate for {@link Match#AMBIGUOUS}, and for {@link Match#NOT_FOUND} the closest passage
 *     when one is near enough to show (else none)
 * @param lines the line of the archived text each place starts on, in the order of {@code places}
 * @param text the archived text file that was searched, or null when the inputs had errors
 * @param differingWords how many words were changed, added or dropped between the passage asked
 *     for and the first place (0 for an exact match)
 * @param difference the first place against the passage asked for, word by word
 *     ({@code [-asked-]{+text+}}), or null when they differ only in white space, marks or case
 * @param json the citation of the place found as canonical JSON ({@code source}, {@code quote},
 *     {@code locator}), or null unless the match is {@link Match#EXACT} or {@link Match#CLOSE}
 * @param inputErrors the inputs' errors, when they could not be read without (then nothing was
 *     searched)
 * @since 0.1.0
 */
public record CiteOutcome(Match match, List<Citation> places, List<Integer> lines,
    @Nullable Path text, int differingWords, @Nullable String difference, @Nullable String json,
    List<Finding> inputErrors) {

  /**
   * How a passage was found.
   *
   * @since 0.1.0
   */
  public enum Match {
    /** Once, as written (white space, quote marks, dashes and case aside). */
    EXACT,
    /** Once, with at most a quarter of its words changed, added or dropped. */
    CLOSE,
    /** In several places equally well: nothing is cited. */
    AMBIGUOUS,
    /** Nowhere close enough: nothing is cited. */
    NOT_FOUND
  }

  /**
   * Copies the lists.
   *
   * @param match how the passage was found
   * @param places the citations of the passages found
   * @param lines the line each place starts on
   * @param text the archived text file searched
   * @param differingWords words changed, added or dropped
   * @param difference the word-level difference
   * @param json the citation as canonical JSON
   * @param inputErrors the inputs' errors
   */
  public CiteOutcome {
    places = List.copyOf(places);
    lines = List.copyOf(lines);
    inputErrors = List.copyOf(inputErrors);
  }

  /** {@return whether a citation was found: the match is exact or close} */
  public boolean found() {
    return match == Match.EXACT || match == Match.CLOSE;
  }

  /**
   * {@return how the inputs fared: {@code UNREADABLE_INPUT} when one could not be read, {@code
   * FINDINGS} for other input errors, else {@code OK} (whether the passage was found is {@link
   * #match})}
   */
  public Status status() {
    if (inputErrors.stream().anyMatch(f -> f.rule().layer() == Layer.INPUT)) {
      return Status.UNREADABLE_INPUT;
    }
    return inputErrors.isEmpty() ? Status.OK : Status.FINDINGS;
  }
}
