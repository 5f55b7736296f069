package org.policyset.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the archived text of a source for quote checks, refusing what a hostile change could use to
 * hang, exhaust or spy on the machine: FIFOs and devices, files larger than {@link #MAX_BYTES}, and
 * links that lead out of the folder of the file declaring the source.
 */
final class SourceTexts {
  private SourceTexts() {}

  /** The largest archived text read, in bytes (64 MiB; a long UN report is about 1 MiB). */
  static final long MAX_BYTES = 64L << 20;

  /**
   * Returns why {@code text} is refused, phrased to follow the text's name in a message, or null if
   * it may be read. A missing file is not refused here: reading it reports it.
   */
  static String refusal(Path text, Path folder) {
    if (!Files.exists(text) && !Files.isSymbolicLink(text)) {
      return null;
    }
    String why = FileKinds.whyNotRegular(text);
    if (why != null) {
      return "is not a regular file: " + why;
    }
    if (folder != null && !FileKinds.liesInside(text, folder)) {
      return "is a link to a file outside the folder of the file that declares the source";
    }
    try {
      long size = Files.size(text);
      if (size > MAX_BYTES) {
        return "has " + size + " bytes; archived texts are read up to " + MAX_BYTES + " bytes";
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  /** Reads at most {@link #MAX_BYTES} bytes of {@code text}. */
  static byte[] read(Path text) throws IOException {
    try (InputStream in = Files.newInputStream(text)) {
      return in.readNBytes((int) MAX_BYTES);
    }
  }
}
