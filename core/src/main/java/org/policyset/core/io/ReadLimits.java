package org.policyset.core.io;

/**
 * Limits that keep hostile or broken input from exhausting memory or time. Input beyond a limit is
 * reported as a {@code limit-exceeded} finding, never read on.
 *
 * <p>Every limit has a default ({@link #DEFAULTS}) that no real dataset comes near, and each can be
 * raised (or lowered) with a {@code with…} method, or on the command line with the {@code --max-…}
 * options.
 *
 * @param maxDepth deepest nesting of arrays and objects (at most {@value #DEPTH_CEILING})
 * @param maxStringLength longest string value or key, in characters
 * @param maxNumberLength longest number, in characters
 * @param maxFileBytes largest file, in bytes
 * @param maxLineLength longest JSON Lines line, in characters
 * @param maxRecordsPerFile most records one file may hold
 * @param maxTotalBytes largest total size of all the files of one read, in bytes
 * @param maxFindingsPerFile most findings reading one file may report; reading stops at this many.
 *     Validation also lists at most this many integrity and provenance findings a file, and says
 *     how many more there were
 * @param maxRecordValues most values (members and elements at any depth) one record may hold; it
 *     bounds the memory a record with findings takes while it is located value by value
 * @since 0.1.0
 */
public record ReadLimits(
    int maxDepth,
    int maxStringLength,
    int maxNumberLength,
    long maxFileBytes,
    int maxLineLength,
    long maxRecordsPerFile,
    long maxTotalBytes,
    int maxFindingsPerFile,
    int maxRecordValues) {

  /**
   * The deepest nesting a limit may allow: deeper input would need more stack than a default thread
   * has.
   */
  public static final int DEPTH_CEILING = 1000;

  /**
   * The defaults: depth 64, strings of 1,000,000 characters, numbers of 100 characters, files of
   * 16 GiB, JSON Lines lines of 8,000,000 characters, 100,000,000 records per file, 64 GiB in all,
   * 10,000 findings per file, 100,000 values per record.
   */
  public static final ReadLimits DEFAULTS = new ReadLimits(64, 1_000_000, 100, 16L << 30, 8_000_000,
      100_000_000L, 64L << 30, 10_000, 100_000);

  /**
   * Checks that every limit is positive and the depth at most {@link #DEPTH_CEILING}.
   *
   * @param maxDepth deepest nesting of arrays and objects (at most {@value #DEPTH_CEILING})
   * @param maxStringLength longest string value or key, in characters
   * @param maxNumberLength longest number, in characters
   * @param maxFileBytes largest file, in bytes
   * @param maxLineLength longest JSON Lines line, in characters
   * @param maxRecordsPerFile most records one file may hold
   * @param maxTotalBytes largest total size of all the files of one read, in bytes
   * @param maxFindingsPerFile most findings reading one file may report; reading stops at this many.
   *     Validation also lists at most this many integrity and provenance findings a file, and says
   *     how many more there were
   * @param maxRecordValues most values (members and elements at any depth) one record may hold; it
   *     bounds the memory a record with findings takes while it is located value by value
   */
  public ReadLimits {
    if (maxDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxFileBytes < 1
        || maxLineLength < 1 || maxRecordsPerFile < 1 || maxTotalBytes < 1
        || maxFindingsPerFile < 1 || maxRecordValues < 1) {
      throw new IllegalArgumentException("read limits must be positive");
    }
    if (maxDepth > DEPTH_CEILING) {
      throw new IllegalArgumentException(
          "the nesting depth limit can be at most " + DEPTH_CEILING + ", not " + maxDepth);
    }
  }

  /** {@return the defaults} */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these limits with another maximum nesting depth.
   *
   * @param depth the deepest nesting, at most {@link #DEPTH_CEILING}
   * @return a copy
   * @since 0.1.0
   */
  public ReadLimits withMaxDepth(int depth) {
    return new ReadLimits(depth, maxStringLength, maxNumberLength, maxFileBytes, maxLineLength,
        maxRecordsPerFile, maxTotalBytes, maxFindingsPerFile, maxRecordValues);
  }

  /**
   * Returns these limits with another maximum string length.
   *
   * @param chars the longest string, in characters
   * @return a copy
   */
  public ReadLimits withMaxStringLength(int chars) {
    return new ReadLimits(maxDepth, chars, maxNumberLength, maxFileBytes, maxLineLength,
        maxRecordsPerFile, maxTotalBytes, maxFindingsPerFile, maxRecordValues);
  }

  /**
   * Returns these limits with another maximum number length.
   *
   * @param chars the longest number, in characters
   * @return a copy
   * @since 0.1.0
   */
  public ReadLimits withMaxNumberLength(int chars) {
    return new ReadLimits(maxDepth, maxStringLength, chars, maxFileBytes, maxLineLength,
        maxRecordsPerFile, maxTotalBytes, maxFindingsPerFile, maxRecordValues);
  }

  /**
   * Returns these limits with another maximum file size.
   *
   * @param bytes the largest file, in bytes
   * @return a copy
   */
  public ReadLimits withMaxFileBytes(long bytes) {
    return new ReadLimits(maxDepth, maxStringLength, maxNumberLength, bytes, maxLineLength,
        maxRecordsPerFile, maxTotalBytes, maxFindingsPerFile, maxRecordValues);
  }

  /**
   * Returns these limits with another maximum JSON Lines line length.
   *
   * @param chars the longest line, in characters
   * @return a copy
   * @since 0.1.0
   */
  public ReadLimits withMaxLineLength(int chars) {
    return new ReadLimits(maxDepth, maxStringLength, maxNumberLength, maxFileBytes, chars,
        maxRecordsPerFile, maxTotalBytes, maxFindingsPerFile, maxRecordValues);
  }

  /**
   * Returns these limits with another maximum number of records per file.
   *
   * @param records the most records one file may hold
   * @return a copy
   * @since 0.1.0
   */
  public ReadLimits withMaxRecordsPerFile(long records) {
    return new ReadLimits(maxDepth, maxStringLength, maxNumberLength, maxFileBytes, maxLineLength,
        records, maxTotalBytes, maxFindingsPerFile, maxRecordValues);
  }

  /**
   * Returns these limits with another maximum total input size.
   *
   * @param bytes the largest total size of all files of one read, in bytes
   * @return a copy
   * @since 0.1.0
   */
  public ReadLimits withMaxTotalBytes(long bytes) {
    return new ReadLimits(maxDepth, maxStringLength, maxNumberLength, maxFileBytes, maxLineLength,
        maxRecordsPerFile, bytes, maxFindingsPerFile, maxRecordValues);
  }

  /**
   * Returns these limits with another maximum number of findings per file.
   *
   * @param findings the most findings reading one file may report before it stops
   * @return a copy
   * @since 0.1.0
   */
  public ReadLimits withMaxFindingsPerFile(int findings) {
    return new ReadLimits(maxDepth, maxStringLength, maxNumberLength, maxFileBytes, maxLineLength,
        maxRecordsPerFile, maxTotalBytes, findings, maxRecordValues);
  }

  /**
   * Returns these limits with another maximum number of values in one record.
   *
   * @param values the most values (members and elements at any depth) one record may hold
   * @return a copy
   * @since 0.1.0
   */
  public ReadLimits withMaxRecordValues(int values) {
    return new ReadLimits(maxDepth, maxStringLength, maxNumberLength, maxFileBytes, maxLineLength,
        maxRecordsPerFile, maxTotalBytes, maxFindingsPerFile, values);
  }
}
