/**
 * A static web site of a policyset dataset: {@link org.policyset.site.Site#build} reads a dataset
 * and writes an overview, a timeline, a stance matrix, a principle map, a page per record and a
 * client-side search into one folder that opens from the file system.
 */
@NullMarked
package org.policyset.site;

import org.jspecify.annotations.NullMarked;
