/**
 * policyset core: validated domain types for structured policy data, a reader that keeps source
 * locations, a layered validator, and (in later packages) merge and query.
 *
 * <p>Only the API packages are exported; everything under {@code org.policyset.core.internal} may
 * change without notice.
 */
module org.policyset.core {
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
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
