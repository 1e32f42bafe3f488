/**
 * Problems found while publishing: {@link io.github.imprint.diag.Diagnostic} (severity, message, position,
 * hint), the {@link io.github.imprint.diag.Diagnostics} sink that collects them, and the
 * {@link io.github.imprint.diag.PublishException} that stops a build. Uses only {@code model}.
 */
package io.github.imprint.diag;
