package org.policyset.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.policyset.core.diagnostic.TerminalText;
import org.policyset.core.model.Actor;
import org.policyset.core.model.ActorKind;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Event;
import org.policyset.core.model.EventType;
import org.policyset.core.model.InvalidRecordException;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Participant;
import org.policyset.core.model.ParticipantRole;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.Position;
import org.policyset.core.model.Principle;
import org.policyset.core.model.Source;
import org.policyset.core.model.SourceKind;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;
import org.policyset.core.workflow.EditOutcome;
import org.policyset.core.workflow.NewRecordRequest;
import org.policyset.core.workflow.Policyset;
import org.policyset.core.workflow.Status;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code policyset new TYPE}: a new record, made from options, checked against the dataset and
 * written canonically into the file that holds its type (or printed).
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    header = "Add a new record to a dataset (or print it): stance, event, source, actor, topic, principle.",
    description = "Make a record from options and add it, in canonical form, to the dataset file "
        + "that already holds records of its type (--file to choose; in a folder where none does, "
        + "SECTION.json, such as stances.json). The record is checked first as validate would: "
        + "its id must be free, what it references must exist (with a 'did you mean'), and its "
        + "quotes must stand in their sources' texts; otherwise nothing is written (exit 1). "
        + "Required fields are required options: a missing one is a usage error naming it (exit "
        + "2), never a placeholder. The file is replaced atomically, and only if no dataset file "
        + "changed meanwhile; its other records keep their canonical text. With --print the record "
        + "is checked and printed, and nothing is written. Archive a source with its text with "
        + "'policyset add-source'.",
    synopsisSubcommandLabel = "TYPE",
    subcommands = {NewCommand.NewStance.class, NewCommand.NewEvent.class, NewCommand.NewSource.class,
        NewCommand.NewActor.class, NewCommand.NewTopic.class, NewCommand.NewPrinciple.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:Added (or, with --print, printed).",
      " 1:The id is taken, the record is invalid in the dataset, or the dataset has errors; "
          + "nothing written.",
      " 2:Usage error: a required option missing, a bad value, an ambiguous or unusable --file.",
      " 3:The dataset could not be read.",
      " 4:The file could not be written (or changed meanwhile); it is unchanged.",
      " 5:Out of memory: raise the heap (POLICYSET_JAVA_OPTS=-Xmx4g) or lower the read limits."
    })
