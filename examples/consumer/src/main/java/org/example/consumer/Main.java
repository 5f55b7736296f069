package org.example.consumer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.policyset.core.diagnostic.Finding;
import org.policyset.core.diagnostic.Rule;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.SourceTextProvider;
import org.policyset.core.model.Actor;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.PolicyRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.model.Stance;
import org.policyset.core.query.Query;
import org.policyset.core.query.QueryResult;
import org.policyset.core.read.DatasetReader;
import org.policyset.core.validation.DatasetValidator;
import org.policyset.core.validation.ValidationReport;
import org.policyset.core.write.DatasetWriter;
import org.policyset.dataset.BundledDataset;
import org.policyset.schema.SchemaGenerator;
import org.policyset.schema.Schemas;
import tools.jackson.databind.JsonNode;

/**
 * Uses policyset as a library does: loads the bundled dataset, reads a schema, validates a dataset
 * made in memory, runs a query and writes a dataset, checking every result. Exits 1 (listing each
 * difference) if any check fails, 0 otherwise.
 *
 * <p>Arguments: {@code classpath} or {@code module} (how it is expected to run; checked), or
 * {@code old-jackson-annotations} (a Jackson 2 BOM manages jackson-annotations without
 * policyset-bom first: the first read must fail with policyset's explanation).
 */
public final class Main {

  private final List<String> failures = new ArrayList<>();

  public static void main(String[] args) throws IOException {
    String mode = args.length == 1 ? args[0] : "";
    Main main = new Main();
    switch (mode) {
      case "classpath", "module" -> main.run(mode);
      case "old-jackson-annotations" -> main.oldJacksonAnnotations();
      default -> {
        System.err.println("usage: Main classpath|module|old-jackson-annotations");
        System.exit(2);
      }
    }
    if (!main.failures.isEmpty()) {
      main.failures.forEach(f -> System.err.println("consumer: FAILED " + f));
      System.exit(1);
    }
    System.out.println("consumer: every check passed (" + mode + ")");
  }

  private void run(String mode) throws IOException {
    checkHowItRuns(mode);
    checkDependencies();
    Dataset bundled = loadBundled();
    readSchemas();
    jackson2();
    validateInMemory(bundled);
    validateShape();
    query(bundled);
    write(bundled);
  }

  /** The consumer runs the way it was started, and policyset's jars carry their module names. */
  private void checkHowItRuns(String mode) {
    boolean named = Main.class.getModule().isNamed();
    check(named == mode.equals("module"), "expected to run " + (mode.equals("module")
        ? "as module org.example.consumer" : "on the class path") + ", but the consumer's module is "
        + Main.class.getModule());
    if (named) {
      check(Main.class.getModule().getName().equals("org.example.consumer"), "module name");
      check(Dataset.class.getModule().getName().equals("org.policyset.core"),
          "policyset-core's module is " + Dataset.class.getModule());
      check(BundledDataset.class.getModule().getName().equals("org.policyset.dataset"),
          "policyset-dataset's module is " + BundledDataset.class.getModule());
      check(Schemas.class.getModule().getName().equals("org.policyset.schema"),
          "policyset-schema's module is " + Schemas.class.getModule());
    }
    System.out.println("consumer: running " + (named ? "as " + Main.class.getModule() : "on the class path")
        + " with jackson-annotations " + version("com.fasterxml.jackson.annotation.JsonProperty")
        + ", Hibernate Validator " + version("org.hibernate.validator.HibernateValidator")
        + ", Jakarta Validation " + version("jakarta.validation.Validation"));
  }

  /** What policyset brings: no build-time generator, one Jackson 3 version. */
  private void checkDependencies() {
    check(!present("com.github.victools.jsonschema.generator.SchemaGenerator"),
        "victools came with policyset-schema (it must stay optional)");
    check(!present("org.slf4j.Logger"), "SLF4J came with policyset");
    check(tools.jackson.core.json.PackageVersion.VERSION.toString().equals(
            tools.jackson.databind.cfg.PackageVersion.VERSION.toString()),
        "jackson-core " + tools.jackson.core.json.PackageVersion.VERSION + " differs from jackson-databind "
            + tools.jackson.databind.cfg.PackageVersion.VERSION);
  }

  private Dataset loadBundled() {
    Dataset data = BundledDataset.load();
    check(data.manifest() != null && "CC-BY-4.0".equals(data.manifest().license()),
        "the bundled dataset's manifest says CC-BY-4.0: " + data.manifest());
    check(!data.stances().isEmpty() && !data.sources().isEmpty(), "the bundled dataset has stances and sources");
    check(data.find(Actor.class, "cn").isPresent(), "the bundled dataset has the actor cn");
    System.out.println("consumer: bundled dataset " + data.counts());
    return data;
  }

