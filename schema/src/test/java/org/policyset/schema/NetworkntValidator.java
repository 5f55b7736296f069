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
              .schemaIdResolvers(ids -> ids.mapPrefix("https://policyset.org/schema/",
                  "classpath:org/policyset/schema/"))));

  private NetworkntValidator() {}

  /** Returns the checked-in schema of {@code type}, loaded through its {@code $id}. */
  static Schema schema(String type) {
    return schema(Schemas.VERSION, type);
  }

  /** Returns the checked-in schema of {@code type} of {@code version}, loaded through its {@code $id}. */
  static Schema schema(String version, String type) {
    return REGISTRY.getSchema(SchemaLocation.of(Schemas.id(version, type).toString()));
  }

  /** Validates JSON text against the checked-in schema of {@code type}. */
  static List<Error> validate(String type, String json) {
    return validate(Schemas.VERSION, type, json);
  }

  /** Validates JSON text against the checked-in schema of {@code type} of {@code version}. */
  static List<Error> validate(String version, String type, String json) {
    return schema(version, type).validate(json, InputFormat.JSON);
  }
}
