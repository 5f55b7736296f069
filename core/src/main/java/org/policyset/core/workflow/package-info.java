/**
 * The workflows of policyset as one entry point, {@link org.policyset.core.workflow.Policyset}:
 * each takes a request (what to do, on which inputs, with which options) and returns a result
 * whose {@link org.policyset.core.workflow.Status} says how the data fared; the {@code policyset}
 * command is a thin adapter over these calls.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.workflow;

import org.jspecify.annotations.NullMarked;
