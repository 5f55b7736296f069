package org.policyset.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.model.Dataset;

/** The fixture dataset of the query tests: fictional actors, dates on the partial-date edges. */
public final class QueryFixture {
  private QueryFixture() {}

  private static Dataset dataset;

  /** Returns the folder of the fixture dataset. */
  static Path path() {
    try {
      return Path.of(QueryFixture.class.getResource("/query/fixture/manifest.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns the fixture dataset, read once. */
  public static synchronized Dataset load() {
    if (dataset == null) {
      DatasetReader.Result r = DatasetReader.create().load(List.of(path()));
      assertThat(r.findings()).as("the fixture reads cleanly").isEmpty();
      dataset = r.dataset();
    }
    return dataset;
  }
}
