/**
 * policyset core: validated domain records for structured policy data, a reader that keeps the
 * file, line and column of every value, the layered validator and its reports, and the operations
 * on datasets: canonical writing, merge, diff, query, statistics and table export, with {@link
 * org.policyset.core.workflow.Policyset} running each as a request and a result.
 *
 * <p>Only the API packages are exported; every {@code ...internal...} package may change without
 * notice.
 *
 * @since 0.1.0
 */
module org.policyset.core {
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  // Hibernate Validator 8 is an automatic module, which names no dependencies: required here so
  // that its classmate is resolved on the module path too (Hibernate Validator 9 requires it).
  requires com.fasterxml.classmate;
  requires java.logging;
  // The JSpecify nullness annotations on the API: needed to compile against it (and read by Kotlin,
  // IDEs and checkers), never at run time, where missing annotation classes are ignored.
  requires static transitive org.jspecify;

  exports org.policyset.core.model;
  exports org.policyset.core.diagnostic;
  exports org.policyset.core.io;
  exports org.policyset.core.read;
  exports org.policyset.core.validation;
  exports org.policyset.core.report;
  exports org.policyset.core.write;
  exports org.policyset.core.merge;
  exports org.policyset.core.diff;
  exports org.policyset.core.query;
  exports org.policyset.core.stats;
  exports org.policyset.core.export;
  exports org.policyset.core.workflow;

  opens org.policyset.core.model to tools.jackson.databind, org.hibernate.validator;
}
