/**
 * What validation reports: a {@link org.policyset.core.diagnostic.Finding} names a {@link
 * org.policyset.core.diagnostic.Rule} of the catalogue (stable code, name, layer, severity,
 * documentation), a {@link org.policyset.core.diagnostic.Location} and a record; {@link
 * org.policyset.core.diagnostic.RuleSelector} turns codes, names and layers into rules; {@link
 * org.policyset.core.diagnostic.TerminalText} makes values safe to print.
 *
 * @since 0.1.0
 */
@NullMarked
package org.policyset.core.diagnostic;

import org.jspecify.annotations.NullMarked;
