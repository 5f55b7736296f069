/**
 * Internal to {@code read}: the reference reader, which reads every value with its line and column
 * and reports syntax, limit and shape findings exactly; the fast reader hands it records (and
 * whole files) it must not decide itself.
 */
@NullMarked
package org.policyset.core.read.internal.reference;

import org.jspecify.annotations.NullMarked;
