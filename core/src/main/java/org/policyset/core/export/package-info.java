/**
 * Flat tables of a dataset for DuckDB, Spark, pandas or a spreadsheet
 * ({@link org.policyset.core.export.TableExport}): CSV or JSON Lines files with a Frictionless
 * Data Package descriptor.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.export;

import org.jspecify.annotations.NullMarked;
