package org.policyset.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * networknt json-schema-validator set up as the conformance suite needs it: draft 2020-12, format
 * assertions on, schemas resolved from the classpath only, no remote fetching.
 */
final class NetworkntValidator {

  static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder
          .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
          .schemaLoader(loader -> loader
              .fetchRemoteResources(false)
              .schemaIdResolvers(ids -> ids.mapPrefix(Schemas.BASE_URI,
                  "classpath:" + Schemas.RESOURCE_FOLDER))));

  private NetworkntValidator() {}

  /** Returns the checked-in schema of {@code type}, loaded through its {@code $id}. */
  static Schema schema(String type) {
    return REGISTRY.getSchema(SchemaLocation.of(Schemas.id(type).toString()));
  }

  /** Validates JSON text against the checked-in schema of {@code type}. */
  static List<Error> validate(String type, String json) {
    return schema(type).validate(json, InputFormat.JSON);
  }
}
