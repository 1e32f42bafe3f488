/**
 * The Maven adapter: POM configuration to a {@link io.github.imprint.publish.PublishRequest}, diagnostics
 * to the build log, editions attached to the project, and a forked JVM for books. Imports only core's
 * {@code publish}, {@code diag}, {@code model} and {@code typeset.Trace}.
 */
package io.github.imprint.maven;
