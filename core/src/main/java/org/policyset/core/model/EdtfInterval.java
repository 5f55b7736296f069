package org.policyset.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An EDTF interval {@code START/END} in policyset's profile, as schema version 2 writes a stance's
 * {@code inEffect}.
 *
 * <p>Each side is an {@link EdtfDate} without a one-of range, {@code ..} (open: no limit on that
 * side) or empty (unknown). {@code 2023-11/..} is "from November 2023, not known to have ended";
 * {@code /..} "since an unknown day, not known to have ended"; {@code 2025-01-15/} "from that day,
 * end unknown". {@code /} alone says nothing and is refused: leave the field out instead.
 *
 * @param start the start, or null when the side is open or unknown
 * @param startOpen whether the start is {@code ..}
 * @param end the end, or null when the side is open or unknown
 * @param endOpen whether the end is {@code ..}
 * @since 0.7.0
 */
public record EdtfInterval(@Nullable EdtfDate start, boolean startOpen, @Nullable EdtfDate end, boolean endOpen) {

  /** Checks that an open side has no date. */
  public EdtfInterval {
    if (startOpen && start != null || endOpen && end != null) {
      throw new IllegalArgumentException("an open side of an interval has no date");
    }
    if (start == null && !startOpen && end == null && !endOpen) {
      throw new IllegalArgumentException(
          "'/' says nothing about when: leave the interval out when the sources give neither end");
    }
  }

  /**
   * Parses {@code START/END}.
   *
   * @param text the text
   * @return the interval
   * @throws IllegalArgumentException with a message saying what is wrong
   */
  @JsonCreator
  public static EdtfInterval parse(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    if (slash < 0 || text.indexOf('/', slash + 1) >= 0) {
      throw new IllegalArgumentException("'" + text + "' is not an interval START/END (each side a date, "
          + "'..' for open or empty for unknown, such as 2023-11/.. or 2025-01-15/)");
    }
    String s = text.substring(0, slash);
    String e = text.substring(slash + 1);
    return new EdtfInterval(side(text, s), s.equals(".."), side(text, e), e.equals(".."));
  }

  private static @Nullable EdtfDate side(String text, String side) {
    if (side.isEmpty() || side.equals("..")) {
      return null;
    }
    EdtfDate d = EdtfDate.parse(side);
    if (d.oneOf()) {
      throw new IllegalArgumentException("'" + text + "' has a one-of range as an end: an interval's ends are "
          + "dates (write the bounds you know as the ends themselves)");
    }
    return d;
  }

  /**
   * Returns whether the end can follow the start: false when every possible day of the end comes
   * before every possible day of the start, which rule PS308 reports.
   *
   * @return true if the sides are in order (or one is open or unknown)
   */
  public boolean ordered() {
    if (start == null || end == null) {
      return true;
    }
    return !Objects.requireNonNull(end.hi()).isBefore(Objects.requireNonNull(start.lo()));
  }

  /** Returns {@code START/END} as written. */
  @JsonValue
  @Override
  public String toString() {
    return (startOpen ? ".." : start == null ? "" : start.toString()) + "/"
        + (endOpen ? ".." : end == null ? "" : end.toString());
  }
}
