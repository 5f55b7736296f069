package org.policyset.core.validation.internal.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.internal.json.LazyLocation;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.model.Attribution;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Stance;

/**
 * Whether a stance's attribution (schema version 2) agrees with the sources it cites:
 * <ul>
 *   <li>PS214 attribution-fields (shape layer): {@code reported} without {@code reportedBy}, or
 *       {@code reportedBy} with another attribution; the stance alone says so;
 *   <li>PS405 reporting-source-not-cited: {@code reportedBy} names a source no citation of the
 *       stance cites; the stance alone says so;
 *   <li>PS406 author-claim-without-author: an {@code analysis}, {@code proposal} or
 *       {@code prediction} with a holder who is among the {@code authors} of no cited source;
 *   <li>PS407 stated-without-own-source: a {@code stated} stance none of whose cited sources has a
 *       holder or a {@code voicedBy} actor among its {@code authors}.
 * </ul>
 *
 * <p>PS406 and PS407 need the {@code authors} of the cited sources, which {@link ProvenanceIndex}
 * keeps with each source. A stance whose cited sources are all declared is checked as it arrives;
 * one that cites a source declared later waits for the end with the little it needs (holders,
 * actors that voiced it, cited ids, locations), as quotes of such sources do. A stance citing a
 * source that is never declared (PS302), or one that could not be bound (its authors unknown), is
 * not checked: the finding about that source is the one to fix first.
 *
 * <p>A stance read as version 1 has no attribution, so none of these rules finds anything in
 * version 1 data.
 */
final class AttributionChecks {

  /** What a stance citing a source not declared yet needs for the checks at the end. */
  private record Waiting(String id, String record, String pointer, Attribution attribution,
      List<String> holders, List<String> voicedBy, List<String> cited, LazyLocation at,
      List<LazyLocation> holderLocations) {}

  private final Consumer<Finding> findings;
  private final List<Waiting> waiting = new ArrayList<>();

  AttributionChecks(Consumer<Finding> findings) {
    this.findings = findings;
  }

  /** Whether an attribution says the claim is the citing source's author's own. */
  static boolean authorsOwn(Attribution a) {
    return a == Attribution.ANALYSIS || a == Attribution.PROPOSAL || a == Attribution.PREDICTION;
  }

  /**
   * Checks a stance.
   *
   * @param sources the declared source with an id, or null if none is declared (yet)
   */
  void stance(ReadRecord r, Stance s,
      Function<String, ProvenanceIndex.@Nullable SourceInfo> sources) {
    Attribution a = s.attribution();
    if (a == null) {
      return;
    }
    fieldsAgree(r, s, a);
    for (int i = 0; i < s.reportedBy().size(); i++) {
      String id = s.reportedBy().get(i);
      if (id != null && !cites(s, id)) {
        String p = "/reportedBy/" + i;
        findings.accept(Finding.of(Rule.REPORTING_SOURCE_NOT_CITED, r.locator().locate(p),
                "stance '" + s.id() + "' is reported by source '" + id + "', which none of its"
                    + " citations cites" + (s.sources().isEmpty() ? "" : " (it cites " + quoted(cited(s)) + ")"))
            .withPointer(r.pointer() + p).withRecord(r.key())
            .withHint("add a citation of '" + id + "' with the quote that reports the stance, or"
                + " name in \"reportedBy\" a source the stance cites"));
      }
    }
    if (a != Attribution.STATED && !authorsOwn(a)) {
      return;
    }
    List<String> cited = cited(s);
    List<ProvenanceIndex.SourceInfo> known = new ArrayList<>();
    for (String id : cited) {
      ProvenanceIndex.SourceInfo info = sources.apply(id);
      if (info == null) {
        List<LazyLocation> at = new ArrayList<>();
        for (int i = 0; i < s.holders().size(); i++) {
          at.add(LazyLocation.of(r.locator(), "/holders/" + i));
        }
        waiting.add(new Waiting(s.id(), r.key(), r.pointer(), a, s.holders(), s.voicedBy(),
            cited, LazyLocation.of(r.locator(), "/attribution"), at));
        return;
      }
      known.add(info);
    }
    authors(new Waiting(s.id(), r.key(), r.pointer(), a, s.holders(), s.voicedBy(), List.of(),
        new LazyLocation.Deferred(r.locator(), "/attribution"), List.of()), known, r);
  }

  /** Whether a citation of {@code s} cites source {@code id}. */
  private static boolean cites(Stance s, String id) {
    for (Citation c : s.sources()) {
      if (c != null && id.equals(c.source())) {
        return true;
      }
    }
    return false;
  }

  /** The ids of the sources {@code s} cites, each once, in order of first citation. */
  private static List<String> cited(Stance s) {
    List<String> ids = new ArrayList<>(s.sources().size());
    for (Citation c : s.sources()) {
      if (c != null && c.source() != null && !ids.contains(c.source())) {
        ids.add(c.source());
      }
    }
    return ids;
  }

