package org.policyset.core.query;

/**
 * What CSV output does with a text cell that a spreadsheet would run as a formula: one that begins
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return, a line feed or NUL (or
 * the full-width {@code ＝ ＋ － ＠}). Opened in Excel, LibreOffice Calc or Google Sheets, such a
 * cell from a hostile dataset ({@code =HYPERLINK(…)}, {@code =WEBSERVICE(…)}) can fetch URLs or
 * leak the sheet ("CSV injection").
 *
 * @since 0.1.0
 */
public enum CsvFormulas {
  /**
   * The cell gets a leading {@code '} and is quoted, as OWASP's guidance on CSV injection says, so
   * that a spreadsheet shows it as text. Other cells are unchanged. For CSV meant for people and
   * spreadsheets; the {@code '} becomes part of the value for any other reader.
   */
  ESCAPE,
  /** Cells are written as they are, for DuckDB, pandas, Spark and other tools that read data. */
  RAW
}
