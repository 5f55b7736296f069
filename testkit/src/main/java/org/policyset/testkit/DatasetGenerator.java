package org.policyset.testkit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policyset.core.write.AtomicFiles;
import org.policyset.core.write.AtomicFolders;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.policyset.core.io.InputFormat;
import org.policyset.core.model.Actor;
import org.policyset.core.model.ActorKind;
import org.policyset.core.model.Citation;
import org.policyset.core.model.Event;
import org.policyset.core.model.EventType;
import org.policyset.core.model.Manifest;
import org.policyset.core.model.PartialDate;
import org.policyset.core.model.Participant;
import org.policyset.core.model.ParticipantRole;
import org.policyset.core.model.Position;
import org.policyset.core.model.Principle;
import org.policyset.core.model.PrincipleRelation;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.RelationKind;
import org.policyset.core.model.Source;
import org.policyset.core.model.SourceKind;
import org.policyset.core.model.Stance;
import org.policyset.core.model.Topic;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes large, realistic, valid datasets for benchmarks and scale tests, streaming them to disk one
 * record at a time so that memory does not grow with their size.
 *
 * <pre>{@code
 * GeneratedDataset g = DatasetGenerator.records(10_000).seed(7).invalidRate(0.01)
 *     .write(Path.of("big.jsonl"), InputFormat.JSON_LINES);
 * }</pre>
 *
 * <p>A generated dataset has every record type: about 93% stances (about 1.15 kB each as a JSON
 * document, with 1–3 holders, 1–3 citations with quotes and locators, principles, dates of every
 * precision, some {@code until}, {@code respondsTo} and {@code supersedes}), and actors, topics,
 * principles, events and sources in proportion. Every reference resolves, every source is cited, no
 * two stances conflict, and the quotes of the few sources with an archived text stand in that text,
 * which is written beside the dataset in a folder named after it ({@code NAME.texts/}). The same
 * count and seed always give the same bytes.
 *
 * <p>With an invalid rate above zero, that share of the stances gets one {@link InjectedError} each;
 * a validator must report exactly {@link GeneratedDataset#injected()} findings of those rules.
 *
 * @since 0.1.0
 */
public final class DatasetGenerator {
  /** Serializes records as core's canonical writer does (field order and values by annotation). */
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(tools.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .build();


  /** The fewest records a generated dataset can have: one of each type, and a second stance. */
  public static final long MIN_RECORDS = 7;

  private static final String[] WORDS = (
      "security cooperation solidarity sovereignty dialogue development ceasefire humanitarian "
      + "settlement negotiation mediation consultation partnership framework initiative principle "
      + "non-interference multilateralism territorial integrity comprehensive common sustainable "
      + "cooperative indivisible collective regional global south countries states governments "
      + "peoples council assembly resolution declaration summit communiqué statement ministers "
      + "leaders delegation envoy region Gaza Sahel Horn Africa Asia Latin America Caribbean "
      + "Middle East Pacific Türkiye Côte d’Ivoire São Tomé Príncipe the of and to in for on with "
      + "by as at from that which supports calls urges welcomes rejects condemns affirms reaffirms "
      + "commits recalls stresses notes recognizes encourages respect support restraint relief aid "
      + "reconstruction two-state solution borders 1967 East Jerusalem capital independent "
      + "Palestinian people right self-determination occupation withdrawal hostages prisoners "
      + "crossings corridors access fuel water medicine hospitals schools displacement refugees "
      + "agency mandate peacekeeping operations missions training capacity-building equipment "
      + "finance trade investment infrastructure connectivity poverty reduction climate food "
      + "energy health pandemic terrorism extremism piracy cyber maritime navigation freedom "
      + "open inclusive balanced “shared future” community mankind — Charter international law "
      + "equal footing mutual benefit win-win naïve long-standing deep-rooted historic").split(" ");

  private final long records;
  private final double invalidRate;
  private final long seed;
  private final int schemaVersion;

  private DatasetGenerator(long records, double invalidRate, long seed) {
    this(records, invalidRate, seed, org.policyset.core.model.SchemaVersions.V1);
  }

  private DatasetGenerator(long records, double invalidRate, long seed, int schemaVersion) {
    if (records < MIN_RECORDS) {
      throw new IllegalArgumentException(
          "a generated dataset has at least " + MIN_RECORDS + " records, not " + records);
    }
    if (!(invalidRate >= 0 && invalidRate <= 1)) {
      throw new IllegalArgumentException("the invalid rate lies in 0..1, not " + invalidRate);
    }
    if (schemaVersion != org.policyset.core.model.SchemaVersions.V1
        && schemaVersion != org.policyset.core.model.SchemaVersions.V2) {
      throw new IllegalArgumentException("schema version " + schemaVersion + " is not one policyset writes (1, 2)");
    }
    this.records = records;
    this.invalidRate = invalidRate;
    this.seed = seed;
    this.schemaVersion = schemaVersion;
  }

  /**
   * Returns a generator of {@code records} valid records with seed 1.
   *
   * @param records how many records to write, at least {@link #MIN_RECORDS}
   * @return the generator
   * @throws IllegalArgumentException if {@code records} is too small
   */
  public static DatasetGenerator records(long records) {
    return new DatasetGenerator(records, 0, 1);
  }

  /**
   * Returns a copy with another seed.
   *
   * @param newSeed the seed; the same seed and count give the same bytes
   * @return a copy
   */
  public DatasetGenerator seed(long newSeed) {
    return new DatasetGenerator(records, invalidRate, newSeed, schemaVersion);
  }

  /**
   * Returns a copy writing schema version {@code version}: version 2 writes the same records as
   * version 1 for the same seed, migrated as {@code policyset migrate} migrates them (every stance
   * {@code reported} by its cited sources, {@code attested} and {@code inEffect} for its dates), so
   * that benchmarks compare the two versions on the same data.
   *
   * @param version 1 or 2
   * @return a copy
   * @throws IllegalArgumentException for another version
   * @since 0.7.0
   */
  public DatasetGenerator schemaVersion(int version) {
    return new DatasetGenerator(records, invalidRate, seed, version);
  }

  /**
   * Returns a copy that injects one known error into this share of the stances.
   *
   * @param rate the share, from 0 to 1
   * @return a copy
   * @throws IllegalArgumentException if the rate lies outside 0..1
   */
  public DatasetGenerator invalidRate(double rate) {
    return new DatasetGenerator(records, rate, seed, schemaVersion);
  }

  /**
   * Writes the dataset to {@code file}, and the archived source texts to the folder
   * {@code NAME.texts} beside it, replacing what is there.
   *
   * @param file the dataset file
   * @param format a JSON document or JSON Lines
   * @return what was written
   * @throws IOException if writing fails
   */
  public GeneratedDataset write(Path file, InputFormat format) throws IOException {
    Objects.requireNonNull(format, "format");
    Path abs = file.toAbsolutePath().normalize();
    Path dir = abs.getParent();
    if (dir == null) {
      throw new IOException("cannot write " + abs + ": it has no parent folder");
    }
    String textFolder = abs.getFileName() + ".texts";
    Plan plan = new Plan(records);
    List<Path> texts = new ArrayList<>();
    Random r = new Random(seed);
    List<String> archive = new ArrayList<>();
    Writer[] written = new Writer[1];
    // Nothing is replaced until everything is written: the texts go to a staging folder, the data
    // to a temporary file; the texts folder is switched in just before the data file is renamed.
    List<String> names = new ArrayList<>();
    for (int i = 0; i < plan.texts; i++) {
      archive.add(paragraphs(r, 40));
      names.add("source-" + i + ".txt");
      texts.add(dir.resolve(textFolder).resolve(names.get(i)));
    }
    AtomicFiles.write(abs, out -> {
      written[0] = new Writer(out, format, plan, r, archive, textFolder);
      written[0].writeAll();
    }, () -> {
      if (plan.texts > 0) {
        AtomicFolders.replace(dir.resolve(textFolder), folder -> {
          for (int i = 0; i < names.size(); i++) {
            Files.writeString(folder.resolve(names.get(i)), archive.get(i), StandardCharsets.UTF_8);
          }
        });
      }
    });
    return new GeneratedDataset(file, texts, Files.size(abs), plan.counts(), written[0].injected);
  }

  /** How many records of each type a dataset of a given size has. */
  private static final class Plan {
    final int actors;
    final int topics;
    final int principles;
    final int sources;
    final int events;
    final long stances;
    final int texts;

    Plan(long n) {
      long few = Math.min(n / 100, 3);
      actors = (int) Math.max(1, Math.max(few, Math.min(n / 200, 100_000)));
      topics = (int) Math.max(1, Math.max(few, Math.min(n / 1000, 50_000)));
      principles = (int) Math.max(1, Math.max(few, Math.min(n / 2000, 20_000)));
      sources = (int) Math.max(1, Math.max(few, Math.min(n / 50, 1_000_000)));
      events = (int) Math.max(1, Math.max(few, Math.min(n / 25, 2_000_000)));
      stances = n - actors - topics - principles - sources - events;
      texts = Math.min(sources, 4);
    }

    Map<RecordType, Long> counts() {
      Map<RecordType, Long> m = new EnumMap<>(RecordType.class);
      m.put(RecordType.ACTOR, (long) actors);
      m.put(RecordType.TOPIC, (long) topics);
      m.put(RecordType.PRINCIPLE, (long) principles);
      m.put(RecordType.SOURCE, (long) sources);
      m.put(RecordType.EVENT, (long) events);
      m.put(RecordType.STANCE, stances);
      return m;
    }
  }

  /** Writes the records of one dataset in one pass. */
  private final class Writer {
    /** The generator of a JSON document; null for JSON Lines, written line by line. */
    private final @Nullable JsonGenerator gen;
    private final ObjectWriter writer;
    private final JsonMapper mapper = MAPPER;
    private final OutputStream out;
    private final boolean lines;
    private final Plan plan;
    private final Random r;
    private final List<String> archive;
    private final String textFolder;
    private final Map<InjectedError, Long> injected = new EnumMap<>(InjectedError.class);

    private JsonGenerator gen() {
      return Objects.requireNonNull(gen, "a JSON document is written through its generator");
    }

    Writer(OutputStream out, InputFormat format, Plan plan, Random r, List<String> archive,
        String textFolder) {
      this.out = out;
      this.lines = format == InputFormat.JSON_LINES;
      this.plan = plan;
      this.r = r;
      this.archive = archive;
      this.textFolder = textFolder;
      this.writer = lines ? mapper.writer() : mapper.writer().with(SerializationFeature.INDENT_OUTPUT);
      this.gen = lines ? null : writer.createGenerator(out);
      for (InjectedError e : InjectedError.values()) {
        injected.put(e, 0L);
      }
    }

    void writeAll() throws IOException {
      Manifest manifest = new Manifest("generated-" + seed, "Generated dataset (seed " + seed + ", "
          + records + " records)", "1.0.0", "CC0-1.0", String.valueOf(schemaVersion),
          "Synthetic records for benchmarks, written by policyset generate.");
      if (lines) {
        line("manifest", manifest);
      } else {
        gen().writeStartObject();
        gen().writeName("manifest");
        writer.writeValue(gen(), manifest);
      }
      section(RecordType.ACTOR);
      for (int i = 0; i < plan.actors; i++) {
        record(RecordType.ACTOR, actor(i));
      }
      section(RecordType.TOPIC);
      for (int i = 0; i < plan.topics; i++) {
        record(RecordType.TOPIC, topic(i));
      }
      section(RecordType.PRINCIPLE);
      for (int i = 0; i < plan.principles; i++) {
        record(RecordType.PRINCIPLE, principle(i));
      }
      section(RecordType.SOURCE);
      for (int i = 0; i < plan.sources; i++) {
        record(RecordType.SOURCE, source(i));
      }
      section(RecordType.EVENT);
      for (int i = 0; i < plan.events; i++) {
        record(RecordType.EVENT, event(i));
      }
      section(RecordType.STANCE);
      for (long i = 0; i < plan.stances; i++) {
        stance(i);
      }
      if (!lines) {
        gen().writeEndArray();
        gen().writeEndObject();
        gen().close();
        out.write('\n');
      }
    }

    private boolean open;

    private void section(RecordType type) {
      if (lines) {
        return;
      }
      if (open) {
        gen().writeEndArray();
      }
      gen().writeName(type.section());
      gen().writeStartArray();
      open = true;
    }

    private void record(RecordType type, Object value) throws IOException {
      if (lines) {
        line(type.singular(), value);
      } else {
        writer.writeValue(gen(), value);
      }
    }

    private void line(String type, Object value) throws IOException {
      ObjectNode node = value instanceof ObjectNode o ? o : mapper.valueToTree(value);
      ObjectNode typed = mapper.createObjectNode().put("$type", type);
      typed.setAll(node);
      out.write(mapper.writeValueAsBytes(typed));
      out.write('\n');
    }

    private Actor actor(int i) {
      List<String> memberOf = new ArrayList<>();
      if (i > 0 && r.nextInt(5) == 0) {
        memberOf.add("actor-" + r.nextInt(i));
      }
      return new Actor("actor-" + i, title(r, 2, 5), pick(ActorKind.values()), memberOf,
          r.nextBoolean() ? "Q" + (1 + r.nextInt(9_999_999)) : null,
          r.nextInt(3) == 0 ? List.of(title(r, 1, 3)) : List.of());
    }

    private Topic topic(int i) {
      return new Topic("topic-" + i, title(r, 2, 6),
          i > 0 && r.nextBoolean() ? "topic-" + r.nextInt(i) : null,
          r.nextBoolean() ? sentence(r, 12, 40) : null);
    }

    private Principle principle(int i) {
      List<PrincipleRelation> relations = new ArrayList<>();
      if (i > 0 && r.nextInt(3) == 0) {
        relations.add(new PrincipleRelation("principle-" + r.nextInt(i), pick(RelationKind.values()),
            r.nextBoolean() ? List.of(citation(false)) : List.of()));
      }
      return new Principle("principle-" + i, title(r, 1, 4), sentence(r, 15, 45), relations,
          List.of(citation(true)));
    }

    private Source source(int i) {
      return new Source("source-" + i, title(r, 4, 12), pick(SourceKind.values()),
          r.nextBoolean() ? title(r, 2, 3) : null, r.nextBoolean() ? title(r, 1, 4) : null,
          r.nextInt(4) > 0 ? date(r, 1980, 2029) : null,
          r.nextBoolean() ? "https://example.org/sources/" + i : null,
          r.nextInt(4) == 0 ? "S/RES/" + (1000 + i) + " (2023)" : null,
          i < plan.texts ? textFolder + "/source-" + i + ".txt" : null);
    }

    private int sourceCursor;

    /** A citation; the first one of each record cites the sources in turn, so that all are cited. */
    private Citation citation(boolean first) {
      int s = first ? sourceCursor++ % plan.sources : r.nextInt(plan.sources);
      String quote = null;
      int line = 0;
      if (r.nextInt(5) > 0) {
        if (s < plan.texts) {
          quote = excerpt(archive.get(s));
          line = excerptLine;
        } else {
          quote = sentence(r, 12, 35);
        }
      }
      String locator = r.nextInt(10) < 7 ? "para. " + (1 + r.nextInt(120)) : null;
      // A quote of an archived text names the line it starts on, as PS408 locator-mismatch asks.
      return new Citation("source-" + s, quote, locator != null && line > 0 ? "para. " + line : locator);
    }

    /** The line of its archived text that the last {@link #excerpt} starts on. */
    private int excerptLine;

    private List<Citation> citations(int max) {
      int n = 1 + r.nextInt(max);
      List<Citation> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(citation(i == 0));
      }
      return list;
    }

    private Event event(int i) {
      List<Participant> participants = new ArrayList<>();
      for (int k = r.nextInt(4); k > 0; k--) {
        participants.add(new Participant("actor-" + r.nextInt(plan.actors), pick(ParticipantRole.values())));
      }
      List<String> topics = new ArrayList<>();
      for (int k = r.nextInt(3); k > 0; k--) {
        topics.add("topic-" + r.nextInt(plan.topics));
      }
      // Events come before every stance (1980–1999), so that no stance responds to a later event.
      return new Event("event-" + i, title(r, 4, 10), date(r, 1980, 1999), pick(EventType.values()),
          participants, r.nextBoolean() ? title(r, 1, 2) : null,
          r.nextBoolean() ? sentence(r, 20, 50) : null, topics, citations(2));
    }

    private static final Position[][] POLARITIES = {
      {Position.SUPPORTS, Position.WELCOMES, Position.AFFIRMS, Position.CALLS_FOR, Position.COMMITS_TO},
      {Position.OPPOSES, Position.REJECTS, Position.CONDEMNS},
      {Position.NEUTRAL}
    };

    private void stance(long i) throws IOException {
      int topic = r.nextInt(plan.topics);
      List<String> holders = new ArrayList<>();
      for (int k = 1 + r.nextInt(r.nextInt(4) == 0 ? 3 : 1); k > 0; k--) {
        String h = "actor-" + r.nextInt(plan.actors);
        if (!holders.contains(h)) {
          holders.add(h);
        }
      }
      // Every stance on a topic has the same polarity, so that no two stances conflict.
      Position[] positions = POLARITIES[topic % POLARITIES.length];
      // Stance years rise with the index, so that a stance supersedes only stances of earlier years.
      int year = (int) (2000 + i * 30 / plan.stances);
      PartialDate date = date(r, year, year);
      List<String> principles = new ArrayList<>();
      for (int k = r.nextInt(4); k > 0; k--) {
        String p = "principle-" + r.nextInt(plan.principles);
        if (!principles.contains(p)) {
          principles.add(p);
        }
      }
      List<String> supersedes = new ArrayList<>();
      long yearSpan = plan.stances / 30 + 1;
      if (i > yearSpan && r.nextInt(20) == 0) {
        supersedes.add("stance-" + (long) (r.nextDouble() * (i - yearSpan)));
      }
      Stance s = new Stance("stance-" + i, holders, "topic-" + topic, positions[r.nextInt(positions.length)],
          sentence(r, 30, 70), date, r.nextInt(3) == 0 ? "event-" + r.nextInt(plan.events) : null,
          principles, citations(3),
          r.nextInt(5) == 0 ? PartialDate.parse(String.valueOf(year + 1 + r.nextInt(3))) : null,
          supersedes);
      if (schemaVersion == org.policyset.core.model.SchemaVersions.V2) {
        s = org.policyset.core.write.Migration.toVersion2(s);
      }
      if (invalidRate > 0 && r.nextDouble() < invalidRate) {
        InjectedError e = pick(InjectedError.values());
        ObjectNode node = mapper.valueToTree(s);
        switch (e) {
          case DANGLING_REFERENCE -> node.put("topic", "missing-topic-" + i);
          case INVALID_DATE -> node.put(schemaVersion == org.policyset.core.model.SchemaVersions.V2
              ? "attested" : "date", String.format("%04d-02-30", year));
          case UNKNOWN_PROPERTY -> node.put("reviewer", title(r, 2, 3));
        }
        injected.merge(e, 1L, Long::sum);
        if (lines) {
          line(RecordType.STANCE.singular(), node);
        } else {
          writer.writeValue(gen(), node);
        }
        return;
      }
      record(RecordType.STANCE, s);
    }

    private <T> T pick(T[] values) {
      return values[r.nextInt(values.length)];
    }

    /** Returns a run of whole words of {@code text}, 80 to 220 characters long. */
    private String excerpt(String text) {
      int len = 80 + r.nextInt(140);
      int start = r.nextInt(Math.max(1, text.length() - len));
      while (start > 0 && text.charAt(start - 1) != ' ') {
        start--;
      }
      int end = Math.min(text.length(), start + len);
      while (end < text.length() && text.charAt(end) != ' ') {
        end++;
      }
      String excerpt = text.substring(start, end);
      int from = start + excerpt.length() - excerpt.stripLeading().length();
      excerptLine = 1;
      for (int i = 0; i < from; i++) {
        if (text.charAt(i) == '\n') {
          excerptLine++;
        }
      }
      return excerpt.strip();
    }
  }

  private static String sentence(Random r, int minWords, int maxWords) {
    int n = minWords + r.nextInt(maxWords - minWords + 1);
    StringBuilder sb = new StringBuilder(n * 9);
    for (int i = 0; i < n; i++) {
      String w = WORDS[r.nextInt(WORDS.length)];
      if (i == 0) {
        sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
      } else {
        sb.append(' ').append(w);
      }
    }
    return sb.append('.').toString();
  }

  private static String title(Random r, int minWords, int maxWords) {
    String s = sentence(r, minWords, maxWords);
    return s.substring(0, s.length() - 1);
  }

  private static String paragraphs(Random r, int sentences) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      sb.append(sentence(r, 15, 40)).append(i % 5 == 4 ? "\n\n" : " ");
    }
    return sb.toString().strip() + "\n";
  }

  private static PartialDate date(Random r, int fromYear, int toYear) {
    int y = fromYear + r.nextInt(toYear - fromYear + 1);
    int month = 1 + r.nextInt(12);
    return switch (r.nextInt(3)) {
      case 0 -> PartialDate.parse(String.valueOf(y));
      case 1 -> PartialDate.parse(String.format("%04d-%02d", y, month));
      default -> PartialDate.parse(String.format("%04d-%02d-%02d", y, month, 1 + r.nextInt(28)));
    };
  }
}
