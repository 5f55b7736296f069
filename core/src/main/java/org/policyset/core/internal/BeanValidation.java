package org.policyset.core.internal;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The shared Bean Validation validator, created on first use without Expression Language. */
public final class BeanValidation {
  private BeanValidation() {}

  private static final class Holder {
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  /** Returns the validator. */
  public static Validator validator() {
    return Holder.FACTORY.getValidator();
  }
}
