package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.Objects;
import org.policyset.core.io.ReadLimits;

/**
 * Two versions of a dataset to compare, record by record.
 *
 * @param before the old version (a file or folder)
 * @param after the new version
 * @param limits the read limits
 * @since 0.1.0
 */
public record DiffRequest(Path before, Path after, ReadLimits limits) {

  /**
   * Every component is required.
   *
   * @param before the old version (a file or folder)
   * @param after the new version
   * @param limits the read limits
   */
  public DiffRequest {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns a request to compare {@code before} with {@code after} with default limits.
   *
   * @param before the old version
   * @param after the new version
   * @return the request
   */
  public static DiffRequest of(Path before, Path after) {
    return new DiffRequest(before, after, ReadLimits.DEFAULTS);
  }
}
