package org.policyset.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Source;
import org.policyset.core.model.SourceKind;
import org.policyset.core.model.Topic;

/**
 * Where a merge puts the archived texts of its sources, so that none is lost: each source keeps
 * the text its inputs hold for it; one source with different texts in its inputs is a conflict
 * that names both; two sources whose different texts would land on one path are kept apart by a
 * name made from the content's hash, whatever the order of the inputs.
 */
class MergedTextsTest {

  private static final Manifest MANIFEST = new Manifest("d", "D", "1.0.0", "CC0-1.0", "1", null);
  private static final Topic TOPIC = new Topic("peace", "Peace", null, null);

  private static Source source(String id, String text) {
    return new Source(id, "Title of " + id, SourceKind.NEWS, null, null, null, null, null, text);
  }

  private static Dataset dataset(PolicyRecord... records) {
    return Dataset.of(MANIFEST, List.of(records));
  }

  private static MergedTexts.Input input(Dataset d, Map<String, String> texts) {
    Map<String, byte[]> bytes = new java.util.HashMap<>();
    texts.forEach((id, t) -> bytes.put(id, t.getBytes(StandardCharsets.UTF_8)));
    return new MergedTexts.Input(d, bytes);
  }

  private static Map<String, String> texts(MergedTexts.Placement p) {
    Map<String, String> out = new java.util.TreeMap<>();
    p.texts().forEach((id, b) -> out.put(id, new String(b, StandardCharsets.UTF_8)));
    return out;
  }

  private static String sha256(String s) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void eachSourceKeepsTheTextAnInputHoldsForItAndTheDatasetIsUnchanged() {
    Dataset a = dataset(TOPIC, source("charter", "texts/charter.txt"), source("untexted", null));
    Dataset b = dataset(source("speech", "texts/speech.txt"));
    Dataset merged = dataset(TOPIC, source("charter", "texts/charter.txt"), source("speech", "texts/speech.txt"),
        source("untexted", null));

    MergedTexts.Placement p = MergedTexts.place(merged, List.of(
        input(a, Map.of("charter", "WE THE PEOPLES")), input(b, Map.of("speech", "A speech"))),
        ConflictPolicy.FAIL);

    assertThat(texts(p)).containsExactly(Map.entry("charter", "WE THE PEOPLES"), Map.entry("speech", "A speech"));
    assertThat(p.conflicts()).isEmpty();
    assertThat(p.dataset()).isSameAs(merged);
  }

  @Test
  void aTextCountsOnlyFromAnInputThatDeclaresItUnderTheMergedPath() {
    // The first input names another path for the source (its text goes with that path), the
    // second has the source but could not read its text, the third lacks the source.
    Dataset other = dataset(source("charter", "texts/old-charter.txt"));
    Dataset unread = dataset(source("charter", "texts/charter.txt"));
    Dataset without = dataset(TOPIC);
    Dataset merged = dataset(source("charter", "texts/charter.txt"));

    MergedTexts.Placement none = MergedTexts.place(merged, List.of(
        input(other, Map.of("charter", "an older text")), input(unread, Map.of()),
        input(without, Map.of("charter", "a stray text"))), ConflictPolicy.FAIL);
    MergedTexts.Placement one = MergedTexts.place(merged, List.of(
        input(other, Map.of("charter", "an older text")), input(unread, Map.of("charter", "the text"))),
        ConflictPolicy.FAIL);

    assertThat(none.texts()).isEmpty();
    assertThat(none.conflicts()).isEmpty();
    assertThat(texts(one)).containsExactly(Map.entry("charter", "the text"));
    assertThat(one.conflicts()).isEmpty();
  }

