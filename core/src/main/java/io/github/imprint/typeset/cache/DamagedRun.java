package io.github.imprint.typeset.cache;

/** A kept run that cannot be read back; the message says what is wrong with it, as "… ends early". */
public final class DamagedRun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DamagedRun(String message) {
        super(message);
    }
}
