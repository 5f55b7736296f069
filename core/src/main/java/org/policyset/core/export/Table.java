package org.policyset.core.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A flat table of an export: a name, column names and types, and rows of cells.
 *
 * @param name the table name, which is also the file name without its extension, such as
 *     {@code stance_holders}
 * @param columns the column names
 * @param types the type of each column, a Frictionless Table Schema type: {@value #STRING},
 *     {@value #INTEGER} or {@value #DATE} (a {@code YYYY-MM-DD} day)
 * @param rows the rows; each has one cell per column, a {@link String}, an {@link Integer} or null
 * @since 0.1.0
 */
public record Table(String name, List<String> columns, List<String> types, List<List<@Nullable Object>> rows) {

  /** The type of a text column. */
  public static final String STRING = "string";
  /** The type of a whole-number column. */
  public static final String INTEGER = "integer";
  /** The type of a column of days, {@code YYYY-MM-DD}. */
  public static final String DATE = "date";

  private static final Set<String> TYPES = Set.of(STRING, INTEGER, DATE);

  /**
   * Checks the shape and makes the lists immutable.
   *
   * @param name the table name, which is also the file name without its extension, such as
   *     {@code stance_holders}
   * @param columns the column names
   * @param types the type of each column, a Frictionless Table Schema type: {@value #STRING},
   *     {@value #INTEGER} or {@value #DATE} (a {@code YYYY-MM-DD} day)
   * @param rows the rows; each has one cell per column, a {@link String}, an {@link Integer} or null
   */
  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    types = List.copyOf(types);
    if (types.size() != columns.size() || !TYPES.containsAll(types)) {
      throw new IllegalArgumentException("table " + name + " needs one type of " + TYPES
          + " per column, not " + types);
    }
    List<List<@Nullable Object>> copy = new ArrayList<>(rows.size());
    for (List<@Nullable Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "a row of table " + name + " has " + row.size() + " cells for " + columns.size() + " columns");
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  /**
   * Creates a table whose column types follow from its cells: {@value #INTEGER} for a column of
   * integers only, {@value #STRING} otherwise (and for a column without values).
   *
   * @param name the table name
   * @param columns the column names
   * @param rows the rows
   */
  public Table(String name, List<String> columns, List<List<@Nullable Object>> rows) {
    this(name, columns, inferred(columns.size(), rows), rows);
  }

  private static List<String> inferred(int width, List<List<@Nullable Object>> rows) {
    List<String> types = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      boolean integers = false;
      boolean other = false;
      for (List<@Nullable Object> row : rows) {
        Object v = c < row.size() ? row.get(c) : null;
        integers |= v instanceof Integer;
        other |= v != null && !(v instanceof Integer);
      }
      types.add(integers && !other ? INTEGER : STRING);
    }
    return types;
  }
}
