package org.policyset.core.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which schema versions have a record's field, and in which it is required.
 *
 * <p>A field without this annotation exists in every version, required where its
 * {@code @JsonProperty} says so. A field outside a document's version is an unknown property there
 * (PS203), exactly as if the type did not define it: a version 1 document keeps validating as it
 * did before version 2 existed. See {@code docs/model.md}.
 *
 * @since 0.7.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface InSchema {

  /** {@return the first schema version that has the field} */
  int since() default 1;

  /** {@return the last schema version that has the field} */
  int until() default Integer.MAX_VALUE;

  /** {@return the versions in which the field is required (a field required in all has {@code @JsonProperty(required = true)} instead)} */
  int[] required() default {};
}
