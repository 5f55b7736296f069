package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.merge.MergeConflict;

/**
 * What a three-way merge did to our version: merged (cleanly, or holding our side of each
 * conflict), or left alone because a version has errors or the result would not read back.
 *
 * @param inputErrors the errors of the three versions, or of the merged result read back; when
 *     there are any, our version is left as it was
 * @param conflicts the fields both sides changed differently, and records one side deleted while
 *     the other changed them; our version holds our side of each
 * @param locations where each conflicted record stands in the merged file (named by the file's
 *     path), by {@code type:id}; a record our side deleted has none
 * @param sideFile the side file the conflicts were written to ({@link ConflictStyle#SIDE_FILE}), or
 *     null
 * @since 0.1.0
 */
public record ThreeWayMergeOutcome(List<Finding> inputErrors, List<MergeConflict> conflicts,
    Map<String, Location> locations, @Nullable Path sideFile) {

  /**
   * Copies the lists.
   *
   * @param inputErrors the errors of the three versions, or of the merged result read back; when
   *     there are any, our version is left as it was
   * @param conflicts the fields both sides changed differently, and records one side deleted while
   *     the other changed them; our version holds our side of each
   * @param locations where each conflicted record stands in the merged file, by {@code type:id}
   * @param sideFile the side file the conflicts were written to, or null
   */
  public ThreeWayMergeOutcome {
    inputErrors = List.copyOf(inputErrors);
    conflicts = List.copyOf(conflicts);
    locations = Map.copyOf(locations);
  }

  /**
   * An outcome with no locations and no side file.
   *
   * @param inputErrors the errors of the three versions, or of the merged result read back
   * @param conflicts the conflicts; our version holds our side of each
   */
  public ThreeWayMergeOutcome(List<Finding> inputErrors, List<MergeConflict> conflicts) {
    this(inputErrors, conflicts, Map.of(), null);
  }

  /**
   * Returns {@link Status#OK} for a clean merge, {@link Status#FINDINGS} otherwise (git then marks
   * the file as conflicted).
   *
   * @return the status
   */
  public Status status() {
    return inputErrors.isEmpty() && conflicts.isEmpty() ? Status.OK : Status.FINDINGS;
  }
}
