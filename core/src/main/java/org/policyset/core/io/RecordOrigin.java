package org.policyset.core.io;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Location;

/**
 * Where a record was read: the file, and the line and column it starts at.
 *
 * @param file the file, or null when the record was read from memory
 * @param location where the record starts, as findings name it
 * @since 0.1.0
 */
public record RecordOrigin(@Nullable Path file, Location location) {}
