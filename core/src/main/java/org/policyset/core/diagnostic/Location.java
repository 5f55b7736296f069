package org.policyset.core.diagnostic;

/**
 * A place in an input file: the file as given by the user, and a 1-based line and column (0 when
 * unknown). Columns count characters (UTF-16 code units), as editors do.
 *
 * @param file the file, as a path string relative to where the user pointed
 * @param line the 1-based line, or 0
 * @param column the 1-based column, or 0
 * @since 0.1.0
 */
public record Location(String file, int line, int column) {

  /**
   * Returns a location naming only a file.
   *
   * @param file the file
   * @return the location with line and column 0
   */
  public static Location ofFile(String file) {
    return new Location(file, 0, 0);
  }

  /** Returns {@code file:line:column}, omitting the parts that are unknown. */
  @Override
  public String toString() {
    if (line <= 0) {
      return file;
    }
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
