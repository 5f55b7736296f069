package org.policyset.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Suppression;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.diagnostic.Location;

/**
 * A suppressions file that is wrong in one way at a time: each mistake is one located
 * {@link Rule#INVALID_SUPPRESSION} finding saying what to write instead, and the entry it spoils
 * suppresses nothing.
 */
class SuppressionsFileTest {

  @TempDir
  Path dir;

  private Suppressions read(String json) throws IOException {
    return Suppressions.read(Files.writeString(dir.resolve(Suppressions.DEFAULT_FILE_NAME), json));
  }

  @Test
  void aRecordMustNameAKnownTypeOrTheManifest() throws IOException {
    Suppressions s = read("""
        {"suppressions": [
          {"rule": "PS404", "record": "stances:x", "reason": "r"},
          {"rule": "PS404", "record": "widget:x", "reason": "r"},
          {"rule": "PS210", "record": "manifest:d", "reason": "r"},
          {"rule": "PS404", "record": "source:seed", "reason": "r"}
        ]}""");

    assertThat(s.problems()).extracting(f -> f.location().line(), Finding::pointer, Finding::message)
        .containsExactly(
            tuple(2, "/suppressions/0/record", "'stances:x' is not a record such as 'stance:cn-gaza'"),
            tuple(3, "/suppressions/1/record", "'widget:x' is not a record such as 'stance:cn-gaza'"));
    assertThat(s.entries()).extracting(Suppression::record).containsExactly("manifest:d", "source:seed");
  }

  @Test
  void aPointerMustStartWithASlashAndAnEmptyOneMeansTheWholeRecord() throws IOException {
    Suppressions s = read("""
        {"suppressions": [
          {"rule": "PS404", "record": "source:a", "pointer": "id", "reason": "r"},
          {"rule": "PS404", "record": "source:b", "pointer": "", "reason": "r"},
          {"rule": "PS404", "record": "source:c", "pointer": "/id", "reason": "r"}
        ]}""");

    assertThat(s.problems()).extracting(Finding::pointer, Finding::message)
        .containsExactly(tuple("/suppressions/0/pointer", "'id' is not a JSON pointer"));
    assertThat(s.entries()).extracting(Suppression::record, Suppression::pointer)
        .containsExactly(tuple("source:b", null), tuple("source:c", "/id"));
  }

  @Test
  void aMissingReasonPointsAtTheEntryAndABlankOneAtItsValue() throws IOException {
    Suppressions s = read("""
        {"suppressions": [
          {"rule": "PS404", "record": "source:a",
           "reason": " "},
          {"rule": "PS404",
           "record": "source:b"}
        ]}""");

    assertThat(s.problems()).extracting(f -> f.location().line(), f -> f.location().column(), Finding::message)
        .containsExactly(tuple(3, 4, "a suppression must state a reason"),
            tuple(4, 3, "a suppression must state a reason"));
  }

  @Test
  void anUnknownKeyGetsASuggestionOrTheListOfKeys() throws IOException {
    Suppressions s = read("""
        {"suppressions": [
          {"rule": "PS404", "record": "source:a", "reason": "r", "recrd": "x"},
          {"rule": "PS404", "record": "source:a", "reason": "r", "because": "x"}
        ]}""");

    assertThat(s.problems()).extracting(Finding::message, Finding::hint).containsExactly(
        tuple("unknown key 'recrd' in a suppression", "did you mean 'record'?"),
        tuple("unknown key 'because' in a suppression", "the keys are rule, record, file, pointer and reason"));
  }

  @Test
  void theFileMayDeclareASchemaButNoOtherTopLevelKey() throws IOException {
    Suppressions ok = read("""
        {"$schema": "https://example.org/s.json",
         "suppressions": [{"rule": "PS404", "record": "source:a", "reason": "r"}]}""");
    Suppressions extra = read("""
        {"suppressions": [],
         "supressions": []}""");

    assertThat(ok.problems()).isEmpty();
    assertThat(ok.entries()).hasSize(1);
    assertThat(extra.problems()).extracting(f -> f.location().line(), Finding::pointer, Finding::message)
        .containsExactly(tuple(2, "/supressions", "unknown key 'supressions' in the suppressions file"));
  }

  @Test
  void whatIsNotASuppressionsObjectIsOneFindingAtTheFile() throws IOException {
    Path file = dir.resolve("s.json");
    Files.write(file, new byte[] {'{', '"', (byte) 0xff, '"', '}'});
    Suppressions notUtf8 = Suppressions.read(file);
    Suppressions empty = read("  \n");
    Suppressions array = read("[]");
    Suppressions trailing = read("{\"suppressions\": []}\n  {}");
    Suppressions trailingOnTheFirstLine = read("{\"suppressions\": []} []");
    Suppressions malformed = read("{\"suppressions\": [\n  {\"rule\": \"PS404\",}\n]}");

    assertThat(notUtf8.problems()).extracting(Finding::message, Finding::hint)
        .containsExactly(tuple("the suppressions file is not valid UTF-8", "save it as UTF-8"));
    assertThat(empty.problems()).extracting(Finding::message)
        .containsExactly("the suppressions file is empty");
    assertThat(array.problems()).extracting(Finding::message)
        .containsExactly("a suppressions file is an object with a 'suppressions' array");
    assertThat(trailing.problems()).extracting(f -> f.location().toString(), Finding::message)
        .containsExactly(tuple(dir.resolve(Suppressions.DEFAULT_FILE_NAME) + ":2:3",
            "content follows the suppressions object"));
    assertThat(trailingOnTheFirstLine.problems()).extracting(f -> f.location().toString())
        .containsExactly(dir.resolve(Suppressions.DEFAULT_FILE_NAME) + ":1:22");
    assertThat(malformed.problems()).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("the suppressions file is not well-formed JSON: Unexpected character ('}'")
        .doesNotContain("\n"));
    for (Suppressions s : List.of(notUtf8, empty, array, trailing, malformed)) {
      assertThat(s.entries()).isEmpty();
      assertThat(s.isEmpty()).isFalse();
    }
  }

  @Test
  void suppressionsGivenInCodeMatchFilesRelativeToTheirFolderAndNothingElse() {
    Suppression byFile = new Suppression(Rule.UNUSED_SOURCE, null, "data", null, "legacy",
        Location.ofFile("code"));
    Suppressions s = Suppressions.of(List.of(byFile), dir);
    Finding inside = Finding.of(Rule.UNUSED_SOURCE, new Location(dir.resolve("data/s.json").toString(), 2, 3), "m");
    Finding outside = Finding.of(Rule.UNUSED_SOURCE, new Location(dir.resolve("other/s.json").toString(), 2, 3), "m");
    Finding unusable = Finding.of(Rule.UNUSED_SOURCE, new Location("bad\u0000name.json", 2, 3), "m");

    assertThat(s.isEmpty()).isFalse();
    assertThat(s.match(inside)).isEqualTo(byFile);
    assertThat(s.match(outside)).isNull();
    assertThat(s.match(unusable)).isNull();
    assertThat(Suppressions.none().isEmpty()).isTrue();
    assertThat(Suppressions.of(List.of(), dir).isEmpty()).isTrue();
  }
}
