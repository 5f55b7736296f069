package org.policyset.core.read.internal.shape;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The shared Bean Validation validator, created on first use without Expression Language. */
public final class BeanValidation {
  private BeanValidation() {}

  private static final class Holder {
    /** Held so that the logging level set on it is not lost to garbage collection. */
    static final java.util.logging.Logger LOG = quiet();

    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  /** Hibernate Validator names its version (HV000001) at INFO on start-up: a library keeps quiet. */
  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger(
        "org.hibernate.validator.internal.util.Version");
    log.setLevel(java.util.logging.Level.WARNING);
    return log;
  }

  /** Returns the validator. */
  public static Validator validator() {
    return Holder.FACTORY.getValidator();
  }
}
