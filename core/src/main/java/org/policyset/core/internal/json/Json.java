package org.policyset.core.internal.json;

import org.policyset.core.io.ReadLimits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson configuration every policyset reader and writer shares. */
public final class Json {
  private Json() {}

  /** Built once, on first use, by whichever thread comes first; the others wait for it. */
  private static final class Default {
    static final JsonMapper MAPPER = mapper(ReadLimits.DEFAULTS);
  }

  /** Returns the strict mapper with the default read limits. */
  public static JsonMapper mapper() {
    JacksonAnnotations.check();
    return Default.MAPPER;
  }

  /**
   * Returns a strict mapper: unknown properties, duplicate keys in trees, trailing tokens and scalar
   * coercions all fail; the stream limits come from {@code limits}.
   */
  public static JsonMapper mapper(ReadLimits limits) {
    JacksonAnnotations.check();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(limits.maxFileBytes())
            .build())
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // The reader makes a parser a record on a few platform threads: a buffer pool a thread
        // is cheaper than the shared deque, which allocates a node on every release.
        .recyclerPool(JsonRecyclerPools.threadLocalPool())
        .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .addModule(new RecordCreators())
        .withCoercionConfigDefaults(cfg -> cfg
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .build();
  }
}
