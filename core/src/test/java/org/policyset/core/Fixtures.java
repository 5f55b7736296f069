package org.policyset.core;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The broken-dataset fixtures under {@code fixtures/}, one folder per rule or variant. */
public final class Fixtures {
  private Fixtures() {}

  /** Returns the fixture folders, sorted by name. */
  public static List<Path> folders() throws IOException, URISyntaxException {
    Path root = Path.of(Fixtures.class.getResource("/fixtures").toURI());
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  /** Copies a fixture folder without its {@code expected.json}, so that only the dataset is read. */
  public static void copyDataset(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("expected.json") || !p.getParent().equals(from)) {
          Files.copy(p, target);
        }
      }
    }
  }
}
