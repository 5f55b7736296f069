package org.policyset.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.core.model.Citation;
import org.policyset.core.workflow.CiteOutcome;
import org.policyset.core.workflow.CiteRequest;
import org.policyset.core.workflow.Policyset;
import org.policyset.core.workflow.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset cite}: the citation of a passage of a source's archived text. */
@Command(
    name = "cite",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Find a passage in a source's archived text and print its citation.",
    description = "Find PASSAGE (--quote, or standard input when --quote is not given) in the "
        + "archived text of source ID and print its citation as canonical JSON: {\"source\", "
        + "\"quote\", \"locator\"}, the quote being the text's own words (extended to whole words, "
        + "one line) and the locator the paragraph they stand in, as the dataset writes it: "
        + "'para. N' for line N of the text, with the item of a numbered or lettered line, such as "
        + "'para. 7 (item 1)'; 'paras. N–M' across a line break. The passage may differ from the "
        + "text in white space, quote marks, dashes and case, and in up to a quarter of its words "
        + "(then the differences are shown on standard error). A passage that stands in several "
        + "places equally well is not guessed: each place is listed, file:line first. Nothing is "
        + "written to the dataset: paste the citation into the record's \"sources\".",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Found: the citation is printed.",
      " 1:Not found, or found in several places (listed on stderr); or the inputs have errors.",
      " 2:Usage error: no such source, a source without archived text, an empty passage.",
      " 3:An input or the archived text could not be read.",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    })
final class CiteCommand implements Callable<Integer> {

  /** The most bytes of passage read from standard input. */
  static final int MAX_STDIN = 1 << 20;

  @Spec
  CommandSpec spec;

  @Mixin
  LimitsMixin limits;

  @Mixin
  InputMixin input;

  @Mixin
  GlobalOptions global;

  @Option(names = {"-s", "--source"}, paramLabel = "ID", required = true,
      description = "The id of the source whose archived text holds the passage.")
  String source;

  @Option(names = {"-q", "--quote"}, paramLabel = "PASSAGE",
      description = "The passage, or a fragment of it (default: read from standard input, UTF-8).")
  String quote;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String passage = quote != null ? quote : readStandardInput();
    CiteOutcome outcome = Policyset.cite(new CiteRequest(input.resolve(), source, passage,
        limits.limits()));
    if (outcome.status() != Status.OK) {
      return LoadedInputs.failOnFindings(outcome.inputErrors(), err, "cite");
    }
    String file = TerminalText.escape(outcome.text() == null ? source
        : InputMixin.relativize(outcome.text()).toString());
    switch (outcome.match()) {
      case EXACT, CLOSE -> {
        out.println(outcome.json());
        out.flush();
        if (outcome.match() == CiteOutcome.Match.CLOSE) {
          err.println("cite: " + file + ":" + outcome.lines().get(0) + ": found with "
              + words(outcome.differingWords()) + " different; the passage against the text: "
              + TerminalText.escape(outcome.difference()));
          err.flush();
        }
        return ExitCode.OK.code();
      }
      case AMBIGUOUS -> {
        err.println("cite: the passage stands in " + outcome.places().size()
            + " places of source '" + TerminalText.escape(source) + "' equally well; give more of its words:");
        places(err, file, outcome.places(), outcome.lines());
      }
      case NOT_FOUND -> {
        err.println("cite: the passage does not stand in the text of source '" + TerminalText.escape(source) + "' ("
            + file + ")" + (outcome.places().isEmpty() ? "; no passage comes close"
            : "; the closest passage, with " + words(outcome.differingWords()) + " different:"));
        places(err, file, outcome.places(), outcome.lines());
        if (outcome.difference() != null) {
          err.println("  the passage against the text: " + TerminalText.escape(outcome.difference()));
        }
      }
    }
    err.flush();
    return ExitCode.FINDINGS.code();
  }

  private static String words(int n) {
    return n == 1 ? "1 word" : n + " words";
  }

  private static void places(PrintWriter err, String file, List<Citation> places, List<Integer> lines) {
    for (int i = 0; i < places.size(); i++) {
      Citation c = places.get(i);
      err.println("  " + file + ":" + lines.get(i) + ": " + c.locator() + ": \""
          + TerminalText.escape(c.quote()) + "\"");
    }
  }

  /** Reads the passage from standard input, strictly as UTF-8, up to {@link #MAX_STDIN} bytes. */
  private String readStandardInput() {
    try {
      InputStream in = System.in;
      byte[] bytes = in.readNBytes(MAX_STDIN + 1);
      if (bytes.length > MAX_STDIN) {
        throw new UserException(ExitCode.USAGE, "the passage on standard input is over "
            + MAX_STDIN + " bytes; give a shorter passage");
      }
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new UserException(ExitCode.USAGE, "the passage on standard input is not valid UTF-8");
    } catch (IOException e) {
      throw new UserException(ExitCode.UNREADABLE, "cannot read the passage from standard input: "
          + e.getMessage());
    }
  }
}
