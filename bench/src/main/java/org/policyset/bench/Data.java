package org.policyset.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policyset.testkit.DatasetGenerator;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.InputFormat;

/** Generated inputs for the benchmarks, written once to a temporary folder. */
public final class Data {
  private Data() {}

  /** Records in a benchmark file: enough for the JIT to settle, small enough for fast iterations. */
  public static final int RECORDS = 20_000;

  /**
   * Returns a generated file of {@link #RECORDS} records.
   *
   * @param format "json" or "jsonl"
   * @return the file
   */
  public static InputFile file(String format) {
    try {
      Path dir = Files.createTempDirectory("policyset-bench");
      boolean lines = format.equals("jsonl");
      Path file = dir.resolve("data." + format);
      DatasetGenerator.records(RECORDS).seed(1)
          .write(file, lines ? InputFormat.JSON_LINES : InputFormat.JSON);
      return new InputFile(file, file.getFileName().toString(),
          lines ? InputFormat.JSON_LINES : InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
