/**
 * Internal to {@code read}: the shape layer — a walk that reports every unknown property, wrong
 * type, bad value and bad date of a record at once, binding from located trees, and a constraint
 * pre-check that spares Hibernate Validator the records that pass.
 */
@NullMarked
package org.policyset.core.read.internal.shape;

import org.jspecify.annotations.NullMarked;
