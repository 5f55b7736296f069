package org.policyset.core.validation.internal.integrity;

import java.util.Arrays;

/**
 * A growable array of ints kept in chunks of 16,384, so that growing never copies the values (only
 * the small directory of chunks) and never needs twice the memory for a moment. A chunk no value
 * was written into is never allocated and reads as 0, so a sparse array of overrides costs nothing
 * where it holds none.
 */
final class ChunkedInts {
  private static final int BITS = 14;
  private static final int SIZE = 1 << BITS;
  private static final int MASK = SIZE - 1;

  private int[][] chunks = new int[4][];

  /** Returns the value at {@code i}, or 0 if none was set. */
  int get(int i) {
    int c = i >>> BITS;
    if (c >= chunks.length) {
      return 0;
    }
    int[] chunk = chunks[c];
    return chunk == null ? 0 : chunk[i & MASK];
  }

  /**
   * Returns the chunks as they are now, for {@link #get(int[][], int)} on another thread: values
   * set before a happens-before edge to that thread read as set.
   */
  int[][] chunks() {
    return chunks;
  }

  /** Returns the value at {@code i} in chunks taken by {@link #chunks()}. */
  static int get(int[][] chunks, int i) {
    int c = i >>> BITS;
    if (c >= chunks.length) {
      return 0;
    }
    int[] chunk = chunks[c];
    return chunk == null ? 0 : chunk[i & MASK];
  }

  /** Sets the value at {@code i}. */
  void set(int i, int value) {
    int c = i >>> BITS;
    if (c >= chunks.length) {
      chunks = Arrays.copyOf(chunks, Math.max(c + 1, chunks.length * 2));
    }
    int[] chunk = chunks[c];
    if (chunk == null) {
      if (value == 0) {
        return;
      }
      chunk = new int[SIZE];
      chunks[c] = chunk;
    }
    chunk[i & MASK] = value;
  }
}
