package org.policyset.testkit;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.policyset.core.model.RecordType;

/**
 * What {@link DatasetGenerator} wrote.
 *
 * @param file the dataset file
 * @param texts the archived source texts written beside it
 * @param bytes the size of the dataset file
 * @param counts the number of records of each type
 * @param injected the number of errors injected, by kind; each is reported by exactly one finding
 *     of the kind's rule
 * @since 0.1.0
 */
public record GeneratedDataset(Path file, List<Path> texts, long bytes, Map<RecordType, Long> counts,
    Map<InjectedError, Long> injected) {

  /**
   * Copies the collections.
   *
   * @param file the dataset file
   * @param texts the archived source texts written beside it
   * @param bytes the size of the dataset file
   * @param counts the number of records of each type
   * @param injected the number of errors injected, by kind; each is reported by exactly one finding
   *     of the kind's rule
   */
  public GeneratedDataset {
    texts = List.copyOf(texts);
    counts = Map.copyOf(new EnumMap<>(counts));
    injected = Map.copyOf(new EnumMap<>(injected));
  }

  /** {@return the number of records of every type together (the manifest not counted)} */
  public long records() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** {@return the number of injected errors of every kind together} */
  public long injectedErrors() {
    return injected.values().stream().mapToLong(Long::longValue).sum();
  }
}
