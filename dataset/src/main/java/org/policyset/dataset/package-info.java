/**
 * The curated policyset dataset, on the classpath.
 *
 * @since 0.1.0
 */
package org.policyset.dataset;
