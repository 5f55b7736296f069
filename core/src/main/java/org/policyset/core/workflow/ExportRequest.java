package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.policyset.core.export.ExportFormat;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.query.CsvFormulas;

/**
 * A dataset to write as flat tables: the inputs, the folder, the file format and what to do with
 * CSV cells a spreadsheet would run as formulas.
 *
 * @param inputs files and folders
 * @param folder the folder to write the tables into; replaced whole
 * @param format CSV or JSON Lines
 * @param formulas raw (for tools) or escaped (for spreadsheets), CSV only
 * @param limits the read limits
 * @since 0.1.0
 */
public record ExportRequest(List<Path> inputs, Path folder, ExportFormat format, CsvFormulas formulas,
    ReadLimits limits) {

  /**
   * Copies the list; every component is required.
   *
   * @param inputs files and folders
   * @param folder the folder to write the tables into; replaced whole
   * @param format CSV or JSON Lines
   * @param formulas raw (for tools) or escaped (for spreadsheets), CSV only
   * @param limits the read limits
   */
  public ExportRequest {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(formulas, "formulas");
    Objects.requireNonNull(limits, "limits");
  }

  /**
   * Returns a request to export {@code inputs} into {@code folder} as CSV with raw cells and
   * default limits.
   *
   * @param inputs files and folders
   * @param folder the folder
   * @return the request
   */
  public static ExportRequest of(List<Path> inputs, Path folder) {
    return new ExportRequest(inputs, folder, ExportFormat.CSV, CsvFormulas.RAW, ReadLimits.DEFAULTS);
  }

  /**
   * Returns this request writing {@code newFormat}.
   *
   * @param newFormat the format
   * @return a copy
   */
  public ExportRequest format(ExportFormat newFormat) {
    return new ExportRequest(inputs, folder, newFormat, formulas, limits);
  }

  /**
   * Returns this request handling formula-like CSV cells as {@code handling} says.
   *
   * @param handling raw or escaped
   * @return a copy
   */
  public ExportRequest formulas(CsvFormulas handling) {
    return new ExportRequest(inputs, folder, format, handling, limits);
  }

  /**
   * Returns this request with other read limits.
   *
   * @param newLimits the limits
   * @return a copy
   */
  public ExportRequest limits(ReadLimits newLimits) {
    return new ExportRequest(inputs, folder, format, formulas, newLimits);
  }
}
