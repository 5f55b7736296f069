/**
 * policyset testkit: tooling for testing and benchmarking code that reads policyset datasets — a
 * generator of realistic synthetic datasets of any size, the same bytes for a seed, optionally
 * with known injected errors.
 */
module org.policyset.testkit {
  requires transitive org.policyset.core;

  exports org.policyset.testkit;
}
