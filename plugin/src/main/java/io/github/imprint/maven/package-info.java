/**
 * The Maven adapter: POM configuration to a {@link io.github.imprint.publish.PublishRequest}, diagnostics
 * to the build log, editions attached to the project. Imports only core's {@code publish}, {@code diag}
 * and {@code model}.
 */
package io.github.imprint.maven;
