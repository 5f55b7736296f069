package org.policyset.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.ReadLimits;
import org.policyset.core.io.SourceTextProvider;
import org.policyset.core.model.Actor;
import org.policyset.core.model.ActorKind;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Position;
import org.policyset.core.model.Source;
import org.policyset.core.model.SourceKind;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.write.CanonicalJson;
import org.policyset.core.write.DatasetWriter;

/**
 * The API without files: reading from strings, streams, readers and the classpath; validating a
 * dataset built in code (with archived texts from a provider) and a single record; writing to
 * streams. What a Java project does without copying its data to a temporary folder first.
 */
class InMemoryApiTest {
  private static final String TEXT = "The minister said the ceasefire must hold.";

  private static Dataset dataset(String quote, String stanceTopic) {
    return Dataset.of(
        Manifest.builder().id("d").title("D").version("1.0.0").license("CC-BY-4.0")
            .schemaVersion(Manifest.CURRENT_SCHEMA_VERSION).build(),
        List.of(
            Actor.builder().id("cn").name("China").kind(ActorKind.STATE).build(),
            Topic.builder().id("gaza").name("Gaza").build(),
            Source.builder().id("src").title("Statement").kind(SourceKind.NEWS)
                .text("texts/statement.txt").build(),
            Stance.builder().id("cn-gaza").holders("cn").topic(stanceTopic)
                .position(Position.CALLS_FOR).statement("China calls for a ceasefire.")
                .date(PartialDate.parse("2023-11"))
                .sources(List.of(new Citation("src", quote, "para. 1"))).build()));
  }