  private void readSchemas() {
    JsonNode stance = Schemas.load("stance");
    check(Schemas.id("stance").toString().equals(stance.get("$id").asString()),
        "the stance schema's $id is " + stance.get("$id"));
    check(Schemas.text("dataset").contains("\"$defs\""), "the dataset schema has $defs");
    try {
      SchemaGenerator.create();
      failures.add("SchemaGenerator.create() ran without victools");
    } catch (IllegalStateException expected) {
      check(expected.getMessage().contains("optional dependency of policyset-schema"),
          "SchemaGenerator.create() says victools is optional: " + expected.getMessage());
    }
  }

  /**
   * The project's own Jackson 2 databind, where it has one (the jackson2-bom variant), still works
   * beside policyset's Jackson 3 with the jackson-annotations that policyset needs. Called through
   * reflection, so that the other variants compile without it.
   */
  private void jackson2() {
    if (!present("com.fasterxml.jackson.databind.ObjectMapper")) {
      return;
    }
    try {
      Class<?> mapperType = Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
      Object mapper = mapperType.getConstructor().newInstance();
      Object json = mapperType.getMethod("writeValueAsString", Object.class)
          .invoke(mapper, new Jackson2Bean("cn", 3));
      Object back = mapperType.getMethod("readValue", String.class, Class.class)
          .invoke(mapper, json, Jackson2Bean.class);
      check("{\"actor\":\"cn\",\"stances\":3}".equals(json) && new Jackson2Bean("cn", 3).equals(back),
          "Jackson 2 databind wrote " + json + " and read back " + back);
      System.out.println("consumer: Jackson 2 databind " + version("com.fasterxml.jackson.databind.ObjectMapper")
          + " beside policyset: " + json);
    } catch (ReflectiveOperationException e) {
      failures.add("Jackson 2 databind failed: " + e.getCause());
    }
  }

  /** A value Jackson 2 writes and reads with annotations. */
  public record Jackson2Bean(
      @com.fasterxml.jackson.annotation.JsonProperty("actor") String actor,
      @com.fasterxml.jackson.annotation.JsonProperty("stances") int stances) {}

  /**
   * A dataset made in memory (the bundled one and a stance about a topic that does not exist) is
   * validated in memory through every layer: exactly that reference is an error, with its line
   * and JSON pointer in the JSON the dataset is checked as.
   */
  private void validateInMemory(Dataset bundled) throws IOException {
    Stance model = bundled.stances().get(0);
    // The bundled dataset is in schema version 2: copy the stance whole, changing its id and topic.
    Stance dangling = model.toBuilder().id("consumer-dangling").topic("no-such-topic").build();
    List<PolicyRecord> records = new ArrayList<>(bundled.records().toList());
    records.add(dangling);
    Dataset broken = Dataset.of(bundled.manifest(), records);

    // In memory: the archived texts come from the classpath, where policyset-dataset keeps them.
    ValidationReport report = DatasetValidator.create().validate(broken,
        SourceTextProvider.classpath(BundledDataset.class.getClassLoader(), BundledDataset.RESOURCE_ROOT));

    List<Finding> errors = report.findings().stream()
        .filter(f -> f.severity() == org.policyset.core.diagnostic.Severity.ERROR).toList();
    check(errors.size() == 1, "one error in the in-memory dataset, found " + errors);
    if (errors.size() == 1) {
      Finding f = errors.get(0);
      check(f.rule() == Rule.DANGLING_REFERENCE, "the error is a dangling reference: " + f);
      check("stance:consumer-dangling".equals(f.record()), "the error names the stance: " + f);
      check(f.location().file().equals("dataset.json") && f.location().line() > 1
              && f.pointer().startsWith("/stances/"),
          "the error has its file and line: " + f.location());
      System.out.println("consumer: in-memory dataset validated: " + f.location() + " " + f.rule().code()
          + " " + f.message());
    }
    check(report.findings().stream().filter(f -> f.severity() != org.policyset.core.diagnostic.Severity.ERROR)
            .allMatch(Main::acceptedByTheBundledDataset),
        "no warnings in the in-memory dataset but the one it accepts: " + report.findings());
  }

  /**
   * The bundled dataset keeps one record PS308 finds unreferenced (its .policyset-suppressions.json
   * accepts it, with its reason: the principle nothing refers to; the actor us, named only as a
   * stance's target, counts as used since PS308 counts targets): a library caller that applies no
   * suppressions sees this PS308 warning and no other.
   */
  private static boolean acceptedByTheBundledDataset(Finding f) {
    return f.rule() == Rule.UNUSED_RECORD
        && "principle:concerted-efforts-not-donor-recipient".equals(f.record());
  }

