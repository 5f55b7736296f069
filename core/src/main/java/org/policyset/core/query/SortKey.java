package org.policyset.core.query;

import java.util.Objects;

/**
 * One key of a query's sort order: a field name and a direction.
 *
 * <p>Records without a value for the field sort last in either direction. Date fields sort by the
 * first day of their range, coarser precision first on the same day ({@code 2025} before
 * {@code 2025-01} before {@code 2025-01-01}); text sorts case-insensitively.
 *
 * @param field the field name, such as {@code date}
 * @param descending whether larger values come first
 * @since 0.1.0
 */
public record SortKey(String field, boolean descending) {

  /**
   * Checks that the field name is given.
   *
   * @param field the field name, such as {@code date}
   * @param descending whether larger values come first
   */
  public SortKey {
    Objects.requireNonNull(field, "field");
  }

  /**
   * Parses {@code FIELD} or {@code FIELD:asc} (ascending), {@code -FIELD} or {@code FIELD:desc}
   * (descending).
   *
   * @param text such as {@code date}, {@code -date} or {@code date:desc}
   * @return the key
   * @throws QueryException if no field is named
   */
  public static SortKey parse(String text) {
    String t = text == null ? "" : text.strip();
    boolean desc = false;
    if (t.startsWith("-")) {
      desc = true;
      t = t.substring(1);
    } else if (t.endsWith(":desc")) {
      desc = true;
      t = t.substring(0, t.length() - ":desc".length());
    } else if (t.endsWith(":asc")) {
      t = t.substring(0, t.length() - ":asc".length());
    }
    String name = t.strip();
    if (name.isEmpty()) {
      throw new QueryException("empty sort field", "name a field, such as 'date' or 'date:desc'");
    }
    return new SortKey(name, desc);
  }

  /**
   * Returns an ascending key.
   *
   * @param field the field name
   * @return the key
   */
  public static SortKey ascending(String field) {
    return new SortKey(field, false);
  }

  /**
   * Returns a descending key.
   *
   * @param field the field name
   * @return the key
   */
  public static SortKey descending(String field) {
    return new SortKey(field, true);
  }

  /** Returns {@code FIELD} or {@code -FIELD}, the form {@link #parse} reads. */
  @Override
  public String toString() {
    return descending ? "-" + field : field;
  }
}
