package org.policyset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code policyset cite} as a maintainer uses it on the bundled dataset: the citation to paste,
 * found from exact words, retyped words or standard input; ambiguity and absence reported with
 * file:line places and exit 1, never guessed; a wrong source a usage error.
 */
class CiteCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void anExactPassagePrintsItsCitationInCanonicalKeyOrder() {
    Cli r = Cli.run("cite", "--source", "seed-commentary", "--quote",
        "china has been insisting on the need for a ceasefire");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("""
        {
          "source": "seed-commentary",
          "quote": "China has been insisting on the need for a ceasefire",
          "locator": "para. 3"
        }
        """);
    JsonNode n = JSON.readTree(r.out());
    List<String> keys = new ArrayList<>();
    n.propertyNames().forEach(keys::add);
    assertThat(keys).containsExactly("source", "quote", "locator");
  }

  @Test
  void aFragmentCutInsideAWordIsCitedInWholeWordsWithItsItem() {
    Cli r = Cli.run("cite", "-s", "seed-commentary", "-q", "Regional organizations play a pivotal ro",
        "--", "../dataset/data");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"quote\": \"Regional organizations play a pivotal role\"")
        .contains("\"locator\": \"para. 22 (item 4 E)\"");
  }

  @Test
  void aPassageWithAChangedWordIsFoundAndTheDifferenceShown() {
    Cli r = Cli.run("cite", "--source", "seed-commentary", "--quote",
        "China has been demanding the need for a ceasefire.");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\"quote\": \"China has been insisting on the need for a ceasefire.\"")
        .contains("\"locator\": \"para. 3\"");
    assertThat(r.err()).contains("found with 2 words different")
        .contains("[-demanding-]{+insisting on+}")
        .containsPattern("south-south-security-cooperation\\.txt:3: ");
  }

  @Test
  void aPassageStandingInSeveralPlacesIsListedNotGuessed() {
    Cli r = Cli.run("cite", "--source", "seed-commentary", "--quote", "the Gaza Strip");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("equally well; give more of its words")
        .containsPattern("texts/south-south-security-cooperation\\.txt:3: para\\. 3: \"the Gaza Strip\"")
        .containsPattern("texts/south-south-security-cooperation\\.txt:4: para\\. 4: \"the Gaza Strip\"");
  }

  @Test
  void aPassageNowhereInTheTextIsExitOneWithTheClosestPassage() {
    Cli r = Cli.run("cite", "--source", "seed-commentary", "--quote",
        "China has always demanded an immediate ceasefire in Gaza \u001b[31m now");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("does not stand in the text of source 'seed-commentary'")
        .doesNotContain("\u001b");
  }

  @Test
  void theSourceMustExistAndHaveAnArchivedText() {
    Cli unknown = Cli.run("cite", "--source", "seed-comentary", "--quote", "ceasefire");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no source 'seed-comentary'").contains("did you mean 'seed-commentary'");
    Cli noText = Cli.run("cite", "--source", "s-res-2712-2023", "--quote", "ceasefire");
    assertThat(noText.exit()).isEqualTo(2);
    assertThat(noText.err()).contains("has no archived text");
    Cli empty = Cli.run("cite", "--source", "seed-commentary", "--quote", "  ");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("the passage to cite is empty");
  }

  @Test
  void thePassageIsReadFromStandardInputWhenNotGiven() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(
          "\u201Csolidarity\u201D and \u201Cnon-interference,\u201D\n".getBytes(StandardCharsets.UTF_8)));
      Cli r = Cli.run("cite", "--source", "seed-commentary");
      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains("\"locator\": \"para. 1\"");
      System.setIn(new ByteArrayInputStream(new byte[] {(byte) 0xC3, (byte) 0x28}));
      Cli bad = Cli.run("cite", "--source", "seed-commentary");
      assertThat(bad.exit()).isEqualTo(2);
      assertThat(bad.err()).contains("not valid UTF-8");
    } finally {
      System.setIn(saved);
    }
  }
}
