package org.policyset.core.report;

/**
 * The formats a validation report can be written in.
 *
 * @since 0.1.0
 */
public enum ReportFormat {
  /** Human-readable text grouped by file, optionally coloured. */
  TEXT,
  /** A versioned JSON document (see {@link JsonReport#FORMAT_VERSION}). */
  JSON;
}
