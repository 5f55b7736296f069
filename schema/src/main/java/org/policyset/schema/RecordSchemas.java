package org.policyset.schema;

import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.naming.SchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.util.Locale;
import org.policyset.core.model.Dataset;
import org.policyset.core.model.EdtfDate;
import org.policyset.core.model.EdtfInterval;
import org.policyset.core.model.InSchema;
import org.policyset.core.model.PartialDate;
import tools.jackson.databind.node.ObjectNode;

/**
 * The raw schema of a record type as victools makes it from the Jackson and Bean Validation
 * annotations; {@link SchemaGenerator} puts it in canonical form. The only class that uses victools,
 * so that {@link SchemaGenerator} loads (and says what is missing) without it.
 */
final class RecordSchemas {

  private final com.github.victools.jsonschema.generator.SchemaGenerator victools;

  /** Makes the schemas of schema version {@code version}: its fields only, its required ones required. */
  RecordSchemas(int version) {
    this.victools = new com.github.victools.jsonschema.generator.SchemaGenerator(config(version));
  }

  /** Returns the schema victools generates for {@code javaType}. */
  ObjectNode generate(Class<?> javaType) {
    return victools.generateSchema(javaType);
  }

  private static com.github.victools.jsonschema.generator.SchemaGeneratorConfig config(int version) {
    SchemaGeneratorConfigBuilder builder =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonSchemaModule(
                JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
            .with(new JakartaValidationModule(
                JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                Option.DEFINITIONS_FOR_ALL_OBJECTS,
                Option.NULLABLE_FIELDS_BY_DEFAULT,
                Option.PLAIN_DEFINITION_KEYS);
    builder.forTypesInGeneral()
        .withPropertySorter(RecordSchemas::compareByComponentOrder)
        .withDefinitionNamingStrategy(new DefinitionNames())
        .withTitleResolver(scope -> {
          Class<?> erased = scope.getType().getErasedType();
          return erased.isRecord() || erased.isEnum() ? erased.getSimpleName() : null;
        })
        .withCustomDefinitionProvider((javaType, context) -> {
          Class<?> erased = javaType.getErasedType();
          ObjectNode custom = erased == PartialDate.class ? SchemaGenerator.partialDate()
              : erased == EdtfDate.class ? SchemaGenerator.edtfDate()
              : erased == EdtfInterval.class ? SchemaGenerator.edtfInterval()
              : null;
          return custom == null ? null : new CustomDefinition(custom,
              CustomDefinition.DefinitionType.STANDARD, CustomDefinition.INCLUDING_ATTRIBUTES);
        });
    // A field of another schema version is not in this one's schema; a field its version requires is required.
    builder.forFields().withIgnoreCheck(field -> {
      InSchema in = field.getAnnotationConsideringFieldAndGetter(InSchema.class);
      return in != null && (version < in.since() || version > in.until());
    });
    builder.forFields().withRequiredCheck(field -> {
      InSchema in = field.getAnnotationConsideringFieldAndGetter(InSchema.class);
      return in != null && java.util.Arrays.stream(in.required()).anyMatch(r -> r == version);
    });
    // A dataset document's sections are never null: the reader rejects "actors": null.
    // Nor is a field its version requires (it is @NotNull in no version).
    builder.forFields().withNullableCheck(field -> {
      if (field.getDeclaringType().getErasedType() == Dataset.class) {
        return Boolean.FALSE;
      }
      InSchema in = field.getAnnotationConsideringFieldAndGetter(InSchema.class);
      if (in != null && java.util.Arrays.stream(in.required()).anyMatch(r -> r == version)) {
        return Boolean.FALSE;
      }
      // An optional object (a source's translatedFrom) is left out when absent, never null: an
      // "anyOf [null, object]" would make a validator report the object itself besides the fault.
      Class<?> type = field.getType().getErasedType();
      return type.isRecord() && type.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonClassDescription.class)
          ? Boolean.FALSE : null;
    });
    return builder.build();
  }

  private static int compareByComponentOrder(MemberScope<?, ?> a, MemberScope<?, ?> b) {
    Class<?> owner = a.getDeclaringType().getErasedType();
    if (owner != b.getDeclaringType().getErasedType() || !owner.isRecord()) {
      return a.getSchemaPropertyName().compareTo(b.getSchemaPropertyName());
    }
    return Integer.compare(componentIndex(owner, a.getDeclaredName()),
        componentIndex(owner, b.getDeclaredName()));
  }

  private static int componentIndex(Class<?> record, String name) {
    java.lang.reflect.RecordComponent[] components = record.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(name)) {
        return i;
      }
    }
    return components.length;
  }

  /** Names definitions after their Java type in lower camel case: {@code partialDate}. */
  private static final class DefinitionNames implements SchemaDefinitionNamingStrategy {
    @Override
    public String getDefinitionNameForKey(DefinitionKey key, SchemaGenerationContext context) {
      String name = key.getType().getErasedType().getSimpleName();
      return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    @Override
    public String adjustNullableName(DefinitionKey key, String definitionName,
        SchemaGenerationContext context) {
      return definitionName + "OrNull";
    }
  }
}
