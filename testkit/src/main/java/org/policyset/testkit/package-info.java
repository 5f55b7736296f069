/**
 * Tooling for testing and benchmarking code that reads policyset datasets:
 * {@link org.policyset.testkit.DatasetGenerator} writes realistic synthetic datasets of any size —
 * every record type, valid references, archived texts, the same bytes for a seed — optionally
 * with known injected errors ({@link org.policyset.testkit.InjectedError}) that a validator must
 * report exactly.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.testkit;

import org.jspecify.annotations.NullMarked;
