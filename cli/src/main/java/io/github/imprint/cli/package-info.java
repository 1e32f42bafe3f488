/**
 * The command line, for everyone who does not use Maven: {@code imprint publish} and
 * {@code imprint check}, with the diagnostics printed exactly as the plugin logs them and exit codes a
 * script can rely on. Uses {@code publish}, {@code diag}, {@code typeset.Trace} and the edition check.
 */
package io.github.imprint.cli;
