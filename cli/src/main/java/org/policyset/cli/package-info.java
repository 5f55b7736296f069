/**
 * The {@code policyset} command: one picocli class per subcommand, each mapping its options to a
 * request of {@code org.policyset.core.workflow.Policyset} and the result's status to an
 * {@link org.policyset.cli.ExitCode}; {@link org.policyset.cli.ErrorPolicy} decides what a user
 * sees when a command fails. Everything the command does, a program can do through core.
 */
package org.policyset.cli;
