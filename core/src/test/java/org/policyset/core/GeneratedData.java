package org.policyset.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The generated datasets of {@code src/test/resources/generated/} (see its README), unpacked into a
 * folder for a test.
 */
public final class GeneratedData {
  private GeneratedData() {}

  /**
   * Unpacks {@code name} (such as {@code base.json}) into {@code dir} and returns the file.
   *
   * @param name the file's name, without {@code .gz}
   * @param dir the folder
   * @return the unpacked file
   */
  public static Path file(String name, Path dir) {
    Path out = dir.resolve(name);
    try (InputStream in = new GZIPInputStream(GeneratedData.class.getResourceAsStream(
        "/generated/" + name + ".gz"))) {
      Files.copy(in, out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
