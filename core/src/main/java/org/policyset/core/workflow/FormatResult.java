package org.policyset.core.workflow;

import java.util.List;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.write.DatasetFormatter;
import org.policyset.core.write.DatasetFormatter.FileResult;

/**
 * What formatting did to each file, and the inputs that could not be used at all.
 *
 * @param files one result per dataset file
 * @param inputFindings findings about inputs that could not be used (missing, unreadable)
 * @param check whether the run only checked
 * @since 0.1.0
 */
public record FormatResult(List<FileResult> files, List<Finding> inputFindings, boolean check) {

  /**
   * Copies the lists.
   *
   * @param files one result per dataset file
   * @param inputFindings findings about inputs that could not be used (missing, unreadable)
   * @param check whether the run only checked
   */
  public FormatResult {
    files = List.copyOf(files);
    inputFindings = List.copyOf(inputFindings);
  }

  /**
   * Returns whether some file could not be written (it is unchanged).
   *
   * @return true if a write failed
   */
  public boolean writeFailed() {
    return files.stream().anyMatch(r -> r.error() != null);
  }

  /**
   * Returns how the run ended: unreadable input, a file not canonical or left alone, or done.
   * A write that failed is {@link #writeFailed()}.
   *
   * @return the status
   */
  public Status status() {
    if (!inputFindings.isEmpty()) {
      return Status.UNREADABLE_INPUT;
    }
    boolean bad = files.stream().anyMatch(r -> r.status() == DatasetFormatter.Status.NOT_CANONICAL
        || r.status() == DatasetFormatter.Status.REFUSED);
    return bad ? Status.FINDINGS : Status.OK;
  }
}
