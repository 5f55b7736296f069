package org.policyset.core.read.internal.reference;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Finds the line and column of the first invalid UTF-8 sequence in a file. */
public final class Utf8Scanner {
  private Utf8Scanner() {}

  /** Line, column (characters) and byte offset of the first invalid sequence, with its bytes. */
  public record Position(int line, int column, long offset, String bytes) {}

  /**
   * Returns the position of the first invalid sequence, or null if the file is valid UTF-8. Lines
   * end at {@code \n}, {@code \r\n} or a lone {@code \r}, as for the JSON parser and editors.
   */
  public static @Nullable Position firstInvalid(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return firstInvalid(in);
    }
  }

  /** Returns the position of the first invalid sequence in {@code raw}, as {@link #firstInvalid(Path)}. */
  public static @Nullable Position firstInvalid(InputStream raw) throws IOException {
    try (InputStream in = new BufferedInputStream(raw, 1 << 16)) {
      int line = 1;
      int column = 1;
      long offset = 0;
      boolean afterCr = false;
      int b;
      while ((b = in.read()) >= 0) {
        int need;
        int min;
        if (b < 0x80) {
          if (b == '\r' || (b == '\n' && !afterCr)) {
            line++;
            column = 1;
          } else if (b != '\n') {
            column++;
          }
          afterCr = b == '\r';
          offset++;
          continue;
        } else if (b >= 0xC2 && b <= 0xDF) {
          need = 1;
          min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
          need = 2;
          min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
          need = 3;
          min = 0x10000;
        } else {
          return new Position(line, column, offset, hex(b));
        }
        int cp = b & (0x3F >> need);
        StringBuilder seen = new StringBuilder(hex(b));
        for (int i = 0; i < need; i++) {
          in.mark(1);
          int c = in.read();
          if (c < 0 || (c & 0xC0) != 0x80) {
            return new Position(line, column, offset, seen.toString());
          }
          seen.append(' ').append(hex(c));
          cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
          return new Position(line, column, offset, seen.toString());
        }
        column += cp >= 0x10000 ? 2 : 1;
        offset += need + 1;
        afterCr = false;
      }
      return null;
    }
  }

  private static String hex(int b) {
    return String.format("0x%02X", b);
  }
}
