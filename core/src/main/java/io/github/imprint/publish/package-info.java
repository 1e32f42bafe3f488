/**
 * The one entry point: {@link io.github.imprint.publish.Publisher} takes a
 * {@link io.github.imprint.publish.PublishRequest} and returns a {@link io.github.imprint.publish.PublishResult}.
 * May use every stage; holds no state between calls, so publications may be built in parallel.
 */
package io.github.imprint.publish;
