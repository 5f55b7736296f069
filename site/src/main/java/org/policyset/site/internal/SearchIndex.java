package org.policyset.site.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PolicyRecord;

/**
 * The search index: every record's type, id, name and page, as one JSON array assigned to
 * {@code window.policysetIndex} in a script file. A script rather than a {@code .json} file,
 * because browsers refuse to fetch files from a page opened from {@code file://}; the array is
 * JSON all the same, written one record a line.
 */
final class SearchIndex {
  private SearchIndex() {}

  static void write(Dataset data, Path file) throws IOException {
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      w.write("window.policysetIndex = [\n");
      boolean[] first = {true};
      for (var it = data.records().iterator(); it.hasNext();) {
        PolicyRecord r = it.next();
        if (!first[0]) {
          w.write(",\n");
        }
        first[0] = false;
        String label = SiteIndex.label(r);
        w.write("{\"type\":" + Text.json(r.recordType().singular()) + ",\"id\":" + Text.json(r.id())
            + ",\"name\":" + Text.json(RecordPages.shortTitle(label))
            + ",\"date\":" + Text.json(SiteWriter.dateOf(r))
            + ",\"href\":" + Text.json(SiteIndex.path(r.recordType(), r.id())) + "}");
      }
      w.write("\n];\n");
    }
  }
}
