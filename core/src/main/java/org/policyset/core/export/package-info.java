/**
 * A dataset flattened into tables that DuckDB, Spark, pandas or a spreadsheet read without help
 * ({@link org.policyset.core.export.TableExport}): one table per record type and one link table per
 * list, as CSV or JSON Lines ({@link org.policyset.core.export.ExportFormat}).
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.export;

import org.jspecify.annotations.NullMarked;
