package org.policyset.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.workflow.CiteOutcome;
import org.policyset.core.workflow.CiteRequest;
import org.policyset.core.workflow.Policyset;

/**
 * {@code policyset cite} against the bundled dataset: given each quote the data holds, it finds it
 * and gives the locator the curators wrote by hand; given the quote as a reader might retype it
 * (lower case, straight marks, one word changed), it still finds the same place.
 */
class CiteBundledQuotesTest {

  static final Path DATA = Path.of("data");

  record Quoted(String record, Citation citation) {}

  static List<Quoted> quotes() {
    Dataset d = DatasetReader.create().load(List.of(DATA)).dataset();
    List<Quoted> all = new ArrayList<>();
    for (RecordType t : RecordType.values()) {
      for (PolicyRecord r : d.records(t)) {
        for (Citation c : r.citations()) {
          if (c.quote() != null) {
            all.add(new Quoted(t.singular() + ":" + r.id(), c));
          }
        }
      }
    }
    return all;
  }

  private static String words(String s) {
    return s.replaceAll("[\u201C\u201D]", "\"").replaceAll("[\u2018\u2019]", "'").replaceAll("\\s+", " ");
  }

  @Test
  void everyQuoteIsFoundWithTheLocatorTheDataGivesIt() {
    List<Quoted> quotes = quotes();
    assertThat(quotes).hasSizeGreaterThan(80);
    for (Quoted q : quotes) {
      Citation c = q.citation();
      CiteOutcome o = Policyset.cite(CiteRequest.of(List.of(DATA), c.source(), c.quote()));
      assertThat(o.match()).as("%s: %s", q.record(), c.quote()).isEqualTo(CiteOutcome.Match.EXACT);
      Citation found = o.places().get(0);
      assertThat(found.locator()).as("%s: %s", q.record(), c.quote()).isEqualTo(c.locator());
      assertThat(words(found.quote())).as(q.record()).isEqualTo(words(c.quote()));
    }
  }

  @Test
  void aRetypedQuoteWithOneWordChangedIsFoundInTheSamePlace() {
    int tried = 0;
    for (Quoted q : quotes()) {
      Citation c = q.citation();
      String[] w = c.quote().split(" ");
      if (w.length < 8) {
        continue;
      }
      w[w.length / 2] = "xyzzy";
      String retyped = String.join(" ", w).toLowerCase(java.util.Locale.ROOT)
          .replaceAll("[\u201C\u201D]", "\"").replaceAll("[\u2018\u2019]", "'");
      CiteOutcome o = Policyset.cite(CiteRequest.of(List.of(DATA), c.source(), retyped));
      assertThat(o.match()).as("%s: %s", q.record(), retyped).isEqualTo(CiteOutcome.Match.CLOSE);
      assertThat(o.differingWords()).isEqualTo(1);
      assertThat(o.places().get(0).locator()).as(retyped).isEqualTo(c.locator());
      assertThat(words(o.places().get(0).quote())).as(retyped).isEqualTo(words(c.quote()));
      assertThat(o.json()).startsWith("{\n  \"source\": \"" + c.source() + "\",\n  \"quote\": ");
      tried++;
    }
    assertThat(tried).isGreaterThan(40);
  }
}
