package org.policyset.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.policyset.core.TestDatasets;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.SourceTextProvider;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.Topic;
import org.policyset.core.validation.ValidationReport;

/**
 * A dataset written to a stream or a writer, as a Java project writes without files: the canonical
 * text of the format asked for, there for whoever holds the stream without their flushing it, the
 * stream left open; a dataset with errors (or a string no UTF-8 text can hold) writes nothing.
 */
class DatasetWriterStreamTest {

  /** A stream that remembers being closed, over the bytes it was given. */
  private static final class Sink extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  private static String canonical(Dataset d, InputFormat format) {
    return format == InputFormat.JSON ? CanonicalJson.document(d) : CanonicalJson.jsonLines(d);
  }

  @ParameterizedTest
  @EnumSource(InputFormat.class)
  void theCanonicalTextReachesTheStreamBeneathAndTheStreamStaysOpen(InputFormat format) throws Exception {
    Dataset d = TestDatasets.random(7, 4);
    Sink bytes = new Sink();
    StringWriter chars = new StringWriter();

    // Buffered as a caller's stream usually is: the text must be there without the caller flushing.
    ValidationReport toBytes = DatasetWriter.write(d, format, SourceTextProvider.none(),
        new BufferedOutputStream(bytes, 1 << 20));
    ValidationReport toChars = DatasetWriter.write(d, format, SourceTextProvider.none(),
        new BufferedWriter(chars, 1 << 20));

    assertThat(toBytes.findings()).isEmpty();
    assertThat(toChars.findings()).isEmpty();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(canonical(d, format));
    assertThat(chars.toString()).isEqualTo(canonical(d, format));
    assertThat(bytes.closed).isFalse();
  }

  @ParameterizedTest
  @EnumSource(InputFormat.class)
  void aDatasetWithErrorsWritesNothingAndItsFindingsNameWhatWouldHaveBeenWritten(InputFormat format)
      throws Exception {
    Dataset broken = Dataset.of(null, List.of(new Topic("child", "Child", "no-such-parent", null)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter chars = new StringWriter();

    ValidationReport toBytes = DatasetWriter.write(broken, format, SourceTextProvider.none(), bytes);
    ValidationReport toChars = DatasetWriter.write(broken, format, SourceTextProvider.none(), chars);

    for (ValidationReport r : List.of(toBytes, toChars)) {
      assertThat(r.isValid()).isFalse();
      assertThat(r.findings()).anySatisfy(f -> {
        assertThat(f.rule()).isEqualTo(Rule.DANGLING_REFERENCE);
        assertThat(f.location().file()).isEqualTo(format == InputFormat.JSON ? "dataset.json" : "dataset.jsonl");
        assertThat(f.location().line()).isPositive();
      });
    }
    assertThat(bytes.size()).isZero();
    assertThat(chars.toString()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(InputFormat.class)
  void aStringNoUtf8TextCanHoldWritesNothing(InputFormat format) {
    Dataset d = Dataset.of(null, List.of(new Topic("t", "half a pair \ud800", null, null)));
    StringWriter chars = new StringWriter();

    assertThatThrownBy(() -> DatasetWriter.write(d, format, SourceTextProvider.none(), chars))
        .isInstanceOf(CharacterCodingException.class);

    assertThat(chars.toString()).isEmpty();
  }
}
