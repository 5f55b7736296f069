/**
 * How the site is drawn: the pages' view models, the SVG of the charts, the search index and the
 * text cleaning every string goes through. Implementation: may change at any time.
 */
@NullMarked
package org.policyset.site.internal;

import org.jspecify.annotations.NullMarked;
