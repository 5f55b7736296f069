/**
 * The policyset Maven plugin: its {@code validate} goal ({@link org.policyset.maven.ValidateMojo})
 * validates a dataset kept in a Maven project and fails the build on bad data, naming each
 * finding's file, line and column in the build log. It uses only the exported API of
 * {@code policyset-core}.
 *
 * @since 0.1.0
 */
package org.policyset.maven;
