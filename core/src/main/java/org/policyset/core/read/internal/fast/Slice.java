package org.policyset.core.read.internal.fast;

import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.model.RecordType;

/**
 * One record's bytes in a {@link Batch}, and where they stand in the file.
 *
 * @param type the record type of a document's record; null for the manifest and for a JSON Lines
 *     line (whose {@code $type} says it)
 * @param pointer the JSON Pointer of a document's record or manifest; empty for a line
 * @param offset the file offset of the first byte
 * @param start the index of the first byte in {@link Batch#data}
 * @param length the number of bytes
 * @param line the line of the first byte, from 1
 * @param column the column of the first byte, from 1
 * @param lineNo the line number of a JSON Lines line; 0 for a document's member
 * @param key where the member's section key stands (a document's member only)
 */
record Slice(@Nullable RecordType type, String pointer, long offset, int start, int length, int line,
    int column, int lineNo, @Nullable Location key) {}
