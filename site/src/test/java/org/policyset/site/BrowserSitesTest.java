package org.policyset.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyset.core.io.ReadLimits;
import org.policyset.dataset.BundledDataset;

/**
 * Writes the sites the browser test opens ({@code site/src/test/browser}, run by {@code .ci/run}
 * after {@code mvn verify}): the fixture's, with hostile text, and the bundled dataset's, into
 * {@code site/target/browser-sites/}.
 */
class BrowserSitesTest {
  static final Path OUT = Path.of("target", "browser-sites");

  @Test
  void writesTheFixtureAndBundledSitesForTheBrowserTest() throws Exception {
    SiteOutcome fixture = SiteTest.build(OUT.resolve("fixture"), List.of());
    assertThat(fixture.written()).isTrue();
    SiteOutcome bundled = Site.build(new SiteRequest(List.of(Path.of("..", "dataset", "data")), OUT.resolve("bundled"),
        List.of(), ReadLimits.DEFAULTS));
    assertThat(bundled.inputErrors()).isEmpty();
    assertThat(bundled.records()).isEqualTo(BundledDataset.load().size());
    assertThat(OUT.resolve("bundled/index.html")).isRegularFile();
  }
}
