package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.internal.text.Paragraphs;
import org.policyset.core.model.Citation;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.query.RecordView;
import org.policyset.core.query.RecordView.CitationView;
import org.policyset.core.read.DatasetReader;
import org.policyset.dataset.BundledDataset;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code policyset show TYPE:ID}: the record with its references named, each quote found in the
 * paragraph its locator names and highlighted there, notes for a quote that stands elsewhere or
 * nowhere, usage errors with suggestions, and text from the data escaped.
 */
class ShowCommandTest {

  private static final Path DATA = Path.of("..", "dataset", "data");

  @TempDir
  Path dir;

  @Test
  void aStanceIsShownWithNamesAndItsQuoteHighlightedInItsParagraph() {
    Cli r = Cli.run("show", "stance:cn-gs-stop-fighting-gaza", "--color", "never");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("stance cn-gs-stop-fighting-gaza\n")
        .contains("  holders        cn (China)\n                 global-south (Countries of the Global South)\n")
        .contains("  topic          gaza-ceasefire (Ceasefire and end of the war in the Gaza Strip)\n")
        .contains("  1. seed-commentary (South-South security cooperation under Chinese support), para. 4\n")
        .contains("and \u27E6continue to work with the international community to exert tireless efforts "
            + "to stop the fighting in Gaza\u27E7, alleviate")
        .doesNotContain("note:").doesNotContain("\u001b");
  }

