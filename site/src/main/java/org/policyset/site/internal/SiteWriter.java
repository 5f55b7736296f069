package org.policyset.site.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyset.core.diff.DatasetDiff;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Principle;
import org.policyset.core.model.PrincipleRelation;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.model.Stance;
import org.policyset.site.internal.Views.Part;

/**
 * Writes a whole site into an empty folder: the pages one at a time (nothing of a page is kept
 * once it is written), the assets, the search index and the marker that says policyset wrote it.
 */
public final class SiteWriter {
  /** The file that marks a folder as a site policyset wrote (so that it may be replaced). */
  public static final String MARKER = ".policyset-site";
  /** Rows per page of a list. */
  static final int LIST_PAGE = 500;
  private static final List<String> ASSETS = List.of("site.css", "search.js", "filter.js");

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
  private final Path out;
  private int pages;

  private SiteWriter(Path out) {
    this.out = out;
  }

  /**
   * Writes the site.
   *
   * @param data the dataset
   * @param texts the archived text of each source that has one, by source id
   * @param since the changes against a previous version, or null
   * @param sinceName what the previous version is called, or null
   * @param folder an empty folder
   * @return the number of pages written
   * @throws IOException if a file cannot be written
   */
  public static int write(Dataset data, Map<String, byte[]> texts, @Nullable DatasetDiff since,
      @Nullable String sinceName, Path folder) throws IOException {
    SiteWriter w = new SiteWriter(folder);
    try {
      w.writeAll(data, texts, since, sinceName);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return w.pages;
  }

  private void writeAll(Dataset data, Map<String, byte[]> texts, @Nullable DatasetDiff since,
      @Nullable String sinceName) throws IOException {
    SiteIndex index = new SiteIndex(data);
    String title = data.manifest() != null ? data.manifest().title() : "policyset dataset";
    Files.createDirectories(out.resolve("assets"));
    for (String a : ASSETS) {
      try (InputStream in = Objects.requireNonNull(SiteWriter.class.getResourceAsStream("/org/policyset/site/assets/" + a), a)) {
        Files.copy(in, out.resolve("assets").resolve(a));
      }
    }
    Charts charts = new Charts(index, title);
    render("index.html", "overview.jte", charts.overview(since, sinceName));
    render("timeline.html", "chart.jte", charts.timeline());
    render("matrix.html", "matrix.jte", charts.matrix());
    render("principles.html", "chart.jte", charts.principleMap());
    render("search.html", "search.jte", new Views.Page("Search", "", "Search", title));

    // Where each quote lies in its source's archived text, source by source.
    Map<String, Paragraphs> paragraphs = new HashMap<>();
    Map<String, Integer> quoteAt = new HashMap<>();
    for (Source s : data.sources()) {
      byte[] text = texts.get(s.id());
      if (text != null) {
        paragraphs.put(s.id(), new Paragraphs(text));
      }
    }
    data.records().forEach(r -> {
      List<Citation> cs = new ArrayList<>(r.citations());
      if (r instanceof Principle p) {
        for (PrincipleRelation pr : p.relations()) {
          cs.addAll(pr.sources());
        }
      }
      for (int i = 0; i < cs.size(); i++) {
        Citation c = cs.get(i);
        Paragraphs p = paragraphs.get(c.source());
        if (p != null && c.quote() != null) {
          int at = p.mark(c.quote(), c.locator(), Part.link(
              r.recordType().singular() + " " + r.id(), RecordPages.ROOT + SiteIndex.path(r.recordType(), r.id())));
          if (at > 0 && i < r.citations().size()) {
            quoteAt.put(RecordPages.citationKey(r, i), at);
          }
        }
      }
    });
    RecordPages recordPages = new RecordPages(index, title, quoteAt);
    for (RecordType t : RecordType.values()) {
      Files.createDirectories(out.resolve(t.singular()));
      for (PolicyRecord r : data.records(t)) {
        List<Views.Paragraph> text = List.of();
        String note = null;
        if (r instanceof Source s && s.text() != null) {
          Paragraphs p = paragraphs.remove(s.id());
          if (p != null) {
            text = p.paragraphs();
          } else {
            note = "The archived text (" + s.text() + ") could not be read.";
          }
        }
        render(SiteIndex.path(t, r.id()), "record.jte", recordPages.page(r, text, note));
      }
      lists(t, data, title);
    }
    SearchIndex.write(data, out.resolve("assets").resolve("search-index.js"));
    Files.writeString(out.resolve(MARKER), "A site written by 'policyset site'; the next run may replace "
        + "this folder whole.\n", StandardCharsets.UTF_8);
  }

  private void lists(RecordType t, Dataset data, String title) throws IOException {
    Files.createDirectories(out.resolve("list"));
    List<? extends PolicyRecord> all = data.records(t);
    int count = Math.max(1, (all.size() + LIST_PAGE - 1) / LIST_PAGE);
    List<Part> links = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      links.add(Part.link(Integer.toString(i), t.section() + "-" + i + ".html"));
    }
    String heading = Character.toUpperCase(t.section().charAt(0)) + t.section().substring(1);
    for (int i = 1; i <= count; i++) {
      List<List<Part>> rows = new ArrayList<>();
      for (PolicyRecord r : all.subList((i - 1) * LIST_PAGE, Math.min(all.size(), i * LIST_PAGE))) {
        rows.add(List.of(Part.link(r.id(), RecordPages.ROOT + SiteIndex.path(t, r.id())),
            Part.text(RecordPages.shortTitle(SiteIndex.label(r))), Part.text(dateOf(r))));
      }
      render("list/" + t.section() + "-" + i + ".html", "listing.jte", new Views.Listing(
          new Views.Page(heading + (count > 1 ? ", page " + i : ""), RecordPages.ROOT, heading, title),
          heading, List.of("Id", "Name", "Date"), rows, links, i));
    }
  }

  /** The date a stance is drawn at: version 1's date, or a version 2 attested date that is a plain partial date. */
  static @org.jspecify.annotations.Nullable PartialDate partialDate(Stance s) {
    if (s.date() != null) {
      return s.date();
    }
    return s.attested() == null ? null : s.attested().partialDate();
  }

  static String dateOf(PolicyRecord r) {
    if (r instanceof Stance s) {
      return s.date() != null ? s.date().toString() : s.attested() != null ? s.attested().toString() : "undated";
    } else if (r instanceof org.policyset.core.model.Event e) {
      return e.date() != null ? e.date().toString() : "undated";
    } else if (r instanceof Source s && s.published() != null) {
      return s.published().toString();
    }
    return "";
  }

  private void render(String file, String template, Object view) {
    Path target = out.resolve(file);
    try (Writer w = new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(target,
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16)) {
      engine.render(template, view, new CleanHtmlOutput(new WriterOutput(w)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pages++;
  }
}