  /** PS214: {@code reported} and {@code reportedBy} go together. */
  private void fieldsAgree(ReadRecord r, Stance s, Attribution a) {
    if (a == Attribution.REPORTED && s.reportedBy().isEmpty()) {
      findings.accept(Finding.of(Rule.ATTRIBUTION_FIELDS, r.locator().locate("/attribution"),
              "stance '" + s.id() + "' is attributed as reported, but \"reportedBy\" names no"
                  + " reporting source")
          .withPointer(r.pointer() + "/attribution").withRecord(r.key())
          .withHint("add \"reportedBy\": [the ids of the cited sources that report it]"));
    } else if (a != Attribution.REPORTED && !s.reportedBy().isEmpty()) {
      findings.accept(Finding.of(Rule.ATTRIBUTION_FIELDS, r.locator().locate("/reportedBy"),
              "stance '" + s.id() + "' names reporting sources, but is attributed as " + a.value()
                  + ", not reported")
          .withPointer(r.pointer() + "/reportedBy").withRecord(r.key())
          .withHint("remove \"reportedBy\", or attribute the stance as \"reported\" if a source"
              + " reports the holders' position"));
    }
  }

  /**
   * PS406 and PS407 over the cited sources {@code known}; {@code r} locates the stance when it is
   * at hand, else the locations kept in {@code w} do.
   */
  private void authors(Waiting w, List<ProvenanceIndex.SourceInfo> known, @Nullable ReadRecord r) {
    for (ProvenanceIndex.SourceInfo info : known) {
      if (info.authors() == null) {
        return;
      }
    }
    if (authorsOwn(w.attribution())) {
      for (int i = 0; i < w.holders().size(); i++) {
        String h = w.holders().get(i);
        if (h == null || wrote(known, h)) {
          continue;
        }
        String p = "/holders/" + i;
        findings.accept(Finding.of(Rule.AUTHOR_CLAIM_WITHOUT_AUTHOR,
                r != null ? r.locator().locate(p) : w.holderLocations().get(i).get(),
                "holder '" + h + "' of the " + w.attribution().value() + " '" + w.id()
                    + "' is among the authors of no source it cites (" + describe(known) + ")")
            .withPointer(w.pointer() + p).withRecord(w.record())
            .withHint("an analysis, proposal or prediction is the author's own: make its holders"
                + " the \"authors\" of a cited source (an author the source does not name is an"
                + " actor with \"unnamed\": true), or attribute it as \"reported\" if the source"
                + " says '" + h + "' holds it"));
      }
    } else {
      for (String h : w.holders()) {
        if (h != null && wrote(known, h)) {
          return;
        }
      }
      for (String v : w.voicedBy()) {
        if (v != null && wrote(known, v)) {
          return;
        }
      }
      findings.accept(Finding.of(Rule.STATED_WITHOUT_OWN_SOURCE,
              r != null ? r.locator().locate("/attribution") : w.at().get(),
              "stance '" + w.id() + "' is attributed as stated, but no source it cites was written by"
                  + " a holder" + (w.voicedBy().isEmpty() ? "" : " or by who voiced it")
                  + " (" + describe(known) + ")")
          .withPointer(w.pointer() + "/attribution").withRecord(w.record())
          .withHint("cite the holders' own statement (a source whose \"authors\" name a holder or"
              + " the actor in \"voicedBy\"), or attribute the stance as \"reported\" with"
              + " \"reportedBy\""));
    }
  }

  private static boolean wrote(List<ProvenanceIndex.SourceInfo> sources, String actor) {
    for (ProvenanceIndex.SourceInfo s : sources) {
      List<String> authors = s.authors();
      if (authors != null && authors.contains(actor)) {
        return true;
      }
    }
    return false;
  }

  /** The cited sources and their authors, as a finding names them. */
  private static String describe(List<ProvenanceIndex.SourceInfo> sources) {
    List<String> parts = new ArrayList<>();
    for (ProvenanceIndex.SourceInfo s : sources) {
      List<String> authors = s.authors();
      parts.add("'" + s.id() + "' " + (authors == null || authors.isEmpty() ? "lists no authors"
          : "is by " + quoted(authors)));
    }
    return parts.isEmpty() ? "it cites none" : String.join("; ", parts);
  }

  private static String quoted(java.util.Collection<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      out.add("'" + id + "'");
    }
    return String.join(", ", out);
  }

  /** Checks the stances that cited sources declared after them; a source never declared is PS302's. */
  void finish(Function<String, ProvenanceIndex.@Nullable SourceInfo> sources) {
    for (Waiting w : waiting) {
      List<ProvenanceIndex.SourceInfo> known = new ArrayList<>();
      boolean all = true;
      for (String id : w.cited()) {
        ProvenanceIndex.SourceInfo info = sources.apply(id);
        if (info == null) {
          all = false;
          break;
        }
        known.add(info);
      }
      if (all) {
        authors(w, known, null);
      }
    }
    waiting.clear();
  }
}
