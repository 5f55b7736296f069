package org.policyset.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.io.ReadLimits;

/**
 * The site of a schema version 2 dataset (core's {@code v2/fixture}): the stance matrix tells
 * reported from own word by {@code attribution} — {@code stated} is the holders' own word,
 * {@code reported} is reported, the author's analysis, proposal or prediction is shown as the
 * author's — and dates a stance by its attested date.
 */
class SiteVersion2Test {

  static final Path V2 = Path.of("..", "core", "src", "test", "resources", "v2", "fixture");

  @TempDir Path tmp;

  @Test
  void theMatrixReadsAttribution() throws Exception {
    Path out = tmp.resolve("site");
    Site.build(new SiteRequest(List.of(V2), out, List.of(), ReadLimits.DEFAULTS));
    String matrix = Files.readString(out.resolve("matrix.html"));
    // Stated, with a ministry briefing: own word (version 1's reading of the source kind agrees).
    assertThat(matrix).contains("<a class=\"pos p-rejects\" href=\"stance/vd-rejects-blockade.html\""
        + " title=\"[2025-03-01..2025-03-05]: ");
    // Reported by the commentary: reported.
    assertThat(matrix).contains("<a class=\"pos p-calls-for reported\" href=\"stance/vd-open-lanes.html\""
        + " title=\"2025-03?: ");
    // The author's own analysis in a commentary: version 1's reading would call it reported.
    assertThat(matrix).contains("<a class=\"pos p-opposes\" href=\"stance/author-piracy-threat.html\""
        + " title=\"undated: ")
        .contains("(the author&#39;s analysis)\">opposes</a>");
    assertThat(matrix).doesNotContain("title=\"null");
  }

  @Test
  void recordsWithNoPlainDateCloseTheTimelinesTable() throws Exception {
    Path out = tmp.resolve("site");
    Site.build(new SiteRequest(List.of(V2), out, List.of(), ReadLimits.DEFAULTS));
    String timeline = Files.readString(out.resolve("timeline.html"));
    assertThat(timeline).contains("7 records with no plain date (undated, or a ranged date or one with unspecified digits) are not drawn")
        .contains("[2025-03-01..2025-03-05] (not drawn)")
        .contains("event/river-dispute-outbreak.html").contains("event/ostmark-blockade.html")
        .contains("stance/author-piracy-threat.html");
    int dated = timeline.indexOf("event/tidewater-declaration.html\">");
    assertThat(dated).isPositive().isLessThan(timeline.indexOf("[2025-03-01..2025-03-05] (not drawn)"));
  }
}
