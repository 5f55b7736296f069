package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.model.Dataset;

/** The query fixture dataset of the core module's tests, shared by the CLI tests. */
final class Fixture {
  private Fixture() {}

  /** The fixture folder, relative to this module (Maven runs tests in the module folder). */
  static final String PATH = "../core/src/test/resources/query/fixture";

  private static Dataset dataset;

  /** Returns the fixture dataset, read once. */
  static synchronized Dataset dataset() {
    if (dataset == null) {
      DatasetReader.Result r = DatasetReader.create().load(List.of(Path.of(PATH)));
      assertThat(r.findings()).isEmpty();
      dataset = r.dataset();
    }
    return dataset;
  }
}
