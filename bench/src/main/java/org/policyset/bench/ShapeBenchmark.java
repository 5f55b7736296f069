package org.policyset.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.policyset.core.internal.json.Json;
import org.policyset.core.internal.json.LocatedTree;
import org.policyset.core.read.internal.shape.BeanValidation;
import org.policyset.core.read.internal.shape.ConstraintCheck;
import org.policyset.core.read.internal.shape.RecordBinder;
import org.policyset.core.io.InputFile;
import org.policyset.core.model.Stance;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * One stance (about 1.1 kB) through the shape layer: bound straight from bytes and pre-checked (the
 * fast path), or read as a located tree, walked, bound from the tree and checked (the reference
 * path); and the constraint pre-check against Hibernate Validator on a bound stance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ShapeBenchmark {

  private byte[] bytes;
  private String text;
  private Stance stance;
  private ObjectReader reader;
  private JsonMapper mapper;
  private RecordBinder binder;
  private jakarta.validation.Validator validator;

  @Setup
  public void setup() throws Exception {
    InputFile file = Data.file("jsonl");
    String line = java.nio.file.Files.readAllLines(file.path()).stream()
        .filter(l -> l.startsWith("{\"$type\":\"stance\"")).skip(100).findFirst().orElseThrow();
    text = "{" + line.substring(line.indexOf(',') + 1);
    bytes = text.getBytes(StandardCharsets.UTF_8);
    mapper = Json.mapper();
    reader = mapper.readerFor(Stance.class).with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    stance = reader.readValue(bytes);
    binder = new RecordBinder(mapper, BeanValidation::validator);
    validator = BeanValidation.validator();
  }

  @Benchmark
  public Object fastBind() throws Exception {
    try (JsonParser p = reader.createParser(bytes, 0, bytes.length)) {
      Stance s = reader.readValue(p);
      return ConstraintCheck.passes(s) ? s : null;
    }
  }

  @Benchmark
  public Object referenceBind() throws Exception {
    try (JsonParser p = mapper.createParser(text)) {
      p.nextToken();
      LocatedTree tree = LocatedTree.read(p, "f", 0, "", f -> { }, Integer.MAX_VALUE);
      return binder.bind(tree, Stance.class, "", "stance:x", f -> { }).value();
    }
  }

  @Benchmark
  public boolean constraintPreCheck() {
    return ConstraintCheck.passes(stance);
  }

  @Benchmark
  public int hibernateValidator() {
    return validator.validate(stance).size();
  }
}
