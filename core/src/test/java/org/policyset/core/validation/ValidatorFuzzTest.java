package org.policyset.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.policyset.core.FindingInvariants;
import org.policyset.core.Reliability;
import org.policyset.core.TestDatasets;
import org.policyset.core.model.RecordType;
import org.policyset.core.write.CanonicalJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The validator on structured random datasets: a valid generated dataset, split over files (.json
 * documents and JSON Lines) and broken by fuzzer-chosen edits — references to missing records,
 * duplicate ids, bad dates, wrong types, unknown keys, removed fields, cycles. Nothing throws; every
 * finding lies inside its file; two runs agree; and a dataset left unbroken is valid.
 */
class ValidatorFuzzTest {
  private static final Reliability LOG = new Reliability(ValidatorFuzzTest.class);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final AtomicInteger RUNS = new AtomicInteger();
  private static final String[] REFERENCE_FIELDS = {"holders", "topic", "respondsTo", "principles",
      "supersedes", "parent", "memberOf", "topics", "actor", "source", "principle"};

  @FuzzTest(maxDuration = "60s")
  void validatorHoldsItsInvariants(FuzzedDataProvider data) throws IOException {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(
        CanonicalJson.document(TestDatasets.random(data.consumeLong(), data.consumeInt(1, 6))));
    int edits = data.consumeInt(0, 6);
    for (int i = 0; i < edits; i++) {
      edit(doc, data);
    }
    Path dir = Files.createTempDirectory("validator-fuzz");
    try {
      Map<String, int[]> files = write(doc, dir, data);
      ValidationReport first = DatasetValidator.create().validate(List.of(dir));
      ValidationReport again = DatasetValidator.create().validate(List.of(dir));
      FindingInvariants.assertInside(first.findings(), files);
      assertThat(again.findings()).isEqualTo(first.findings());
      if (edits == 0) {
        assertThat(first.errors()).as("an unbroken dataset is valid: %s", first.findings()).isZero();
      }
    } finally {
      try (var s = Files.walk(dir)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    LOG.record("Fuzzing (regression inputs): validator on structured random datasets",
        "input " + RUNS.incrementAndGet(),
        "no exception; locations inside the files; deterministic; unbroken datasets valid");
  }

  /** Breaks the dataset in one fuzzer-chosen way. */
  private static void edit(ObjectNode doc, FuzzedDataProvider data) {
    List<ObjectNode> records = new ArrayList<>();
    for (RecordType t : RecordType.values()) {
      JsonNode section = doc.get(t.section());
      if (section != null) {
        section.forEach(r -> records.add((ObjectNode) r));
      }
    }
    if (records.isEmpty()) {
      return;
    }
    ObjectNode r = data.pickValue(records);
    List<String> keys = new ArrayList<>(r.propertyNames());
    switch (data.consumeInt(0, 9)) {
      case 0 -> r.put(data.pickValue(REFERENCE_FIELDS), data.pickValue(new String[] {"missing", "actor-0",
          "topic-1", "src-0", "stance-0", "Not A Slug", ""}));
      case 1 -> {
        ArrayNode refs = r.putArray(data.pickValue(new String[] {"holders", "memberOf", "principles",
            "supersedes", "topics"}));
        refs.add(data.pickValue(new String[] {"missing", "actor-0", "stance-0", "topic-0"}));
      }
      case 2 -> r.put("id", data.pickValue(new String[] {"actor-0", "topic-0", "src-0", "stance-0",
          "event-0", "principle-0", "x", "UPPER"}));
      case 3 -> r.put(data.pickValue(new String[] {"date", "published", "until"}),
          data.pickValue(new String[] {"2023-02-29", "2024-13", "0000", "1999", "2100-01-01", "soon"}));
      case 4 -> {
        if (!keys.isEmpty()) {
          r.remove(data.pickValue(keys));
        }
      }
      case 5 -> {
        if (!keys.isEmpty()) {
          r.put(data.pickValue(keys), data.consumeInt());
        }
      }
      case 6 -> r.put(data.consumeString(12), data.consumeString(20));
      case 7 -> {
        if (r.has("parent") || r.has("id") && r.get("id").asString().startsWith("topic-")) {
          r.put("parent", r.path("id").asString());
        } else {
          r.putArray("supersedes").add(r.path("id").asString());
        }
      }
      case 8 -> r.set(data.pickValue(new String[] {"sources", "holders", "name", "statement"}),
          NODES.nullNode());
      default -> {
        ArrayNode section = (ArrayNode) doc.get(data.pickValue(RecordType.values()).section());
        if (section != null) {
          section.add(r.deepCopy());
        }
      }
    }
  }

  /** Writes the dataset as one document, one document per section, or JSON Lines. */
  private static Map<String, int[]> write(ObjectNode doc, Path dir, FuzzedDataProvider data)
      throws IOException {
    Map<String, String> texts = new HashMap<>();
    switch (data.consumeInt(0, 2)) {
      case 0 -> texts.put("all.json", MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
      case 1 -> doc.properties().forEach(e -> {
        ObjectNode part = NODES.objectNode();
        part.set(e.getKey(), e.getValue());
        texts.put(e.getKey() + ".json", MAPPER.writeValueAsString(part));
      });
      default -> {
        StringBuilder sb = new StringBuilder();
        doc.properties().forEach(e -> {
          RecordType t = RecordType.forSection(e.getKey());
          if (t == null) {
            ObjectNode m = ((ObjectNode) e.getValue()).deepCopy();
            ObjectNode line = NODES.objectNode().put("$type", "manifest");
            line.setAll(m);
            sb.append(MAPPER.writeValueAsString(line)).append('\n');
            return;
          }
          for (JsonNode r : e.getValue()) {
            ObjectNode line = NODES.objectNode().put("$type", t.singular());
            line.setAll((ObjectNode) r);
            sb.append(MAPPER.writeValueAsString(line)).append('\n');
          }
        });
        texts.put("all.jsonl", sb.toString());
      }
    }
    Map<String, int[]> files = new HashMap<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
      Path f = dir.resolve(e.getKey());
      Files.write(f, bytes);
      files.put(f.toString(), FindingInvariants.lineLengths(bytes));
    }
    files.put(dir.toString(), new int[0]);
    return files;
  }

  @AfterAll
  static void write() {
    LOG.write();
  }
}
