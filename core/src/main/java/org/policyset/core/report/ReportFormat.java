package org.policyset.core.report;

import java.util.Locale;

/**
 * The formats a validation report can be written in.
 *
 * @since 0.1.0
 */
public enum ReportFormat {
  /** Human-readable text grouped by file, optionally coloured ({@link TextReport}). */
  TEXT,
  /** A versioned JSON document ({@link JsonReport}, shape version {@link JsonReport#FORMAT_VERSION}). */
  JSON,
  /** A SARIF 2.1.0 log for code-scanning tools ({@link SarifReport}). */
  SARIF,
  /** GitHub Actions workflow commands that annotate pull requests ({@link GithubReport}). */
  GITHUB,
  /** JUnit XML, one test case per finding, for CI systems that read test reports ({@link JunitReport}). */
  JUNIT;

  /**
   * Returns the name used on the command line, such as {@code sarif}.
   *
   * @return the lowercase name
   * @since 0.1.0
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns whether the format is meant for people or CI logs rather than for another program, so
   * that a summary line may be printed alongside it.
   *
   * @return true for {@link #TEXT} and {@link #GITHUB}
   * @since 0.1.0
   */
  public boolean isLog() {
    return this == TEXT || this == GITHUB;
  }
}
