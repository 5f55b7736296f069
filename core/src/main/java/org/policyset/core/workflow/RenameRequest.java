package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.model.RecordType;

/**
 * An id to rename everywhere in a dataset ({@code policyset rename}).
 *
 * @param inputs the dataset: exactly one folder or file
 * @param type the type of the record renamed
 * @param from its id
 * @param to its new id, which no record of the type may have
 * @param limits the read limits
 * @since 0.1.0
 */
public record RenameRequest(List<Path> inputs, RecordType type, String from, String to,
    ReadLimits limits) {

  /**
   * Copies the list; every component is required.
   *
   * @param inputs the dataset: exactly one folder or file
   * @param type the type of the record renamed
   * @param from its id
   * @param to its new id
   * @param limits the read limits
   */
  public RenameRequest {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns a request to rename the record {@code type:from} of {@code dataset} to {@code to},
   * with default limits.
   *
   * @param dataset the dataset folder or file
   * @param type the record's type
   * @param from its id
   * @param to its new id
   * @return the request
   */
  public static RenameRequest of(Path dataset, RecordType type, String from, String to) {
    return new RenameRequest(List.of(dataset), type, from, to, ReadLimits.DEFAULTS);
  }

  /**
   * Returns this request with other read limits.
   *
   * @param newLimits the limits
   * @return a copy
   */
  public RenameRequest limits(ReadLimits newLimits) {
    return new RenameRequest(inputs, type, from, to, newLimits);
  }
}
