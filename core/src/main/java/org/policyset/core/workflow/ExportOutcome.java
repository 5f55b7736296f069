package org.policyset.core.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Layer;

/**
 * What an export wrote, or the errors that kept it from writing.
 *
 * @param files the files written: each table's, in table order, then the descriptor
 *     ({@code datapackage.json}); empty when nothing was written
 * @param rows the number of rows of each table, in table order
 * @param formulaCells for a raw CSV export, how many cells of each table a spreadsheet would run as
 *     formulas (tables with none are left out)
 * @param inputErrors the errors of the inputs; when there are any, nothing was written
 * @since 0.1.0
 */
public record ExportOutcome(List<Path> files, List<Integer> rows, Map<String, Integer> formulaCells,
    List<Finding> inputErrors) {

  /**
   * Copies the collections.
   *
   * @param files the files written: each table's, in table order, then the descriptor
   *     ({@code datapackage.json}); empty when nothing was written
   * @param rows the number of rows of each table, in table order
   * @param formulaCells for a raw CSV export, how many cells of each table a spreadsheet would run as
   *     formulas (tables with none are left out)
   * @param inputErrors the errors of the inputs; when there are any, nothing was written
   */
  public ExportOutcome {
    files = List.copyOf(files);
    rows = List.copyOf(rows);
    formulaCells = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formulaCells));
    inputErrors = List.copyOf(inputErrors);
  }

  /**
   * Returns how the export ended: an input that could not be read, inputs with errors, or written.
   *
   * @return the status
   */
  public Status status() {
    if (inputErrors.stream().anyMatch(f -> f.rule().layer() == Layer.INPUT)) {
      return Status.UNREADABLE_INPUT;
    }
    return inputErrors.isEmpty() ? Status.OK : Status.FINDINGS;
  }
}
