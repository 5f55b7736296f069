package org.policyset.core.internal.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;
import org.policyset.core.model.CodedValue;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

/**
 * Binds the model's records and coded enums without Jackson 3.3's per-call reflection overhead.
 *
 * <p>Jackson 3.3 calls a property-based creator, and an enum's {@code @JsonCreator} factory, with
 * {@code MethodHandle.invokeWithArguments}, which builds a spreading adapter (and interns its method
 * types) on every call: 20–25% of the binding threads' samples on a million records. Here a record's
 * canonical constructor is called through a handle spread once, and a coded enum's JSON form is
 * looked up in a map of its constants. Anything else (a constructor that throws, arguments the
 * handle cannot convert, a value that is no constant's JSON form, a token that is not a string) is
 * done again the way Jackson does it, so errors and their messages do not change.
 */
final class RecordCreators extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final String MODEL = "org.policyset.core.model";

  RecordCreators() {
    super("policyset-record-creators");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addValueInstantiators(new ValueInstantiators.Base() {
      @Override
      public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
          BeanDescription.Supplier beanDesc, ValueInstantiator instantiator) {
        return spread(instantiator);
      }
    });
    context.addDeserializerModifier(new ValueDeserializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
          BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
        return coded(type.getRawClass(), deserializer);
      }
    });
  }

  private static ValueDeserializer<?> coded(Class<?> type, ValueDeserializer<?> deserializer) {
    if (!type.isEnum() || !CodedValue.class.isAssignableFrom(type)
        || !type.getPackageName().equals(MODEL)
        || !deserializer.getClass().getSimpleName().equals("FactoryBasedEnumDeserializer")) {
      return deserializer;
    }
    Map<String, Object> constants = new HashMap<>();
    for (Object constant : type.getEnumConstants()) {
      constants.putIfAbsent(((CodedValue) constant).value(), constant);
    }
    return new Coded(deserializer, constants);
  }

  /** A coded enum's deserializer that looks its JSON forms up before asking Jackson's. */
  private static final class Coded extends DelegatingDeserializer {
    private final Map<String, Object> constants;

    Coded(ValueDeserializer<?> delegate, Map<String, Object> constants) {
      super(delegate);
      this.constants = constants;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new Coded(delegate, constants);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        Object constant = constants.get(p.getString());
        if (constant != null) {
          return constant;
        }
      }
      return super.deserialize(p, ctxt);
    }
  }

  private static ValueInstantiator spread(ValueInstantiator instantiator) {
    if (instantiator.getClass() != StdValueInstantiator.class || !instantiator.canCreateFromObjectWith()
        || !(instantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator)) {
      return instantiator;
    }
    Class<?> type = creator.getDeclaringClass();
    if (!type.isRecord() || !type.getPackageName().equals(MODEL)) {
      return instantiator;
    }
    try {
      MethodHandle handle = MethodHandles.publicLookup().unreflectConstructor(creator.getAnnotated())
          .asSpreader(Object[].class, creator.getParameterCount())
          .asType(MethodType.methodType(Object.class, Object[].class));
      return new Spread((StdValueInstantiator) instantiator, handle);
    } catch (IllegalAccessException | RuntimeException e) {
      return instantiator;
    }
  }

  /** A record's instantiator that calls its constructor through a handle spread once. */
  private static final class Spread extends StdValueInstantiator {
    private static final long serialVersionUID = 1L;
    private final transient MethodHandle handle;

    Spread(StdValueInstantiator base, MethodHandle handle) {
      super(base);
      this.handle = handle;
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
      try {
        return (Object) handle.invokeExact(args);
      } catch (Error e) {
        throw e;
      } catch (Throwable e) {
        // Jackson's own call, which reports the problem as Jackson does.
        return super.createFromObjectWith(ctxt, args);
      }
    }
  }
}
