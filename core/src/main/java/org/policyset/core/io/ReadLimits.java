package org.policyset.core.io;

/**
 * Limits that keep hostile or broken input from exhausting memory or time. Input beyond a limit is
 * reported as a {@code limit-exceeded} finding, never read on.
 *
 * @param maxDepth deepest nesting of arrays and objects
 * @param maxStringLength longest string value or key, in characters
 * @param maxNumberLength longest number, in characters
 * @param maxFileBytes largest file, in bytes
 * @param maxLineLength longest JSON Lines line, in characters
 * @param maxRecordsPerFile most records one file may hold
 * @since 0.1.0
 */
public record ReadLimits(
    int maxDepth,
    int maxStringLength,
    int maxNumberLength,
    long maxFileBytes,
    int maxLineLength,
    long maxRecordsPerFile) {

  /**
   * The defaults: depth 64, strings of 1,000,000 characters, numbers of 100 characters, files of
   * 16 GiB, JSON Lines lines of 8,000,000 characters, 100,000,000 records per file.
   */
  public static final ReadLimits DEFAULTS =
      new ReadLimits(64, 1_000_000, 100, 16L << 30, 8_000_000, 100_000_000L);

  /** Checks that every limit is positive. */
  public ReadLimits {
    if (maxDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxFileBytes < 1
        || maxLineLength < 1 || maxRecordsPerFile < 1) {
      throw new IllegalArgumentException("read limits must be positive");
    }
  }

  /** Returns the defaults. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these limits with another maximum file size.
   *
   * @param bytes the largest file, in bytes
   * @return a copy
   */
  public ReadLimits withMaxFileBytes(long bytes) {
    return new ReadLimits(maxDepth, maxStringLength, maxNumberLength, bytes, maxLineLength,
        maxRecordsPerFile);
  }

  /**
   * Returns these limits with another maximum string length.
   *
   * @param chars the longest string, in characters
   * @return a copy
   */
  public ReadLimits withMaxStringLength(int chars) {
    return new ReadLimits(maxDepth, chars, maxNumberLength, maxFileBytes, maxLineLength,
        maxRecordsPerFile);
  }
}