  /**
   * Bean Validation (Hibernate Validator, whichever version the project manages) checks the shape
   * of records: a bad id and a padded name are each reported at their JSON pointer.
   */
  private void validateShape() throws IOException {
    byte[] json = ("{\"actors\": [{\"id\": \"Bad Id\", \"name\": \" China\", "
        + "\"kind\": \"state\"}]}\n").getBytes(StandardCharsets.UTF_8);
    ValidationReport report = DatasetValidator.create()
        .selecting(java.util.Set.of(Rule.INVALID_ID, Rule.INVALID_VALUE))
        .validate("shape.json", json, InputFormat.JSON, SourceTextProvider.none());
    List<String> found = report.findings().stream()
        .map(f -> f.rule().code() + " " + f.pointer() + " " + f.location().line()).sorted().toList();
    check(found.equals(List.of("PS206 /actors/0/id 1", "PS209 /actors/0/name 1")),
        "shape findings of a bad id and a padded name: " + report.findings());
    System.out.println("consumer: shape findings " + found);
  }

  /** A query's answer agrees with the same question asked of the records directly. */
  private void query(Dataset data) {
    QueryResult result = Query.of(RecordType.STANCE).actor("cn").run(data);
    long expected = data.stances().stream().filter(s -> s.holders().contains("cn")).count();
    check(expected > 0, "the bundled dataset has stances held by cn");
    check(result.total() == expected, "the query found " + result.total() + " stances of cn, expected "
        + expected);
    check(result.matches().stream().allMatch(m -> m.record(Stance.class).holders().contains("cn")),
        "every match is held by cn");
    System.out.println("consumer: query --type stance --actor cn: " + result.total() + " matches");
  }

  /** The bundled dataset written to a folder reads back as the same records, with no finding. */
  private void write(Dataset data) throws IOException {
    Path folder = Files.createTempDirectory("policyset-consumer-write");
    try {
      Path target = folder.resolve("copy");
      ValidationReport report = DatasetWriter.write(data, sourceTexts(), target, false);
      check(report.isValid() && report.findings().stream().allMatch(Main::acceptedByTheBundledDataset),
          "the written dataset is valid: "
          + report.findings());
      check(Files.isRegularFile(target.resolve("manifest.json")), "manifest.json was written");
      DatasetReader.Result back = DatasetReader.create().load(List.of(target));
      check(back.findings().isEmpty(), "the written dataset reads back cleanly: " + back.findings());
      check(back.dataset().equals(data), "the written dataset reads back as the same records");
      System.out.println("consumer: wrote and read back " + back.dataset().size() + " records");
    } finally {
      deleteTree(folder);
    }
  }

  /** Under an old jackson-annotations, the first read fails with policyset's explanation. */
  private void oldJacksonAnnotations() {
    check(!present("com.fasterxml.jackson.annotation.JsonSerializeAs"),
        "expected a jackson-annotations without JsonSerializeAs, found "
            + version("com.fasterxml.jackson.annotation.JsonProperty"));
    try {
      BundledDataset.load();
      failures.add("BundledDataset.load() worked with jackson-annotations "
          + version("com.fasterxml.jackson.annotation.JsonProperty"));
    } catch (IllegalStateException e) {
      String m = String.valueOf(e.getMessage());
      check(m.contains("jackson-annotations 2.21 or later")
              && m.contains(version("com.fasterxml.jackson.annotation.JsonProperty"))
              && m.contains("policyset-bom"),
          "the error names the version found, the version needed and the fixes: " + m);
      System.out.println("consumer: as expected, " + m);
    } catch (LinkageError e) {
      failures.add("a bare " + e);
    }
  }

  private static Map<String, byte[]> sourceTexts() {
    DatasetReader.Result result = DatasetReader.create().load(List.of(BundledDataset.path()));
    List<Finding> problems = new ArrayList<>();
    Map<String, byte[]> texts = result.readSourceTexts(problems::add);
    if (!problems.isEmpty() || texts.isEmpty()) {
      throw new IllegalStateException("the bundled source texts do not read: " + problems);
    }
    return texts;
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private void check(boolean ok, String what) {
    if (!ok) {
      failures.add(what);
    }
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, Main.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static String version(String className) {
    try {
      Class<?> c = Class.forName(className, false, Main.class.getClassLoader());
      String v = c.getPackage().getImplementationVersion();
      if (v == null && c.getModule().getDescriptor() != null) {
        v = c.getModule().getDescriptor().rawVersion().orElse(null);
      }
      return v != null ? v : "(version not recorded)";
    } catch (ClassNotFoundException e) {
      return "(absent)";
    }
  }
}