final class NewCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "say which record: policyset new stance|event|source|actor|topic|principle");
  }

  /** What every {@code new TYPE} shares: the dataset, the file, printing, and the run. */
  abstract static class NewRecord implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputMixin input;

    @Mixin
    GlobalOptions global;

    @Mixin
    LimitsMixin limits;

    @Option(names = "--id", paramLabel = "ID", description = "The new record's id (a lowercase slug).")
    String id;

    @Option(names = "--file", paramLabel = "FILE", description = "The dataset file to add the record "
        + "to: one of the dataset's, or a new .json or .jsonl file in its folder (default: the file "
        + "that holds records of this type).")
    Path file;

    @Option(names = "--print", description = "Check the record against the dataset and print it; "
        + "write nothing.")
    boolean print;

    /** The record the options make. */
    abstract PolicyRecord build();

    @Override
    public Integer call() {
      PolicyRecord record;
      try {
        record = build();
      } catch (InvalidRecordException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "cannot make the "
            + spec.name() + ": " + options(e.problems()));
      }
      EditOutcome outcome = Policyset.newRecord(new NewRecordRequest(input.resolve(), record, file,
          print, limits.limits()));
      return EditPrinter.print(outcome, spec.commandLine().getOut(), print
          ? null : "added " + record.recordType().singular() + " '" + record.id() + "' to ");
    }

    /** One citation from --source, --quote and --locator, or none. */
    List<Citation> citation(String source, String quote, String locator) {
      if (source == null) {
        if (quote != null || locator != null) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "--quote and --locator belong to a citation: give its --source too");
        }
        return List.of();
      }
      return List.of(new Citation(source, quote, locator));
    }
  }

  /** Names each problem by its option: {@code --position is required}. */
  static String options(List<String> problems) {
    List<String> out = new ArrayList<>();
    for (String p : problems) {
      int colon = p.indexOf(':');
      String path = colon < 0 ? p : p.substring(0, colon);
      String what = colon < 0 ? "" : p.substring(colon + 1).strip();
      String field = path.split("[.\\[]", 2)[0];
      String option = switch (field) {
        case "holders" -> "--holder";
        case "principles" -> "--principle";
        case "memberOf" -> "--member-of";
        case "aliases" -> "--alias";
        case "actors" -> "--participant";
        case "topics" -> "--topic";
        case "sources" -> "--source";
        case "respondsTo" -> "--responds-to";
        case "reportedBy" -> "--reported-by";
        case "inEffect" -> "--in-effect";
        case "expressedAt" -> "--expressed-at";
        case "targets" -> "--target";
        default -> "--" + field;
      };
      boolean missing = what.equals("must not be null") || what.equals("must not be empty")
          || what.startsWith("required in schema version");
      out.add(option + (missing ? " is required" : " " + what));
    }
    return String.join("; ", out.stream().distinct().toList());
  }

  @Command(name = "stance", mixinStandardHelpOptions = true, versionProvider = Version.class,
      header = "Add a stance: --id, --holder, --topic, --position, --statement, --date, --source.",
      description = {"Add a stance. Required: --id, --holder (one or more), --topic, --position, "
          + "--statement, --date and a citation (--source, best with --quote and --locator).",
        "",
        "In a schema version 2 dataset (its manifest says \"schemaVersion\": \"2\") a stance has no "
          + "--date or --until: it takes --attribution (required), --reported-by, --attested, "
          + "--in-effect, --expressed-at, --target and --strength instead, which a version 1 dataset "
          + "refuses in turn (a usage error, exit 2)."})
  static final class NewStance extends NewRecord {
    @Option(names = "--holder", paramLabel = "ACTOR", split = ",", description = "An actor holding "
        + "the stance (repeatable, or comma-separated).")
    List<String> holders = new ArrayList<>();
    @Option(names = "--topic", paramLabel = "TOPIC", description = "The topic.")
    String topic;
    @Option(names = "--position", paramLabel = "POSITION", converter = Converters.PositionConverter.class,
        completionCandidates = Converters.PositionCandidates.class,
        description = "One of: ${COMPLETION-CANDIDATES}.")
    Position position;
    @Option(names = "--statement", paramLabel = "TEXT", description = "What the holders hold, in a sentence.")
    String statement;
    @Option(names = "--date", paramLabel = "DATE", converter = Converters.PartialDateConverter.class,
        description = "When it was taken: YYYY, YYYY-MM or YYYY-MM-DD.")
    PartialDate date;
    @Option(names = "--responds-to", paramLabel = "EVENT", description = "The event it responds to.")
    String respondsTo;
    @Option(names = "--principle", paramLabel = "PRINCIPLE", split = ",",
        description = "A principle it invokes (repeatable).")
    List<String> principles = new ArrayList<>();
    @Option(names = "--until", paramLabel = "DATE", converter = Converters.PartialDateConverter.class,
        description = "When it ceased to be in effect.")
    PartialDate until;
    @Option(names = "--supersedes", paramLabel = "STANCE", split = ",",
        description = "An earlier stance it replaces (repeatable).")
    List<String> supersedes = new ArrayList<>();
    @Mixin
    CitationOptions cite;
    @Option(names = "--attribution", paramLabel = "ATTRIBUTION", converter = Converters.AttributionConverter.class,
        description = "Schema version 2: how the holders are tied to it: stated, reported, analysis, "
            + "proposal or prediction.")
    org.policyset.core.model.Attribution attribution;
    @Option(names = "--reported-by", paramLabel = "SOURCE", split = ",",
        description = "Schema version 2: a source that reports it (repeatable).")
    List<String> reportedBy = new ArrayList<>();
    @Option(names = "--attested", paramLabel = "EDTF", converter = Converters.EdtfDateConverter.class,
        description = "Schema version 2: when the sources place it, such as 2025-03, 2025-09-12? or "
            + "[2023-11-15..].")
    org.policyset.core.model.EdtfDate attested;
    @Option(names = "--in-effect", paramLabel = "START/END", converter = Converters.EdtfIntervalConverter.class,
        description = "Schema version 2: when the position holds, such as 2023-11/.. or /..")
    org.policyset.core.model.EdtfInterval inEffect;
    @Option(names = "--expressed-at", paramLabel = "EVENT",
        description = "Schema version 2: the event at which it was expressed.")
    String expressedAt;
    @Option(names = "--target", paramLabel = "ACTOR", split = ",",
        description = "Schema version 2: an actor it is aimed at (repeatable).")
    List<String> targets = new ArrayList<>();
    @Option(names = "--strength", paramLabel = "STRENGTH", converter = Converters.StrengthConverter.class,
        description = "Schema version 2: emphatic, hedged or conditional.")
    org.policyset.core.model.Strength strength;

    @Override
    PolicyRecord build() {
      int version = org.policyset.core.read.DatasetReader.schemaVersion(input.resolve());
      List<String> v1 = new ArrayList<>();
      if (date != null) {
        v1.add("--date");
      }
      if (until != null) {
        v1.add("--until");
      }
      List<String> v2 = new ArrayList<>();
      if (attribution != null) {
        v2.add("--attribution");
      }
      if (!reportedBy.isEmpty()) {
        v2.add("--reported-by");
      }
      if (attested != null) {
        v2.add("--attested");
      }
      if (inEffect != null) {
        v2.add("--in-effect");
      }
      if (expressedAt != null) {
        v2.add("--expressed-at");
      }
      if (!targets.isEmpty()) {
        v2.add("--target");
      }
      if (strength != null) {
        v2.add("--strength");
      }
      if (version == 2 && !v1.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), String.join(" and ", v1)
            + (v1.size() == 1 ? " is" : " are") + " for schema version 1, and this dataset is version 2: "
            + "give --attested (when the sources place it) and --in-effect (when it holds) instead");
      }
      if (version == 2 && attribution == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--attribution is required in a "
            + "schema version 2 dataset: stated, reported, analysis, proposal or prediction");
      }
      if (version != 2 && !v2.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), String.join(", ", v2)
            + (v2.size() == 1 ? " is" : " are") + " for schema version 2, and this dataset is version 1: "
            + "migrate it first (policyset migrate), or leave " + (v2.size() == 1 ? "it" : "them") + " out");
      }
      return Stance.builder().id(id).holders(holders).topic(topic).position(position)
          .statement(statement).date(date).respondsTo(respondsTo).principles(principles)
          .sources(citation(cite.source, cite.quote, cite.locator)).until(until)
          .supersedes(supersedes).attribution(attribution).reportedBy(reportedBy).attested(attested)
          .inEffect(inEffect).expressedAt(expressedAt).targets(targets).strength(strength).build();
    }
  }

  @Command(name = "event", mixinStandardHelpOptions = true, versionProvider = Version.class,
      header = "Add an event: --id, --title, --date, --type, --participant ACTOR:ROLE, --source.",
      description = "Add an event. Required: --id, --title, --date, --type.")
  static final class NewEvent extends NewRecord {
    @Option(names = "--title", paramLabel = "TEXT", description = "The event's title.")
    String title;
    @Option(names = "--date", paramLabel = "DATE", converter = Converters.PartialDateConverter.class,
        description = "When: YYYY, YYYY-MM or YYYY-MM-DD.")
    PartialDate date;
    @Option(names = "--type", paramLabel = "TYPE", converter = Converters.EventTypeConverter.class,
        completionCandidates = Converters.EventTypeCandidates.class,
        description = "One of: ${COMPLETION-CANDIDATES}.")
    EventType type;
    @Option(names = "--participant", paramLabel = "ACTOR:ROLE", converter = ParticipantConverter.class,
        description = "An actor and its role, such as cn:host (repeatable); roles: "
            + "${COMPLETION-CANDIDATES}.", completionCandidates = RoleCandidates.class)
    List<Participant> participants = new ArrayList<>();
    @Option(names = "--location", paramLabel = "TEXT", description = "Where it took place.")
    String location;
    @Option(names = "--summary", paramLabel = "TEXT", description = "What happened.")
    String summary;
    @Option(names = "--topic", paramLabel = "TOPIC", split = ",", description = "A topic (repeatable).")
    List<String> topics = new ArrayList<>();
    @Mixin
    CitationOptions cite;

    @Override
    PolicyRecord build() {
      return Event.builder().id(id).title(title).date(date).type(type).actors(participants)
          .location(location).summary(summary).topics(topics)
          .sources(citation(cite.source, cite.quote, cite.locator)).build();
    }
  }

  @Command(name = "source", mixinStandardHelpOptions = true, versionProvider = Version.class,
      header = "Add a source record without a text (add-source archives one with it).",
      description = "Add a source record. Required: --id, --title, --kind. To archive its text as "
          + "well, use 'policyset add-source'.")
  static final class NewSource extends NewRecord {
    @Mixin
    SourceOptions source;

    @Override
    PolicyRecord build() {
      return source.builder(id).build();
    }
  }

  @Command(name = "actor", mixinStandardHelpOptions = true, versionProvider = Version.class,
      header = "Add an actor: --id, --name, --kind.",
      description = "Add an actor. Required: --id, --name, --kind.")
  static final class NewActor extends NewRecord {
    @Option(names = "--name", paramLabel = "TEXT", description = "The actor's name.")
    String name;
    @Option(names = "--kind", paramLabel = "KIND", converter = ActorKindConverter.class,
        completionCandidates = ActorKindCandidates.class,
        description = "One of: ${COMPLETION-CANDIDATES}.")
    ActorKind kind;
    @Option(names = "--member-of", paramLabel = "ACTOR", split = ",",
        description = "A grouping or organization it belongs to (repeatable).")
    List<String> memberOf = new ArrayList<>();
    @Option(names = "--wikidata", paramLabel = "QID", description = "Its Wikidata id, such as Q148.")
    String wikidata;
    @Option(names = "--alias", paramLabel = "TEXT", description = "Another name (repeatable).")
    List<String> aliases = new ArrayList<>();

    @Override
    PolicyRecord build() {
      return Actor.builder().id(id).name(name).kind(kind).memberOf(memberOf).wikidata(wikidata)
          .aliases(aliases).build();
    }
  }

  @Command(name = "topic", mixinStandardHelpOptions = true, versionProvider = Version.class,
      header = "Add a topic: --id, --name, --parent.",
      description = "Add a topic. Required: --id, --name.")
  static final class NewTopic extends NewRecord {
    @Option(names = "--name", paramLabel = "TEXT", description = "The topic's name.")
    String name;
    @Option(names = "--parent", paramLabel = "TOPIC", description = "The broader topic.")
    String parent;
    @Option(names = "--description", paramLabel = "TEXT", description = "What it covers.")
    String description;

    @Override
    PolicyRecord build() {
      return Topic.builder().id(id).name(name).parent(parent).description(description).build();
    }
  }

  @Command(name = "principle", mixinStandardHelpOptions = true, versionProvider = Version.class,
      header = "Add a principle: --id, --name, --source.",
      description = "Add a principle. Required: --id, --name; principles should cite a source "
          + "(validate warns otherwise). Relations between principles are edited in the file.")
  static final class NewPrinciple extends NewRecord {
    @Option(names = "--name", paramLabel = "TEXT", description = "The principle's name.")
    String name;
    @Option(names = "--description", paramLabel = "TEXT", description = "What it means.")
    String description;
    @Mixin
    CitationOptions cite;

    @Override
    PolicyRecord build() {
      return Principle.builder().id(id).name(name).description(description)
          .sources(citation(cite.source, cite.quote, cite.locator)).build();
    }
  }

  /** One citation. */
  static final class CitationOptions {
    @Option(names = "--source", paramLabel = "SOURCE", description = "The cited source's id.")
    String source;
    @Option(names = "--quote", paramLabel = "TEXT", description = "The verbatim quote, which must "
        + "stand in the source's archived text.")
    String quote;
    @Option(names = "--locator", paramLabel = "TEXT", description = "Where the quote stands, such as "
        + "'para. 3'.")
    String locator;
  }

  /** {@code ACTOR:ROLE}. */
  static final class ParticipantConverter implements ITypeConverter<Participant> {
    @Override
    public Participant convert(String value) {
      int colon = value.lastIndexOf(':');
      if (colon <= 0) {
        throw new TypeConversionException("'" + value + "' is not ACTOR:ROLE, such as cn:host");
      }
      try {
        return new Participant(value.substring(0, colon), ParticipantRole.of(value.substring(colon + 1)));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** An actor kind such as {@code state}. */
  static final class ActorKindConverter implements ITypeConverter<ActorKind> {
    @Override
    public ActorKind convert(String value) {
      return coded(value, ActorKind::of);
    }
  }

  /** A source kind such as {@code un-document}. */
  static final class SourceKindConverter implements ITypeConverter<SourceKind> {
    @Override
    public SourceKind convert(String value) {
      return coded(value, SourceKind::of);
    }
  }

  static <T> T coded(String value, Function<String, T> of) {
    try {
      return of.apply(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** The actor kinds, for help and completion. */
  static final class ActorKindCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return java.util.Arrays.stream(ActorKind.values()).map(ActorKind::value).iterator();
    }
  }

  /** The source kinds, for help and completion. */
  static final class SourceKindCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return java.util.Arrays.stream(SourceKind.values()).map(SourceKind::value).iterator();
    }
  }

  /** The participant roles, for help and completion. */
  static final class RoleCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return java.util.Arrays.stream(ParticipantRole.values()).map(ParticipantRole::value).iterator();
    }
  }

  /** The fields of a source record, shared by {@code new source} and {@code add-source}. */
  static final class SourceOptions {
    @Option(names = "--title", paramLabel = "TEXT", description = "The source's title.")
    String title;
    @Option(names = "--kind", paramLabel = "KIND", converter = SourceKindConverter.class,
        completionCandidates = SourceKindCandidates.class,
        description = "One of: ${COMPLETION-CANDIDATES}.")
    SourceKind kind;
    @Option(names = "--author", paramLabel = "TEXT", description = "Its author.")
    String author;
    @Option(names = "--publisher", paramLabel = "TEXT", description = "Its publisher.")
    String publisher;
    @Option(names = "--published", paramLabel = "DATE", converter = Converters.PartialDateConverter.class,
        description = "When it was published: YYYY, YYYY-MM or YYYY-MM-DD.")
    PartialDate published;
    @Option(names = "--url", paramLabel = "URL", description = "Where it is published.")
    String url;
    @Option(names = "--symbol", paramLabel = "TEXT", description = "A document symbol, such as "
        + "S/RES/2712 (2023).")
    String symbol;

    Source.Builder builder(String id) {
      return Source.builder().id(id).title(title).kind(kind).author(author).publisher(publisher)
          .published(published).url(url).symbol(symbol);
    }
  }

  /** Prints what an edit did, and returns its exit code. */
  static final class EditPrinter {
    private EditPrinter() {}

    /**
     * Prints the findings that stopped an edit, or (with {@code done} null) the new record, or
     * {@code done} followed by the files written.
     */
    static int print(EditOutcome outcome, PrintWriter out, String done) {
      if (outcome.status() != Status.OK) {
        outcome.findings().forEach(f -> out.println(f));
        out.println("nothing written");
        out.flush();
        return ExitCode.of(outcome.status()).code();
      }
      outcome.findings().forEach(f -> out.println(f));
      if (done == null) {
        out.println(outcome.record());
      } else {
        out.println(done + String.join(" and ", outcome.written().stream()
            .map(p -> TerminalText.escape(p.toString())).toList()));
        for (Path p : outcome.reformatted()) {
          out.println("note: " + TerminalText.escape(p.toString()) + " was not in canonical form; "
              + "it is now (as 'policyset format' would write it)");
        }
      }
      out.flush();
      return ExitCode.OK.code();
    }
  }
}
