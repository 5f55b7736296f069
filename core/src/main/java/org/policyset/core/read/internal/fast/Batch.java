package org.policyset.core.read.internal.fast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Records cut from the file, with a copy of their bytes: what a worker binds at once. */
final class Batch {
  /** Bytes of records a batch holds, at most (or one record, if larger). */
  static final int BYTES = 128 << 10;
  /** Records a batch holds, at most. */
  static final int RECORDS = 2048;

  byte[] data = new byte[BYTES];
  int size;
  final List<Slice> slices = new ArrayList<>();
  /** The file offset just past the last record. */
  long lastEnd;

  /** Copies {@code length} bytes of {@code src} from {@code from} in; returns where they start. */
  int add(byte[] src, int from, int length) {
    if (size + length > data.length) {
      data = Arrays.copyOf(data, Math.max(data.length * 2, size + length));
    }
    System.arraycopy(src, from, data, size, length);
    int at = size;
    size += length;
    return at;
  }

  /** Whether the batch should take no more records. */
  boolean full() {
    return size >= BYTES || slices.size() >= RECORDS;
  }
}
