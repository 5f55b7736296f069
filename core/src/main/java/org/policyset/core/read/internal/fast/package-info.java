/**
 * The fast reader: reads a dataset file with the same results as the reference reader
 * ({@code read.internal.reference}), several times faster on valid input.
 *
 * <p>How a file flows through it:
 * <ol>
 *   <li>{@link org.policyset.core.read.internal.fast.FastReader} opens the file and puts the parts
 *       together; it is the only public class.
 *   <li>{@link org.policyset.core.read.internal.fast.ByteScanner} walks the bytes eight at a time
 *       where it can, checking the UTF-8 and counting lines and columns.
 *   <li>{@link org.policyset.core.read.internal.fast.DocumentSlicer} (a {@code .json} document:
 *       checks its frame of sections, manifest and {@code $schema}) or
 *       {@link org.policyset.core.read.internal.fast.LineSlicer} (JSON Lines) drives the scanner
 *       and cuts one {@link org.policyset.core.read.internal.fast.Slice} a record.
 *   <li>{@link org.policyset.core.read.internal.fast.OrderedPipeline} gathers slices into
 *       {@link org.policyset.core.read.internal.fast.Batch}es, has them bound on worker threads (a
 *       file of 4 MiB or more) or on the calling thread, and delivers the
 *       {@link org.policyset.core.read.internal.fast.BatchEvents} to the listener in file order.
 *   <li>{@link org.policyset.core.read.internal.fast.SliceBinder} binds each slice to a record
 *       straight from its bytes, pre-checks its constraints, hands it to the
 *       {@link org.policyset.core.io.RecordPreparer}, and has a record that does not pass read
 *       again from its slice by the reference path, for the reference reader's findings.
 *   <li>Anything unexpected throws {@link org.policyset.core.read.internal.fast.Fallback}:
 *       {@link org.policyset.core.read.internal.fast.FallbackReplay} then hands the file, if it has
 *       not changed, to the reference reader from its start and skips what was already delivered.
 * </ol>
 *
 * <p>The fast/reference contract (same records, findings and locations, for any input) is what
 * {@code FastReaderTest} and the fuzz tests check.
 */
@NullMarked
package org.policyset.core.read.internal.fast;

import org.jspecify.annotations.NullMarked;
