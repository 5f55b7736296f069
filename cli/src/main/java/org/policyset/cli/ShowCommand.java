package org.policyset.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyset.core.model.RecordType;
import org.policyset.core.query.QueryException;
import org.policyset.core.query.RecordView;
import org.policyset.core.query.RecordViewWriter;
import org.policyset.core.read.DatasetReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset show TYPE:ID}: one record in full, references resolved, quotes in their text. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Show one record in full, with names and its quotes in their paragraphs.",
    description = {
      "Show one record: every field, each reference with the name (an event's title and date) of "
          + "the record it names, and each citation with the source's title and the paragraph of "
          + "the source's archived text that holds the quote, the quote highlighted (reverse video "
          + "with colour, else between \u27E6 and \u27E7). The paragraph is the one the locator "
          + "names (para. N: the N-th line of the text that is not blank); a note says when the "
          + "quote stands in another paragraph or nowhere in the text. Text from the data is "
          + "escaped for the terminal."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Shown.",
      " 1:The inputs have errors (listed on stderr); 'policyset validate' explains them.",
      " 2:Usage error: RECORD is not TYPE:ID, names an unknown type, or no record has the id (with "
          + "a suggestion).",
      " 3:An input could not be read (missing, unreadable, not a regular file, no dataset files).",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  policyset show stance:cn-gs-stop-fighting-gaza",
      "  policyset show event:cn-accession-new-york-declaration --format json -- dataset/data"
    })
final class ShowCommand implements Callable<Integer> {

  /** The output formats, as the command line names them. */
  enum Format { text, json }

  @Spec
  CommandSpec spec;

  @Mixin
  LimitsMixin limits;

  @Mixin
  ProgressMixin progress;

  @Mixin
  GlobalOptions global;

  @Parameters(index = "0", paramLabel = "RECORD",
      description = "The record, as TYPE:ID: stance, event, actor, topic, principle or source, then "
          + "its id (such as stance:cn-gs-stop-fighting-gaza).")
  String record;

  @Parameters(index = "1..*", paramLabel = "PATH",
      description = "Dataset files (.json, .jsonl) or folders. Default: the bundled dataset "
          + "(the folder in $" + InputMixin.DATASET_ENV + " when set).")
  List<Path> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json is "
          + "{formatVersion, type, id, fields, record, citations} (see README).")
  Format format;

  @Override
  public Integer call() {
    int colon = record.indexOf(':');
    if (colon <= 0 || colon == record.length() - 1) {
      throw new UserException(ExitCode.USAGE, "'" + record + "' is not TYPE:ID, such as "
          + "stance:cn-gs-stop-fighting-gaza");
    }
    String typeName = record.substring(0, colon);
    RecordType type = RecordType.forSingular(typeName);
    if (type == null) {
      throw new UserException(ExitCode.USAGE, "unknown record type '" + typeName + "'; one of stance, "
          + "event, actor, topic, principle, source");
    }
    List<Path> inputs = paths.isEmpty() ? List.of(InputMixin.defaultDataset()) : paths;
    DatasetReader.Result read = progress.around(spec.commandLine().getErr(), "show", "resolving",
        inputs, line -> DatasetReader.withLimits(limits.limits()).load(inputs));
    Integer failed = LoadedInputs.failOnErrors(List.of(read), spec.commandLine().getErr(), "show");
    if (failed != null) {
      return failed;
    }
    RecordView view;
    try {
      view = RecordView.of(read, type, record.substring(colon + 1));
    } catch (QueryException e) {
      throw new UserException(ExitCode.USAGE, e.describe());
    }
    RecordViewWriter writer = format == Format.json ? RecordViewWriter.json()
        : RecordViewWriter.text().highlight(global.colour());
    writer.write(view, spec.commandLine().getOut());
    return ExitCode.OK.code();
  }
}
