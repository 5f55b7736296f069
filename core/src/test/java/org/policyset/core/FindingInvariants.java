package org.policyset.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;

/**
 * What every finding must satisfy, whatever the input: it names a file that was read, and its line
 * and column lie inside that file. Lines count as editors count them: {@code \n}, {@code \r\n} or a
 * lone {@code \r} ends a line; columns count UTF-16 characters from 1, and may stand one past the
 * end of a line (where something is missing). A location of line 0 names the whole file, column 0
 * the whole line.
 */
public final class FindingInvariants {
  private FindingInvariants() {}

  /** The length of each line of {@code bytes}, read as UTF-8 (invalid bytes count one each). */
  public static int[] lineLengths(byte[] bytes) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new AssertionError(e);
    }
    List<Integer> lengths = new ArrayList<>();
    int len = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lengths.add(len);
        len = 0;
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        len++;
      }
    }
    lengths.add(len);
    return lengths.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Asserts that {@code location} lies inside the file whose line lengths are given. */
  public static void assertInside(Location location, Map<String, int[]> files, Object context) {
    assertThat(files).as("file of %s (%s)", location, context).containsKey(location.file());
    int[] lines = files.get(location.file());
    int line = location.line();
    int column = location.column();
    assertThat(line).as("line of %s (%s)", location, context).isBetween(0, lines.length);
    assertThat(column).as("column of %s (%s)", location, context).isGreaterThanOrEqualTo(0);
    if (line == 0) {
      assertThat(column).as("column of file-level %s (%s)", location, context).isZero();
    } else {
      assertThat(column).as("column of %s: line %d has %d characters (%s)", location, line,
          lines[line - 1], context).isLessThanOrEqualTo(lines[line - 1] + 1);
    }
  }

  /** Asserts that every finding, and every place it relates to, lies inside its file. */
  public static void assertInside(List<Finding> findings, Map<String, int[]> files) {
    for (Finding f : findings) {
      assertInside(f.location(), files, f);
      for (Location r : f.related()) {
        assertInside(r, files, f);
      }
    }
  }
}