  @Test
  void anEventsDateIsGivenWithItsTitle() {
    Cli r = Cli.run("show", "stance:cn-gs-welcome-egyptian-plan", "--", DATA.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("  holders").contains("cn (China)").contains("para. 23: ")
        .contains("  respondsTo     emergency-arab-summit-2025-03-04 (Emergency Arab Summit adopts the Egyptian plan "
            + "for Gaza, 2025-03-04)\n")
        .contains("\u27E6the Egyptian plan adopted by the emergency Arab Summit on March 4, 2025\u27E7");
  }

  /** Every citation of the bundled dataset: its quote found in the paragraph its locator names. */
  @Test
  void everyBundledQuoteIsFoundInTheParagraphItsLocatorNames() {
    DatasetReader.Result read = DatasetReader.create().load(List.of(DATA));
    int checked = 0;
    for (RecordType type : RecordType.values()) {
      for (PolicyRecord rec : read.dataset().index(type).values()) {
        if (rec.citations().stream().noneMatch(c -> c.quote() != null)) {
          continue;
        }
        RecordView view = RecordView.of(read, type, rec.id());
        List<Citation> cited = rec.citations();
        assertThat(view.citations()).hasSize(cited.size());
        for (int i = 0; i < cited.size(); i++) {
          CitationView c = view.citations().get(i);
          if (cited.get(i).quote() == null) {
            continue;
          }
          assertThat(c.note()).as("%s:%s citation %d", type, rec.id(), i + 1).isNull();
          assertThat(c.paragraph()).isEqualTo(Paragraphs.number(cited.get(i).locator()));
          String found = c.paragraphText().substring(c.quoteStart(), c.quoteEnd());
          assertThat(fold(found)).isEqualTo(fold(cited.get(i).quote()));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(40);
  }

  private static String fold(String s) {
    return s.replaceAll("\\s+", " ").replaceAll("[\u201C\u201D]", "\"").replaceAll("[\u2018\u2019]", "'")
        .replaceAll("[\u2013\u2014]", "-").replace("\u2026", "...");
  }

  @Test
  void aMovedQuoteAndAMissingOneAreNoted() throws IOException {
    Path data = copy();
    Path stances = data.resolve("stances.json");
    String json = Files.readString(stances, StandardCharsets.UTF_8);
    // The first citation of cn-gs-end-war-of-extermination names para. 4; make it name para. 9.
    int at = json.indexOf("\"id\": \"cn-gs-end-war-of-extermination\"");
    int loc = json.indexOf("\"locator\": \"para. 4\"", at);
    json = json.substring(0, loc) + "\"locator\": \"para. 9\"" + json.substring(loc + "\"locator\": \"para. 4\"".length());
    int quote = json.indexOf("ending the war of extermination in the Gaza Strip", at);
    json = json.substring(0, quote) + "ending the war of annihilation in the Gaza Strip"
        + json.substring(quote + "ending the war of extermination in the Gaza Strip".length());
    Files.writeString(stances, json, StandardCharsets.UTF_8);
    DatasetReader.Result read = DatasetReader.create().load(List.of(data));
    List<CitationView> c = RecordView.of(read, RecordType.STANCE, "cn-gs-end-war-of-extermination").citations();
    assertThat(c.get(0).paragraph()).isEqualTo(4);
    assertThat(c.get(0).note()).isEqualTo("the quote stands in paragraph 4, not in paragraph 9 as the locator says");
    assertThat(c.get(1).quoteStart()).isEqualTo(-1);
    assertThat(c.get(1).paragraph()).isEqualTo(4);
    assertThat(c.get(1).note()).startsWith("the quote does not stand in the archived text");
    Cli r = Cli.run("show", "stance:cn-gs-end-war-of-extermination", "--", data.toString());
    assertThat(r.out()).contains("     note: the quote stands in paragraph 4, not in paragraph 9 as the locator says\n")
        .contains("     note: the quote does not stand in the archived text");
  }

  @Test
  void unknownIdsTypesAndShapesAreUsageErrorsWithSuggestions() {
    Cli r = Cli.run("show", "stance:cn-gs-stop-fighting-gazza");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("unknown stance 'cn-gs-stop-fighting-gazza'")
        .contains("did you mean 'cn-gs-stop-fighting-gaza'");
    assertThat(Cli.run("show", "actor:egypt").err()).contains("did you mean 'eg' (Egypt)?");
    Cli type = Cli.run("show", "stanse:x");
    assertThat(type.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(type.err()).contains("unknown record type 'stanse'");
    Cli shape = Cli.run("show", "cn-gs-stop-fighting-gaza");
    assertThat(shape.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(shape.err()).contains("is not TYPE:ID");
    assertThat(Cli.run("show", "--", "-stance:x").exit()).isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void jsonGivesTheQuotesSpanInItsParagraph() {
    Cli r = Cli.run("show", "stance:cn-gs-stop-fighting-gaza", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = JsonMapper.shared().readTree(r.out());
    assertThat(root.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(root.at("/fields/holders/0").asString()).isEqualTo("cn (China)");
    assertThat(root.at("/record/id").asString()).isEqualTo("cn-gs-stop-fighting-gaza");
    JsonNode c = root.at("/citations/0");
    String text = c.get("paragraphText").asString();
    assertThat(text.substring(c.get("quoteStart").asInt(), c.get("quoteEnd").asInt()))
        .isEqualTo(c.get("quote").asString());
    assertThat(c.get("paragraph").asInt()).isEqualTo(4);
  }

  @Test
  void textFromTheDataIsEscapedAndColourOnlyMarksTheQuote() throws IOException {
    Path data = copy();
    Path text = data.resolve("texts/south-south-security-cooperation.txt");
    String t = Files.readString(text, StandardCharsets.UTF_8);
    t = t.replace("China has agreed with various countries", "China \u001b]8;;http://x\u0007has\u202E agreed with various countries");
    Files.writeString(text, t, StandardCharsets.UTF_8);
    for (String colour : List.of("never", "always")) {
      Cli r = Cli.run("show", "stance:cn-gs-stop-fighting-gaza", "--color", colour, "--", data.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).doesNotContain("\u0007").doesNotContain("\u202E").contains("China \\e]8;;http://x");
      String withoutHighlight = r.out().replace("\u001b[7m", "").replace("\u001b[0m", "");
      assertThat(withoutHighlight).as("--color %s: no other escape", colour).doesNotContain("\u001b");
      if (colour.equals("always")) {
        assertThat(r.out()).contains("\u001b[7mcontinue to work with the international community")
            .doesNotContain("\u27E6");
      }
    }
  }

  private Path copy() throws IOException {
    Path data = dir.resolve("data");
    Files.createDirectories(data.resolve("texts"));
    try (var files = Files.walk(DATA)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Files.copy(p, data.resolve(DATA.relativize(p).toString()));
      }
    }
    return data;
  }
}
