/**
 * The integrity layer of validation: {@link
 * org.policyset.core.validation.internal.integrity.IntegrityIndex} indexes ids, references, dates
 * and stance lifecycles as records stream past, in primitive structures whose memory grows with the
 * number of ids ({@code IdTable}, {@code RecordPlaces}, {@code StanceLifecycles}), then runs one
 * check class per family of rules over it:
 *
 * <table>
 *   <caption>Rules and the classes that check them</caption>
 *   <tr><th>rule</th><th>class</th></tr>
 *   <tr><td>PS301 duplicate-id</td><td>{@code DuplicateIds}</td></tr>
 *   <tr><td>PS302 dangling-reference</td><td>{@code DanglingReferences}</td></tr>
 *   <tr><td>PS303 reference-cycle</td><td>{@code ReferenceCycles}</td></tr>
 *   <tr><td>PS304 responds-to-later-event, PS305 until-before-date, PS306
 *       supersedes-later-stance</td><td>{@code DateOrder}</td></tr>
 *   <tr><td>PS307 conflicting-stances</td><td>{@code ConflictingStances}, with the days each
 *       stance is in effect from {@code InEffectDays} ({@link org.policyset.core.model.InEffect}'s
 *       rule on the packed lifecycles)</td></tr>
 *   <tr><td>PS308 unused-record</td><td>{@code UnusedRecords}</td></tr>
 *   <tr><td>PS312 scope-on-non-group, PS314 target-is-holder, PS315 scope-not-a-holder (schema
 *       version 2)</td><td>{@code StanceParties}</td></tr>
 * </table>
 *
 * <p>Internal: used by {@link org.policyset.core.validation.DatasetValidator} only.
 */
@NullMarked
package org.policyset.core.validation.internal.integrity;

import org.jspecify.annotations.NullMarked;
