package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.model.Source;

/**
 * A text to archive in a dataset with its source record ({@code policyset add-source}).
 *
 * @param inputs the dataset: exactly one folder or file
 * @param source the source record, without {@code text} (the edit sets it)
 * @param text the text file to archive: UTF-8, copied byte for byte
 * @param name the archived file's name in the {@code texts} folder, or null for {@code text}'s own
 * @param file the dataset file to add the source to, or null for the file that holds sources
 * @param limits the read limits
 * @since 0.1.0
 */
public record AddSourceRequest(List<Path> inputs, Source source, Path text, @Nullable String name,
    @Nullable Path file, ReadLimits limits) {

  /**
   * Copies the list; the source, text and limits are required.
   *
   * @param inputs the dataset: exactly one folder or file
   * @param source the source record, without {@code text}
   * @param text the text file to archive
   * @param name the archived file's name, or null for the text file's own
   * @param file the dataset file to add the source to, or null
   * @param limits the read limits
   */
  public AddSourceRequest {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns a request to archive {@code text} in {@code dataset} with {@code source}, under the
   * text file's own name, with default limits.
   *
   * @param dataset the dataset folder or file
   * @param source the source record, without {@code text}
   * @param text the text file
   * @return the request
   */
  public static AddSourceRequest of(Path dataset, Source source, Path text) {
    return new AddSourceRequest(List.of(dataset), source, text, null, null, ReadLimits.DEFAULTS);
  }

  /**
   * Returns this request archiving the text under {@code newName}.
   *
   * @param newName the file name in the {@code texts} folder, or null for the text file's own
   * @return a copy
   */
  public AddSourceRequest name(@Nullable String newName) {
    return new AddSourceRequest(inputs, source, text, newName, file, limits);
  }

  /**
   * Returns this request adding the source record to {@code newFile}.
   *
   * @param newFile the dataset file, or null for the file that holds sources
   * @return a copy
   */
  public AddSourceRequest file(@Nullable Path newFile) {
    return new AddSourceRequest(inputs, source, text, name, newFile, limits);
  }

  /**
   * Returns this request with other read limits.
   *
   * @param newLimits the limits
   * @return a copy
   */
  public AddSourceRequest limits(ReadLimits newLimits) {
    return new AddSourceRequest(inputs, source, text, name, file, newLimits);
  }
}
