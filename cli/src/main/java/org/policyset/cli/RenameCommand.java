package org.policyset.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyset.core.model.RecordType;
import org.policyset.core.workflow.EditOutcome;
import org.policyset.core.workflow.Policyset;
import org.policyset.core.workflow.RenameRequest;
import org.policyset.core.workflow.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code policyset rename}: renames an id everywhere it is referenced, in every file at once. */
@Command(
    name = "rename",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Rename a record's id everywhere it is referenced.",
    description = "Rename the record TYPE:OLD to NEW and every reference to it in every file of "
        + "the dataset: holders, topic, principles, respondsTo, supersedes, memberOf, parent, event "
        + "participants and topics, principle relations, and the source of every citation. The "
        + "files that change are written in canonical form and as one: in a folder dataset the "
        + "folder is switched whole (as merge writes a folder), so a process killed at any moment "
        + "leaves the old dataset or the new one, never a mix; nothing is written if a file "
        + "changed meanwhile. A dataset with syntax or shape errors is refused, as is a NEW that "
        + "another record of the type has. Suppression and baseline files are not changed: "
        + "update entries that name TYPE:OLD yourself.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Renamed.",
      " 1:NEW is taken, or the dataset has errors; nothing written.",
      " 2:Usage error: an unknown type, no record OLD (with a suggestion), an invalid NEW.",
      " 3:The dataset could not be read.",
      " 4:The files could not be written (or changed meanwhile); they are unchanged.",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    })
final class RenameCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  GlobalOptions global;

  @Mixin
  LimitsMixin limits;

  @Parameters(index = "0", paramLabel = "TYPE", converter = TypeConverter.class,
      completionCandidates = TypeCandidates.class,
      description = "The record's type: ${COMPLETION-CANDIDATES}.")
  RecordType type;

  @Parameters(index = "1", paramLabel = "OLD", description = "Its id.")
  String from;

  @Parameters(index = "2", paramLabel = "NEW", description = "Its new id.")
  String to;

  @Parameters(index = "3", arity = "0..1", paramLabel = "PATH", description = "The dataset folder "
      + "or file. Default: the bundled dataset (the folder in $" + InputMixin.DATASET_ENV
      + " when set, as ./policyset sets it to dataset/data).")
  Path dataset;

  @Override
  public Integer call() {
    Path in = dataset != null ? dataset : InputMixin.defaultDataset();
    EditOutcome outcome = Policyset.rename(new RenameRequest(List.of(in), type, from, to,
        limits.limits()));
    int exit = NewCommand.EditPrinter.print(outcome, spec.commandLine().getOut(),
        "renamed " + type.singular() + " '" + from + "' to '" + to + "'"
            + (outcome.status() == Status.OK ? " and " + outcome.references() + " reference"
                + (outcome.references() == 1 ? "" : "s") + " to it" : "") + " in ");
    return exit;
  }

  /** A record type by its singular name. */
  static final class TypeConverter implements ITypeConverter<RecordType> {
    @Override
    public RecordType convert(String value) {
      RecordType t = RecordType.forSingular(value);
      if (t == null) {
        throw new TypeConversionException("'" + value + "' is not a record type: one of "
            + String.join(", ", new TypeCandidates()));
      }
      return t;
    }
  }

  /** The record types, for help and completion. */
  static final class TypeCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return java.util.Arrays.stream(RecordType.values()).map(RecordType::singular).iterator();
    }
  }
}
