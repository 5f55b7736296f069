package org.policyset.core.io;

import org.jspecify.annotations.Nullable;

/**
 * The file formats a dataset may come in.
 *
 * @since 0.1.0
 */
public enum InputFormat {
  /** A {@code .json} dataset document: one object with sections. */
  JSON,
  /** A {@code .jsonl} or {@code .ndjson} file: one typed record per line, with a {@code $type}. */
  JSON_LINES;

  /**
   * Returns the format a file name implies, or null if it is not a dataset file.
   *
   * @param fileName the file name
   * @return the format, or null if the name is not that of a dataset file
   */
  public static @Nullable InputFormat forFileName(String fileName) {
    String lower = fileName.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".json")) {
      return JSON;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return JSON_LINES;
    }
    return null;
  }
}
