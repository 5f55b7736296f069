/**
 * The curated policyset dataset, on the classpath.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.dataset;

import org.jspecify.annotations.NullMarked;