  @Test
  void theSameTextInSeveralInputsIsNoConflict() {
    Dataset d = dataset(source("charter", "texts/charter.txt"));

    MergedTexts.Placement p = MergedTexts.place(d, List.of(input(d, Map.of("charter", "same")),
        input(d, Map.of("charter", "same")), input(d, Map.of("charter", "same"))), ConflictPolicy.FAIL);

    assertThat(texts(p)).containsExactly(Map.entry("charter", "same"));
    assertThat(p.conflicts()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"FAIL, first text", "FIRST, first text", "LAST, third text"})
  void oneSourceWithDifferentTextsIsAConflictNamingTheFirstAndTheLast(ConflictPolicy policy, String kept)
      throws Exception {
    Dataset d = dataset(source("charter", "texts/charter.txt"));

    MergedTexts.Placement p = MergedTexts.place(d, List.of(input(d, Map.of("charter", "first text")),
        input(d, Map.of("charter", "second text!")), input(d, Map.of("charter", "first text")),
        input(d, Map.of("charter", "third text"))), policy);

    assertThat(texts(p)).containsExactly(Map.entry("charter", kept));
    assertThat(p.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.type()).isEqualTo(RecordType.SOURCE);
      assertThat(c.id()).isEqualTo("charter");
      assertThat(c.kind()).isEqualTo(MergeConflict.Kind.BOTH_CHANGED);
      assertThat(c.fields()).containsExactly(new FieldDifference("text (the archived file texts/charter.txt)",
          null, "\"10 bytes, SHA-256 " + sha256("first text").substring(0, 16) + "…\"",
          "\"10 bytes, SHA-256 " + sha256("third text").substring(0, 16) + "…\""));
    });
    assertThat(p.dataset()).isSameAs(d);
  }

  @ParameterizedTest
  @EnumSource(ConflictPolicy.class)
  void differentTextsOfTwoSourcesOnOnePathAreKeptApartWhateverTheOrderOfTheInputs(ConflictPolicy policy)
      throws Exception {
    Dataset a = dataset(TOPIC, source("b-speech", "texts/speech.txt"));
    Dataset b = dataset(source("a-speech", "texts/./speech.txt"), source("c-speech", "texts/speech.txt"));
    Dataset merged = dataset(TOPIC, source("a-speech", "texts/./speech.txt"), source("b-speech", "texts/speech.txt"),
        source("c-speech", "texts/speech.txt"));
    MergedTexts.Input inA = input(a, Map.of("b-speech", "the speech as given"));
    MergedTexts.Input inB = input(b, Map.of("a-speech", "the speech as written", "c-speech", "the speech as given"));

    MergedTexts.Placement ab = MergedTexts.place(merged, List.of(inA, inB), policy);
    MergedTexts.Placement ba = MergedTexts.place(merged, List.of(inB, inA), policy);

    // The first source by id keeps the path; another with other content gets a name of its own,
    // and one with the same content shares the file.
    String renamed = "texts/speech." + sha256("the speech as given").substring(0, 12) + ".txt";
    Dataset expected = dataset(TOPIC, source("a-speech", "texts/./speech.txt"), source("b-speech", renamed),
        source("c-speech", renamed));
    for (MergedTexts.Placement p : List.of(ab, ba)) {
      assertThat(p.dataset()).isEqualTo(expected);
      assertThat(p.dataset().manifest()).isEqualTo(MANIFEST);
      assertThat(texts(p)).containsExactly(Map.entry("a-speech", "the speech as written"),
          Map.entry("b-speech", "the speech as given"), Map.entry("c-speech", "the speech as given"));
      assertThat(p.conflicts()).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource({
      "texts/speech.txt, texts/speech.HASH.txt",
      "texts/README, texts/README.HASH",
      "texts/.hidden, texts/.hidden.HASH",
      "texts.d/speech, texts.d/speech.HASH",
      "speech.txt, speech.HASH.txt",
      "a.b.c/d.e.txt, a.b.c/d.e.HASH.txt"})
  void theHashGoesBeforeTheExtensionOfTheFileName(String path, String expected) throws Exception {
    Dataset merged = dataset(source("a", path), source("b", path));
    List<MergedTexts.Input> inputs = new ArrayList<>();
    inputs.add(input(dataset(source("a", path)), Map.of("a", "one")));
    inputs.add(input(dataset(source("b", path)), Map.of("b", "two")));

    MergedTexts.Placement p = MergedTexts.place(merged, inputs, ConflictPolicy.FAIL);

    assertThat(p.dataset().sources()).extracting(Source::text)
        .containsExactly(path, expected.replace("HASH", sha256("two").substring(0, 12)));
  }
}
