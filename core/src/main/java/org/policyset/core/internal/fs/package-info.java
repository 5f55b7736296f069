/**
 * Internal (may change without notice): file-system safety shared across core — what a path is,
 * archived texts read without following links, atomic writes with locked temporary files, staging
 * folders switched in whole and recovered after a crash, output locks, file versions.
 */
@NullMarked
package org.policyset.core.internal.fs;

import org.jspecify.annotations.NullMarked;
