/**
 * The formats of validation reports — text, JSON, SARIF 2.1.0, GitHub workflow commands, JUnit XML
 * — chosen through {@link org.policyset.core.report.ReportWriter}; the report of {@code format};
 * the rule catalogue as Markdown.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.report;

import org.jspecify.annotations.NullMarked;