  private static SourceTextProvider texts() {
    return SourceTextProvider.of(Map.of("texts/statement.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(f -> f.rule().code()).toList();
  }

  @Test
  void aDatasetBuiltInCodeIsValidatedWithItsQuotesCheckedAgainstProvidedTexts() {
    ValidationReport ok = DatasetValidator.create().validate(dataset("ceasefire must hold", "gaza"), texts());
    assertThat(ok.findings()).isEmpty();
    assertThat(ok.isValid()).isTrue();

    ValidationReport bad = DatasetValidator.create().validate(dataset("a quote nobody said", "gaza"), texts());
    assertThat(codes(bad.findings())).containsExactly("PS402");
    assertThat(bad.findings().get(0).location().file()).isEqualTo("dataset.json");
    assertThat(bad.findings().get(0).pointer()).isEqualTo("/stances/0/sources/0/quote");
  }

  @Test
  void aDanglingReferenceNamesTheRecordAndItsIndexInTheDataset() {
    ValidationReport report = DatasetValidator.create().validate(dataset("ceasefire must hold", "nowhere"),
        texts());
    assertThat(codes(report.findings())).containsExactly("PS302");
    Finding f = report.findings().get(0);
    assertThat(f.pointer()).isEqualTo("/stances/0/topic");
    assertThat(f.record()).isEqualTo("stance:cn-gaza");
    assertThat(f.location().line()).isPositive();
  }

  @Test
  void aTextTheProviderDoesNotHaveIsReportedNotSkipped() {
    ValidationReport report = DatasetValidator.create().validate(dataset("ceasefire must hold", "gaza"),
        SourceTextProvider.none());
    assertThat(codes(report.findings())).containsExactly("PS403");
    assertThat(report.findings().get(0).message()).contains("not available from the source-text provider");
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void providersNeverReadOutsideTheirFolderOrResourceRoot(@TempDir Path dir) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data/texts"));
    Files.writeString(data.resolve("statement.txt"), TEXT);
    Files.writeString(dir.resolve("secret.txt"), "ceasefire must hold");
    SourceTextProvider folder = SourceTextProvider.folder(dir.resolve("data"));
    assertThat(folder.text("src", "texts/statement.txt")).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> folder.text("src", "../secret.txt")).isInstanceOf(IOException.class)
        .hasMessageContaining("outside");
    Files.createSymbolicLink(data.resolve("link.txt"), dir.resolve("secret.txt"));
    assertThatThrownBy(() -> folder.text("src", "texts/link.txt")).isInstanceOf(IOException.class);

    SourceTextProvider cp = SourceTextProvider.classpath(getClass().getClassLoader(), "org/policyset");
    for (String escape : List.of("../x.txt", "/core/x.txt", "a/./../../x", "a\\..\\x")) {
      assertThatThrownBy(() -> cp.text("src", escape)).as(escape).isInstanceOf(IOException.class);
    }
    assertThat(cp.text("src", "no/such/text.txt")).isNull();

    // Through the validator, a link out of the folder is a PS403 finding, never a read of the file
    // (a ".." in the text is already refused by the record's own constraints).
    Dataset escaping = Dataset.of(null, List.of(Source.builder().id("src").title("S")
        .kind(SourceKind.NEWS).text("texts/link.txt").build()));
    ValidationReport report = DatasetValidator.create().validate(escaping, folder);
    assertThat(codes(report.findings())).contains("PS403");
    assertThat(report.findings()).noneMatch(f -> f.message().contains("ceasefire"));
  }

  @Test
  void oneRecordIsCheckedAloneWithoutTheRulesThatNeedTheRestOfTheDataset() {
    Stance valid = dataset("q", "elsewhere").stances().get(0);
    assertThat(DatasetValidator.create().validateRecord(valid)).isEmpty();

    Stance broken = new Stance("Bad Id", List.of(), "gaza", null, "x", PartialDate.parse("2023"), null,
        List.of(), List.of(), null, List.of());
    List<Finding> findings = DatasetValidator.create().validateRecord(broken);
    assertThat(codes(findings)).contains("PS206", "PS205");
    assertThat(findings).allMatch(f -> f.rule().layer() == org.policyset.core.diagnostic.Layer.SHAPE);
  }

  @Test
  void aStringWithALoneSurrogateIsReportedNotReplaced() {
    Dataset d = dataset("ceasefire \ud800 must hold", "gaza");
    ValidationReport report = DatasetValidator.create().validate(d, texts());
    assertThat(codes(report.findings())).containsExactly("PS107");
    assertThatThrownBy(() -> DatasetWriter.write(d, InputFormat.JSON, texts(), new ByteArrayOutputStream()))
        .isInstanceOf(CharacterCodingException.class);

    DatasetReader.Result read = DatasetReader.create().loadString("x.json",
        "{\"actors\": [\n  {\"id\": \"a\", \"name\": \"\ud800\"}]}", InputFormat.JSON);
    assertThat(codes(read.findings())).containsExactly("PS107");
    assertThat(read.findings().get(0).location().line()).isEqualTo(2);
    assertThat(read.dataset().size()).isZero();
  }

  @Test
  void stringsStreamsReadersAndResourcesReadAsTheSameFileWould(@TempDir Path dir) throws IOException {
    String doc = CanonicalJson.document(dataset("ceasefire must hold", "gaza"))
        .replace("\"China\"", "\"China\", \"extra\": 1");
    Path file = dir.resolve("d.json");
    Files.writeString(file, doc);
    DatasetReader reader = DatasetReader.create();
    DatasetReader.Result fromFile = reader.load(List.of(file));
    assertThat(codes(fromFile.findings())).containsExactly("PS203");

    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    for (DatasetReader.Result r : List.of(
        reader.loadString(file.toString(), doc, InputFormat.JSON),
        reader.loadBytes(file.toString(), bytes, InputFormat.JSON),
        reader.load(file.toString(), new ByteArrayInputStream(bytes), InputFormat.JSON),
        reader.load(file.toString(), new StringReader(doc), InputFormat.JSON))) {
      assertThat(r.dataset()).isEqualTo(fromFile.dataset());
      assertThat(r.findings()).isEqualTo(fromFile.findings());
      assertThat(r.sourceTexts()).isEmpty();
      assertThat(r.readSourceTexts(f -> { })).isEmpty();
    }
  }

  @Test
  void classpathResourcesAreReadAndAMissingOneIsAFinding() {
    DatasetReader reader = DatasetReader.create();
    DatasetReader.Result missing = reader.loadResource(getClass().getClassLoader(), "no/such/data.json");
    assertThat(codes(missing.findings())).containsExactly("PS001");
    assertThatThrownBy(() -> reader.loadResource(getClass().getClassLoader(), "x.txt"))
        .isInstanceOf(IllegalArgumentException.class);
    DatasetReader.Result res = reader.loadResource(getClass().getClassLoader(),
        "org/policyset/core/validation/in-memory/stances.jsonl");
    assertThat(res.findings()).isEmpty();
    assertThat(res.dataset().stances()).extracting(Stance::id).containsExactly("cn-gaza");
  }

  @Test
  void aStreamPastTheLimitOrFailingIsAFindingNotAnExceptionOrAnEndlessRead() {
    DatasetReader small = DatasetReader.withLimits(ReadLimits.DEFAULTS.withMaxFileBytes(100));
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }
    };
    DatasetReader.Result big = small.load("big.json", endless, InputFormat.JSON);
    assertThat(codes(big.findings())).containsExactly("PS106");
    assertThat(big.findings().get(0).hint()).contains("ReadLimits.maxFileBytes").doesNotStartWith("--");

    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };
    DatasetReader.Result failed = DatasetReader.create().load("net.json", failing, InputFormat.JSON);
    assertThat(codes(failed.findings())).containsExactly("PS001");
    assertThat(failed.findings().get(0).message()).contains("connection reset");
  }

  @Test
  void writingToStreamsWritesTheCanonicalTextOnlyWhenTheDatasetIsValid() throws IOException {
    Dataset good = dataset("ceasefire must hold", "gaza");
    for (InputFormat format : InputFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ValidationReport report = DatasetWriter.write(good, format, texts(), out);
      assertThat(report.isValid()).isTrue();
      String expected = format == InputFormat.JSON ? CanonicalJson.document(good)
          : CanonicalJson.jsonLines(good);
      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
      StringWriter chars = new StringWriter();
      DatasetWriter.write(good, format, texts(), chars);
      assertThat(chars.toString()).isEqualTo(expected);
      assertThat(DatasetReader.create().loadBytes("back", out.toByteArray(), format).dataset())
          .isEqualTo(good);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ValidationReport bad = DatasetWriter.write(dataset("ceasefire must hold", "nowhere"), InputFormat.JSON,
        texts(), out);
    assertThat(codes(bad.findings())).containsExactly("PS302");
    assertThat(bad.findings().get(0).location().file()).isEqualTo("dataset.json");
    assertThat(out.size()).isZero();
  }
}
