package org.policyset.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor the validator is measured against: a bare Jackson pass that binds every record of a
 * dataset file (JSON document or JSON Lines) to a plain Java record, with no checks, no locations
 * and one thread, and counts the stances one actor holds (a one-filter query).
 *
 * <pre>java -cp benchmarks.jar org.policyset.bench.BindFloor FILE [ACTOR]</pre>
 */
public final class BindFloor {
  private BindFloor() {}

  record Citation(String source, String quote, String locator) {}

  record Stance(String id, List<String> holders, String topic, String position, String statement,
      String date, String respondsTo, List<String> principles, List<Citation> sources, String until,
      List<String> supersedes) {}

  record Actor(String id, String name, String kind, List<String> memberOf, String wikidata,
      List<String> aliases) {}

  record Topic(String id, String name, String parent, String description) {}

  record Relation(String principle, String kind, List<Citation> sources) {}

  record Principle(String id, String name, String description, List<Relation> relations,
      List<Citation> sources) {}

  record Participant(String actor, String role) {}

  record Event(String id, String title, String date, String type, List<Participant> actors,
      String location, String summary, List<String> topics, List<Citation> sources) {}

  record Source(String id, String title, String kind, String author, String publisher,
      String published, String url, String symbol, String text) {}

  record Manifest(String id, String title, String version, String license, String schemaVersion,
      String description) {}

  private static final Map<String, Class<?>> BY_SECTION = Map.of("stances", Stance.class,
      "actors", Actor.class, "topics", Topic.class, "principles", Principle.class,
      "events", Event.class, "sources", Source.class, "manifest", Manifest.class);

  private static final Map<String, Class<?>> BY_TYPE = Map.of("stance", Stance.class,
      "actor", Actor.class, "topic", Topic.class, "principle", Principle.class,
      "event", Event.class, "source", Source.class, "manifest", Manifest.class);

  /**
   * Binds every record of a file and prints how many records it bound and how many stances the
   * actor holds.
   *
   * @param args the file, and optionally the actor (default {@code actor-7})
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    String actor = args.length > 1 ? args[1] : "actor-7";
    JsonMapper mapper = JsonMapper.builder()
        .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    long[] counts = new long[2];
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        JsonParser p = mapper.createParser(in)) {
      if (file.toString().endsWith(".jsonl") || file.toString().endsWith(".ndjson")) {
        while (p.nextToken() == JsonToken.START_OBJECT) {
          p.nextToken(); // "$type", which the generator writes first
          p.nextToken();
          Class<?> type = BY_TYPE.get(p.getString());
          p.nextToken();
          count(mapper.readValue(p, type), actor, counts);
        }
      } else {
        p.nextToken();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          Class<?> type = BY_SECTION.get(p.currentName());
          JsonToken t = p.nextToken();
          if (type == null) {
            p.skipChildren();
          } else if (t == JsonToken.START_OBJECT) {
            count(mapper.readValue(p, type), actor, counts);
          } else {
            while (p.nextToken() == JsonToken.START_OBJECT) {
              count(mapper.readValue(p, type), actor, counts);
            }
          }
        }
      }
    }
    System.out.println(counts[0] + " records bound, " + counts[1] + " stances held by " + actor);
  }

  private static void count(Object record, String actor, long[] counts) {
    counts[0]++;
    if (record instanceof Stance s && s.holders() != null && s.holders().contains(actor)) {
      counts[1]++;
    }
  }
}
