package org.policyset.core.workflow;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.internal.json.CanonicalText;
import org.policyset.core.internal.text.Hints;
import org.policyset.core.internal.text.Passages;
import org.policyset.core.internal.text.SourceText;
import org.policyset.core.internal.text.WordDiff;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Source;
import org.policyset.core.read.DatasetReader;

/** {@link Policyset#cite}: finds a passage in a source's archived text, in its paragraph model. */
final class CiteWorkflow {
  private CiteWorkflow() {}

  static CiteOutcome run(CiteRequest request) {
    if (request.passage().isBlank()) {
      throw WorkflowException.request("the passage to cite is empty; give the words to look for");
    }
    DatasetReader.Result read = DatasetReader.withLimits(request.limits()).load(request.inputs());
    if (read.hasErrors()) {
      return new CiteOutcome(CiteOutcome.Match.NOT_FOUND, List.of(), List.of(), null, 0, null, null,
          read.errors());
    }
    Source source = read.dataset().sources().stream()
        .filter(s -> s.id().equals(request.source())).findFirst().orElse(null);
    if (source == null) {
      List<String> ids = read.dataset().sources().stream().map(Source::id).toList();
      String near = Hints.didYouMean(request.source(), ids);
      throw WorkflowException.request("no source '" + request.source() + "' in the dataset"
          + (near != null ? "; " + near : ids.isEmpty() ? "" : "; sources: " + String.join(", ", ids)));
    }
    if (source.text() == null) {
      throw WorkflowException.request("source '" + source.id() + "' has no archived text (no \"text\" "
          + "field), so there is nothing to cite from; archive its text beside the dataset first");
    }
    List<Finding> problems = new ArrayList<>();
    Map<String, byte[]> texts = read.readSourceTexts(problems::add);
    byte[] bytes = texts.get(source.id());
    Path file = read.sourceTexts().get(source.id());
    if (bytes == null || file == null) {
      String why = problems.isEmpty() ? "cannot be read" : problems.get(0).message();
      throw new WorkflowException(WorkflowException.Problem.UNREADABLE, why);
    }
    String content;
    try {
      content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new WorkflowException(WorkflowException.Problem.UNREADABLE, "archived text of source '"
          + source.id() + "' (" + file + ") is not valid UTF-8");
    }
    SourceText text = SourceText.of(content);
    Passages.Result found = Passages.find(text, request.passage());
    List<Citation> places = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    String first = null;
    for (SourceText.Span span : found.places()) {
      // A passage across a line break is cited on one line: quotes are matched white space aside.
      String quote = text.verbatim(span).replaceAll("[ \\t]*\\R\\s*", " ");
      places.add(new Citation(source.id(), quote, text.locator(span)));
      first = first == null ? quote : first;
      lines.add(span.first());
    }
    String difference = null;
    if (first != null) {
      String asked = SourceText.normalize(request.passage());
      String has = SourceText.normalize(first);
      if (!SourceText.fold(asked).equals(SourceText.fold(has))) {
        difference = WordDiff.inline(WordDiff.diff(asked, has));
      }
    }
    CiteOutcome.Match match = switch (found.kind()) {
      case EXACT -> CiteOutcome.Match.EXACT;
      case CLOSE -> CiteOutcome.Match.CLOSE;
      case AMBIGUOUS -> CiteOutcome.Match.AMBIGUOUS;
      case NOT_FOUND -> CiteOutcome.Match.NOT_FOUND;
    };
    String json = match == CiteOutcome.Match.EXACT || match == CiteOutcome.Match.CLOSE
        ? CanonicalText.text(CanonicalText.tree(places.get(0))) : null;
    return new CiteOutcome(match, places, lines, file, found.distance(), difference, json, List.of());
  }
}
