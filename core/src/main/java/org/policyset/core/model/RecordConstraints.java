package org.policyset.core.model;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a record built in code against the Bean Validation constraints of its fields, with a
 * validator of its own made on first use: Hibernate Validator without Expression Language
 * ({@link ParameterMessageInterpolator}), its start-up line kept out of the logs.
 */
final class RecordConstraints {
  private RecordConstraints() {}

  private static final class Holder {
    /** Held so that the level set on it is not lost to garbage collection. */
    static final java.util.logging.Logger VERSION_LOG = quiet();

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
  static Validator validator() {
    return Holder.FACTORY.getValidator();
  }

  /**
   * Returns {@code record} if it breaks no constraint.
   *
   * @throws InvalidRecordException naming every constraint it breaks
   */
  static <T> T check(T record) {
    List<String> problems = new java.util.ArrayList<>(validator().validate(record).stream()
        .map(RecordConstraints::describe).toList());
    problems.addAll(SchemaVersions.problems(record, SchemaVersions.formOf(record)));
    problems.sort(null);
    if (!problems.isEmpty()) {
      String type = record instanceof PolicyRecord r ? r.recordType().singular() : "manifest";
      throw new InvalidRecordException(type, problems);
    }
    return record;
  }

  private static String describe(ConstraintViolation<?> v) {
    return v.getPropertyPath() + ": " + v.getMessage();
  }
}
