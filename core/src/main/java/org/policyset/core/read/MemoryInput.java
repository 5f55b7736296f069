package org.policyset.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.io.FileErrors;
import org.policyset.core.internal.text.StrictUtf8;
import org.policyset.core.io.InputFile;
import org.policyset.core.model.Dataset;

/** Turns input held in memory into the bytes the reader reads, or the finding that stops it. */
final class MemoryInput {
  private MemoryInput() {}

  /**
   * Reads {@code in} to its end, or to one byte past {@code limit} (so that the reader reports the
   * limit without the stream being read forever).
   */
  static byte[] readUpTo(InputStream in, long limit) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
  }

  /**
   * Reads {@code in} to its end, or to as many characters as could encode to one byte past
   * {@code limit}.
   */
  static String readUpTo(Reader in, long limit) throws IOException {
    long max = Math.min(Integer.MAX_VALUE - 16, limit + 1);
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while (sb.length() < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length,
        max - sb.length()))) >= 0) {
      sb.append(buffer, 0, n);
    }
    return sb.toString();
  }

  /** The UTF-8 bytes of {@code content}, or null when it holds an unpaired surrogate. */
  static byte @Nullable [] utf8(InputFile file, String content) {
    try {
      return StrictUtf8.encode(content);
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The result of a string holding an unpaired surrogate, located at its first one. */
  static DatasetReader.Result unencodable(InputFile file, String content) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < content.length()
          && Character.isLowSurrogate(content.charAt(i + 1));
      if (Character.isSurrogate(c) && !paired) {
        break;
      }
      if (paired) {
        i++;
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return only(file, Finding.of(Rule.UNPAIRED_SURROGATE, new Location(file.display(), line, column),
            "the text holds an unpaired surrogate, which no UTF-8 file can hold")
        .withHint("remove the lone surrogate, or pair it with its other half"));
  }

  /** The result of input that could not be read at all. */
  static DatasetReader.Result unreadable(InputFile file, IOException e) {
    return only(file, Finding.of(Rule.UNREADABLE_INPUT, Location.ofFile(file.display()),
            "cannot read: " + FileErrors.describe(e))
        .withHint("check what supplies the input"));
  }

  private static DatasetReader.Result only(InputFile file, Finding finding) {
    return new DatasetReader.Result(Dataset.of(null, List.of()), List.of(finding), List.of(file),
        Map.of());
  }
}
