package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.merge.ConflictPolicy;

/**
 * What to merge and where: the input datasets in order of precedence, the output (a {@code .json}
 * or {@code .jsonl} file, or a folder), what to do on conflicts, and whether an existing output may
 * be replaced.
 *
 * @param inputs the datasets, files or folders, in order
 * @param output where to write
 * @param onConflict what to do when one id holds different records
 * @param replace whether an existing output may be replaced (and a new dataset file written inside
 *     an input folder)
 * @param limits the read limits
 * @since 0.1.0
 */
public record MergeRequest(List<Path> inputs, Path output, ConflictPolicy onConflict, boolean replace,
    ReadLimits limits) {

  /**
   * Copies the list; every component but {@code replace} is required.
   *
   * @param inputs the datasets, files or folders, in order
   * @param output where to write
   * @param onConflict what to do when one id holds different records
   * @param replace whether an existing output may be replaced (and a new dataset file written inside
   *     an input folder)
   * @param limits the read limits
   */
  public MergeRequest {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(onConflict, "onConflict");
    Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns a request to merge {@code inputs} into {@code output}, failing on conflicts, never
   * replacing an existing output, with default limits.
   *
   * @param inputs the datasets
   * @param output where to write
   * @return the request
   */
  public static MergeRequest of(List<Path> inputs, Path output) {
    return new MergeRequest(inputs, output, ConflictPolicy.FAIL, false, ReadLimits.DEFAULTS);
  }

  /**
   * Returns this request with another conflict policy.
   *
   * @param policy the policy
   * @return a copy
   */
  public MergeRequest onConflict(ConflictPolicy policy) {
    return new MergeRequest(inputs, output, policy, replace, limits);
  }

  /**
   * Returns this request allowing an existing output to be replaced, or not.
   *
   * @param on whether to replace
   * @return a copy
   */
  public MergeRequest replace(boolean on) {
    return new MergeRequest(inputs, output, onConflict, on, limits);
  }

  /**
   * Returns this request with other read limits.
   *
   * @param newLimits the limits
   * @return a copy
   */
  public MergeRequest limits(ReadLimits newLimits) {
    return new MergeRequest(inputs, output, onConflict, replace, newLimits);
  }
}
