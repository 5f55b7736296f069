package org.policyset.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.workflow.WorkflowException;

/** The site of a small fixture with hostile text, read back as files: what a reader would open. */
class SiteTest {
  static final Pattern LINK = Pattern.compile("\\b(href|src)=\"([^\"]*)\"");

  @TempDir
  Path tmp;

  static Path fixture() throws URISyntaxException {
    return Path.of(SiteTest.class.getResource("fixture/dataset.json").toURI()).getParent();
  }

  static SiteOutcome build(Path out, List<Path> since) throws URISyntaxException {
    return Site.build(new SiteRequest(List.of(fixture()), out, since, ReadLimits.DEFAULTS));
  }

  static List<Path> files(Path root, String ext) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
    }
  }

  @Test
  void everyRecordHasExactlyOnePageThatLinksToEachOfItsSources() throws Exception {
    Path out = tmp.resolve("site");
    SiteOutcome outcome = build(out, List.of());
    assertThat(outcome.inputErrors()).isEmpty();
    Dataset data = DatasetReader.create().load(List.of(fixture())).dataset();
    assertThat(outcome.records()).isEqualTo(data.size());
    Set<String> expected = new HashSet<>();
    data.records().forEach(r -> expected.add(r.recordType().singular() + "/" + r.id() + ".html"));
    Set<String> pages = new HashSet<>();
    for (RecordType t : RecordType.values()) {
      for (Path p : files(out.resolve(t.singular()), ".html")) {
        pages.add(out.relativize(p).toString());
      }
    }
    assertThat(pages).isEqualTo(expected);
    for (PolicyRecord r : (Iterable<PolicyRecord>) data.records()::iterator) {
      String html = Files.readString(out.resolve(r.recordType().singular() + "/" + r.id() + ".html"));
      for (Citation c : r.citations()) {
        assertThat(html).as(r.id()).contains("href=\"../source/" + c.source() + ".html\"");
      }
      for (PolicyRecord s : data.sources()) {   // and each source page links back to who cites it
        if (r.citations().stream().anyMatch(c -> c.source().equals(s.id()))) {
          assertThat(Files.readString(out.resolve("source/" + s.id() + ".html")))
              .as(s.id() + " cited by " + r.id())
              .contains("href=\"../" + r.recordType().singular() + "/" + r.id() + ".html\"");
        }
      }
    }
  }

  @Test
  void everyLinkAndAssetIsAFileInTheSiteAndNoAssetComesFromOutside() throws Exception {
    Path out = tmp.resolve("site");
    build(out, List.of());
    List<String> problems = new ArrayList<>();
    for (Path page : files(out, ".html")) {
      String html = Files.readString(page);
      Matcher m = LINK.matcher(html);
      while (m.find()) {
        String url = m.group(2).replace("&amp;", "&");
        int tagStart = html.lastIndexOf('<', m.start());
        String tag = html.substring(tagStart, html.indexOf('>', m.start()) + 1);
        if (url.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || url.startsWith("//")) {
          if (!(tag.startsWith("<a ") && tag.contains("class=\"external\"") && url.startsWith("https://"))) {
            problems.add(out.relativize(page) + ": " + tag);
          }
          continue;
        }
        String file = url.replaceAll("[#?].*", "");
        Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!target.startsWith(out) || !Files.isRegularFile(target)) {
          problems.add(out.relativize(page) + ": broken " + url);
        } else if (url.contains("#")) {
          String id = url.substring(url.indexOf('#') + 1);
          if (!id.equals("main") && !Files.readString(target).contains("id=\"" + id + "\"")) {
            problems.add(out.relativize(page) + ": no anchor " + url);
          }
        }
      }
    }
    for (Path asset : files(out.resolve("assets"), "")) {
      if (Files.isRegularFile(asset)) {
        String text = Files.readString(asset);
        if (asset.endsWith("search-index.js")) {   // data: one JSON array, assigned and nothing else
          assertThat(text).startsWith("window.policysetIndex = [\n").endsWith("\n];\n");
          continue;
        }
        if (text.matches("(?s).*(url\\(|@import|fetch\\(|XMLHttpRequest|https?://).*")) {
          problems.add(out.relativize(asset) + " may load something");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void textFromTheDataIsEscapedAndControlCharactersAreShownNotWritten() throws Exception {
    Path out = tmp.resolve("site");
    build(out, List.of());
    List<Path> all = new ArrayList<>(files(out, ".html"));
    all.add(out.resolve("assets/search-index.js"));
    for (Path p : all) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      assertThat(text).as(p.toString()).doesNotContain("<script>alert", "\u001b", "\u0007", "<b>&");
      assertThat(text.replaceAll("<script src=\"[./a-z-]*assets/[a-z-]+\\.js\"></script>", ""))
          .as(p.toString()).doesNotContain("<script");
    }
    String stance = Files.readString(out.resolve("stance/alpha-ceasefire.html"));
    assertThat(stance).contains("ceasefire &lt;script&gt;alert('x')&lt;/script&gt; now.");
    assertThat(Files.readString(out.resolve("stance/beta-aid.html"))).contains("\u241b]8;;https://evil.example\u2407corridors");
    assertThat(Files.readString(out.resolve("actor/gamma.html"))).contains("Gamma \u241b[31mred\u241b[0m Union");
    assertThat(Files.readString(out.resolve("assets/search-index.js")))
        .contains("\"name\":\"Beta \\u003cscript\\u003ealert('actor')\\u003c/script\\u003e\"");
    // The source's URL is a link, its ampersand escaped in the attribute.
    assertThat(Files.readString(out.resolve("source/communique.html")))
        .contains("<a href=\"https://example.org/communique?a=1&amp;b=2\" class=\"external\">");
  }

  @Test
  void quotesAreHighlightedInTheirParagraphAndLinkedBothWays() throws Exception {
    Path out = tmp.resolve("site");
    build(out, List.of());
    String source = Files.readString(out.resolve("source/commentary.html"));
    // The quote differs in case and spacing from the text; the text is shown as it is.
    assertThat(source).containsPattern("<p id=\"para-2\">.*Several states <mark>support humanitarian corridors</mark>, as");
    assertThat(source).contains("<p id=\"para-1\"><a class=\"para\" href=\"#para-1\">para. 1</a> Introduction &lt;em&gt;not markup&lt;/em&gt; &amp; more.");
    assertThat(source).containsPattern("(?s)id=\"para-2\">.*Quoted by: <a href=\"../stance/beta-aid.html\"");
    assertThat(Files.readString(out.resolve("stance/beta-aid.html")))
        .contains("href=\"../source/commentary.html#para-2\"");
    // para. 4 holds two quotes of different records: both marked.
    assertThat(source).contains("<mark>protection is part of multilateralism</mark>, and <mark>multilateralism reconciles</mark>");
  }

  @Test
  void theMatrixTellsOwnWordFromReportedAndTheOverviewCountsAndCompares() throws Exception {
    Path out = tmp.resolve("site");
    Path old = tmp.resolve("old.json");
    Files.writeString(old, "{\"actors\": [{\"id\": \"alpha\", \"name\": \"Alpha\", \"kind\": \"state\"},"
        + "{\"id\": \"gone\", \"name\": \"Gone\", \"kind\": \"state\"}]}");
    build(out, List.of(old));
    String matrix = Files.readString(out.resolve("matrix.html"));
    assertThat(matrix).contains("<a class=\"pos p-calls-for\" href=\"stance/alpha-ceasefire.html\"");
    assertThat(matrix).contains("<a class=\"pos p-supports reported\" href=\"stance/beta-aid.html\"");
    String overview = Files.readString(out.resolve("index.html"));
    assertThat(overview).contains("Changes since " + old);
    assertThat(overview).containsPattern("<th scope=\"row\"><span>actor gone</span></th><td><span>removed</span>");
    assertThat(overview).containsPattern("<a href=\"actor/alpha.html\">actor alpha</a></th><td><span>changed</span></td><td><span>name</span>");
    assertThat(overview).containsPattern("<a href=\"actor/beta.html\">actor beta</a></th><td><span>added</span>");
    assertThat(overview).containsPattern("<a href=\"list/stances-1.html\">stances</a></th><td><span>2</span>");
  }

  @Test
  void thePrincipleMapDrawsEveryRelationByKindAndLinksEachPrinciple() throws Exception {
    Path out = tmp.resolve("site");
    build(out, List.of());
    String map = Files.readString(out.resolve("principles.html"));
    assertThat(map).containsPattern("<line class=\"edge tension-with\"[^>]*><title>Sovereignty tension-with Protection of civilians</title>");
    assertThat(map).containsPattern("<line class=\"edge part-of\"[^>]*marker-end=\"url\\(#arrow\\)\"><title>Protection of civilians part-of Multilateralism</title>");
    assertThat(map).containsPattern("<line class=\"edge reconciled-by\"[^>]*><title>Multilateralism reconciled-by Sovereignty</title>");
    for (String id : List.of("sovereignty", "protection", "multilateralism")) {
      assertThat(map).contains("<a href=\"principle/" + id + ".html\"><circle class=\"node\"");
    }
    // Protection is invoked by both stances, sovereignty by one: the table says so.
    assertThat(map).containsPattern("<a href=\"principle/protection.html\">Protection of civilians</a></th><td>"
        + "<span>part-of Multilateralism</span></td><td><span>2</span>");
    assertThat(Files.readString(out.resolve("principle/protection.html")))
        .contains("<a href=\"../stance/alpha-ceasefire.html\">", "<a href=\"../stance/beta-aid.html\">");
  }

  @Test
  void aFolderThatIsNotASiteIsRefusedAndASiteIsReplacedWhole() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(out.resolve("mine.txt"), "keep me");
    assertThatThrownBy(() -> build(out, List.of())).isInstanceOf(WorkflowException.class)
        .hasMessageContaining("mine.txt").hasMessageContaining("did not write")
        .extracting(e -> ((WorkflowException) e).problem()).isEqualTo(WorkflowException.Problem.REQUEST);
    assertThat(Files.readString(out.resolve("mine.txt"))).isEqualTo("keep me");
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.toList()).hasSize(1);
    }

    Path site = tmp.resolve("site");
    build(site, List.of());
    Files.writeString(site.resolve("stance/stale.html"), "a page of a record since removed");
    build(site, List.of());
    assertThat(site.resolve("stance/stale.html")).doesNotExist();
    assertThat(site.resolve("index.html")).isRegularFile();
    try (Stream<Path> s = Files.list(tmp)) {   // no staging folder left beside it
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("notes", "site");
    }
  }

  @Test
  void anOutputInsideTheInputIsRefused() throws Exception {
    Path data = tmp.resolve("data");
    Files.createDirectories(data.resolve("texts"));
    Files.copy(fixture().resolve("dataset.json"), data.resolve("dataset.json"));
    Files.copy(fixture().resolve("texts/commentary.txt"), data.resolve("texts/commentary.txt"));
    assertThatThrownBy(() -> Site.build(new SiteRequest(List.of(data), data.resolve("site"), List.of(),
        ReadLimits.DEFAULTS))).isInstanceOf(WorkflowException.class).hasMessageContaining("inside input dataset");
    assertThatThrownBy(() -> Site.build(new SiteRequest(List.of(data), data, List.of(),
        ReadLimits.DEFAULTS))).isInstanceOf(WorkflowException.class).hasMessageContaining("input of this command");
    assertThat(data.resolve("site")).doesNotExist();
  }

  @Test
  void twoRecordsOfOneIdWouldShareAPageAndAreRefused() throws Exception {
    Path twice = tmp.resolve("twice.json");
    Files.writeString(twice, "{\"actors\": [{\"id\": \"a\", \"name\": \"One\", \"kind\": \"state\"},"
        + "{\"id\": \"a\", \"name\": \"Two\", \"kind\": \"state\"}]}");
    assertThatThrownBy(() -> Site.build(new SiteRequest(List.of(twice), tmp.resolve("site"), List.of(),
        ReadLimits.DEFAULTS))).isInstanceOf(WorkflowException.class)
        .hasMessageContaining("two actors with the id 'a'").hasMessageContaining("policyset validate");
    assertThat(tmp.resolve("site")).doesNotExist();
  }

  @Test
  void inputErrorsStopBeforeAnythingIsWritten() throws Exception {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"actors\": [{\"id\": \"Not A Slug\", \"name\": \"x\", \"kind\": \"state\"}]}");
    SiteOutcome outcome = Site.build(new SiteRequest(List.of(bad), tmp.resolve("site"), List.of(), ReadLimits.DEFAULTS));
    assertThat(outcome.written()).isFalse();
    assertThat(outcome.inputErrors()).isNotEmpty();
    assertThat(tmp.resolve("site")).doesNotExist();
  }
}
