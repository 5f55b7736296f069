package org.policyset.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.core.model.InvalidRecordException;
import org.policyset.core.model.Source;
import org.policyset.core.workflow.AddSourceRequest;
import org.policyset.core.workflow.EditOutcome;
import org.policyset.core.workflow.Policyset;
import org.policyset.core.workflow.Status;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset add-source}: archives a text in a dataset together with its source record. */
@Command(
    name = "add-source",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Archive a text file in a dataset with its source record.",
    description = "Copy a text file, byte for byte, into the texts folder beside the dataset file "
        + "that holds the sources (texts/NAME), and add its source record, whose text names the "
        + "copy, as 'policyset new source' would. The text must be a regular file of valid UTF-8 "
        + "without a byte order mark, at most 64 MiB; its line ends are kept as they are and "
        + "reported (quotes match across any line ends). An existing text is never replaced, "
        + "and a texts folder that is a link is refused. In a folder dataset the text and the "
        + "record are written as one: the folder is switched whole, so a process killed at any "
        + "moment leaves the dataset with both or with neither.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Archived and added.",
      " 1:The id is taken, the record is invalid in the dataset, or the dataset has errors; "
          + "nothing written.",
      " 2:Usage error: a required option missing, a text that is not UTF-8, exists already, or "
          + "cannot be named so.",
      " 3:The dataset or the text could not be read.",
      " 4:The files could not be written (or changed meanwhile); they are unchanged.",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    })
final class AddSourceCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  GlobalOptions global;

  @Mixin
  LimitsMixin limits;

  @Parameters(index = "0", paramLabel = "FILE", description = "The text file to archive.")
  Path text;

  @Parameters(index = "1", arity = "0..1", paramLabel = "PATH", description = "The dataset folder "
      + "or file. Default: the bundled dataset (the folder in $" + InputMixin.DATASET_ENV
      + " when set, as ./policyset sets it to dataset/data).")
  Path dataset;

  @Option(names = "--id", paramLabel = "ID", description = "The source's id (a lowercase slug).")
  String id;

  @Mixin
  NewCommand.SourceOptions source;

  @Option(names = "--as", paramLabel = "NAME", description = "The archived file's name in texts/ "
      + "(default: FILE's own name).")
  String name;

  @Option(names = "--file", paramLabel = "FILE", description = "The dataset file to add the source "
      + "to (default: the file that holds the sources).")
  Path file;

  @Override
  public Integer call() {
    Source record;
    try {
      record = source.builder(id).build();
    } catch (InvalidRecordException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "cannot make the source: "
          + NewCommand.options(e.problems()));
    }
    Path in = dataset != null ? dataset : InputMixin.defaultDataset();
    EditOutcome outcome = Policyset.addSource(new AddSourceRequest(java.util.List.of(in), record,
        text, name, file, limits.limits()));
    int exit = NewCommand.EditPrinter.print(outcome, spec.commandLine().getOut(),
        "added source '" + record.id() + "' with its text: ");
    if (outcome.status() == Status.OK && outcome.lineEnds() != null) {
      spec.commandLine().getOut().println("line ends: " + outcome.lineEnds() + " (kept as they are in "
          + TerminalText.escape(text.toString()) + ")");
      spec.commandLine().getOut().flush();
    }
    return exit;
  }
}
