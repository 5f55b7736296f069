package org.policyset.core.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A flat table of an export: a name, column names and rows of cells.
 *
 * @param name the table name, which is also the file name without its extension, such as
 *     {@code stance_holders}
 * @param columns the column names
 * @param rows the rows; each has one cell per column, a {@link String}, an {@link Integer} or null
 * @since 0.1.0
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

  /** Checks the shape and makes the lists immutable. */
  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "a row of table " + name + " has " + row.size() + " cells for " + columns.size() + " columns");
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
  }
}
