package io.github.imprint.model;

/**
 * The publication's unique identifier.
 *
 * @param value as written in the package document: {@code urn:isbn:…}, {@code urn:uuid:…} or another URN
 */
public record Identifier(Scheme scheme, String value) {

    public enum Scheme {
        ISBN,
        UUID,
        URN
    }
}
