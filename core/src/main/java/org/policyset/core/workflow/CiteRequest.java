package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.policyset.core.io.ReadLimits;

/**
 * A passage to find in a source's archived text, to cite it: the passage as a reader has it
 * (copied, retyped, or a fragment), which may differ from the text in white space, quote marks,
 * dashes, case and a few words.
 *
 * @param inputs the dataset files and folders that declare the source
 * @param source the id of the source
 * @param passage the passage to find
 * @param limits the read limits
 * @since 0.1.0
 */
public record CiteRequest(List<Path> inputs, String source, String passage, ReadLimits limits) {

  /**
   * Copies the inputs; every component is required.
   *
   * @param inputs the dataset files and folders that declare the source
   * @param source the id of the source
   * @param passage the passage to find
   * @param limits the read limits
   */
  public CiteRequest {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(passage, "passage");
    Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns a request with default limits.
   *
   * @param inputs the dataset files and folders
   * @param source the id of the source
   * @param passage the passage to find
   * @return the request
   */
  public static CiteRequest of(List<Path> inputs, String source, String passage) {
    return new CiteRequest(inputs, source, passage, ReadLimits.DEFAULTS);
  }
}
