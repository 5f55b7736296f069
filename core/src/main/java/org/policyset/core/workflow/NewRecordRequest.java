package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.model.PolicyRecord;

/**
 * A new record to add to a dataset ({@code policyset new}): the dataset (one folder or file), the
 * record, the file to hold it, and whether only to print it.
 *
 * @param inputs the dataset: exactly one folder or file
 * @param record the new record, built with its type's builder
 * @param file the dataset file to add it to, or null for the file that already holds records of
 *     its type (see {@link Policyset#newRecord})
 * @param print whether to check the record against the dataset and return its text without writing
 * @param limits the read limits
 * @since 0.1.0
 */
public record NewRecordRequest(List<Path> inputs, PolicyRecord record, @Nullable Path file,
    boolean print, ReadLimits limits) {

  /**
   * Copies the list; the record and limits are required.
   *
   * @param inputs the dataset: exactly one folder or file
   * @param record the new record
   * @param file the dataset file to add it to, or null
   * @param print whether only to print it
   * @param limits the read limits
   */
  public NewRecordRequest {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns a request to add {@code record} to the dataset {@code dataset}, in the file that holds
   * records of its type, with default limits.
   *
   * @param dataset the dataset folder or file
   * @param record the new record
   * @return the request
   */
  public static NewRecordRequest of(Path dataset, PolicyRecord record) {
    return new NewRecordRequest(List.of(dataset), record, null, false, ReadLimits.DEFAULTS);
  }

  /**
   * Returns this request adding the record to {@code newFile}.
   *
   * @param newFile the dataset file, or null for the file that holds records of the type
   * @return a copy
   */
  public NewRecordRequest file(@Nullable Path newFile) {
    return new NewRecordRequest(inputs, record, newFile, print, limits);
  }

  /**
   * Returns this request only printing, or writing.
   *
   * @param on whether only to print
   * @return a copy
   */
  public NewRecordRequest print(boolean on) {
    return new NewRecordRequest(inputs, record, file, on, limits);
  }

  /**
   * Returns this request with other read limits.
   *
   * @param newLimits the limits
   * @return a copy
   */
  public NewRecordRequest limits(ReadLimits newLimits) {
    return new NewRecordRequest(inputs, record, file, print, newLimits);
  }
}
