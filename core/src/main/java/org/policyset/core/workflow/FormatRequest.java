package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.policyset.core.io.ReadLimits;

/**
 * What to format: the files and folders, the read limits, and whether only to check.
 *
 * @param inputs files and folders
 * @param limits the read limits
 * @param check whether to change nothing and only report the files that are not canonical
 * @since 0.1.0
 */
public record FormatRequest(List<Path> inputs, ReadLimits limits, boolean check) {

  /**
   * Copies the list; the limits are required.
   *
   * @param inputs files and folders
   * @param limits the read limits
   * @param check whether to change nothing and only report the files that are not canonical
   */
  public FormatRequest {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns a request to rewrite {@code inputs} canonically with default limits.
   *
   * @param inputs files and folders
   * @return the request
   */
  public static FormatRequest of(List<Path> inputs) {
    return new FormatRequest(inputs, ReadLimits.DEFAULTS, false);
  }

  /**
   * Returns this request with other read limits.
   *
   * @param newLimits the limits
   * @return a copy
   */
  public FormatRequest limits(ReadLimits newLimits) {
    return new FormatRequest(inputs, newLimits, check);
  }

  /**
   * Returns this request only checking, or rewriting.
   *
   * @param on whether only to check
   * @return a copy
   */
  public FormatRequest check(boolean on) {
    return new FormatRequest(inputs, limits, on);
  }
}
