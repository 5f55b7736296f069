package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;

/**
 * What an edit of a dataset did — {@link Policyset#newRecord}, {@link Policyset#addSource},
 * {@link Policyset#rename}: the files it wrote, or the findings that stopped it (then nothing was
 * written).
 *
 * @param status {@link Status#OK} when the edit was made (or, printing, would be),
 *     {@link Status#FINDINGS} when the dataset has errors, an id is taken, or the new record would
 *     be invalid, {@link Status#UNREADABLE_INPUT} when the dataset could not be read
 * @param findings what stopped the edit; with {@link Status#OK}, warnings about the new record
 *     (such as a source no record cites yet)
 * @param written the files written, in the order written; empty when nothing was
 * @param reformatted the files among {@code written} that were not in canonical form before, so
 *     that more than the edit changed in them
 * @param record the canonical text of the new record (without a trailing newline); empty for a
 *     rename
 * @param references the references to the renamed id that were changed (the id itself not
 *     counted); 0 for other edits
 * @param lineEnds the line ends of an archived text: {@code LF}, {@code CRLF}, {@code CR},
 *     {@code mixed} or {@code none}; null for other edits
 * @since 0.1.0
 */
public record EditOutcome(Status status, List<Finding> findings, List<Path> written,
    List<Path> reformatted, String record, int references, @Nullable String lineEnds) {

  /**
   * Copies the lists.
   *
   * @param status how the edit ended
   * @param findings what stopped the edit, or warnings about the new record
   * @param written the files written
   * @param reformatted the files written that were not in canonical form before
   * @param record the canonical text of the new record
   * @param references the references changed by a rename
   * @param lineEnds the line ends of an archived text, or null
   */
  public EditOutcome {
    findings = List.copyOf(findings);
    written = List.copyOf(written);
    reformatted = List.copyOf(reformatted);
  }

  static EditOutcome stopped(Status status, List<Finding> findings) {
    return new EditOutcome(status, findings, List.of(), List.of(), "", 0, null);
  }
}
