package org.policyset.core.io;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A dataset file about to be read.
 *
 * @param path the file, or null for input read from memory (a string, a stream or a classpath
 *     resource; see {@code DatasetReader.loadBytes})
 * @param display how findings name the file: the path as the user gave it, or relative to the
 *     folder the user gave
 * @param format the file format
 * @since 0.1.0
 */
public record InputFile(@Nullable Path path, String display, InputFormat format) {}
