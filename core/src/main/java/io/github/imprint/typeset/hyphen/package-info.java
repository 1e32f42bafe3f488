/**
 * Liang hyphenation from hyph-utf8 patterns and exception lists, bundled as resources with their
 * licences, one {@link io.github.imprint.typeset.hyphen.Hyphenator} per language, loaded lazily and
 * cached per JVM. JDK only.
 */
package io.github.imprint.typeset.hyphen;
