package io.github.imprint.typeset.cache;

import io.github.imprint.font.FontFace;
import java.util.Optional;

/**
 * Where runs set in earlier builds are kept: the publisher's folder of them, or nowhere. The store is
 * the one part of reuse that reads and writes files, so the typesetter does neither.
 */
public interface Runs {

    /** No store: every run is set. */
    Runs NONE = new Runs() {
        @Override
        public String code() {
            return "";
        }

        @Override
        public Optional<String> font(FontFace face) {
            return Optional.empty();
        }

        @Override
        public Optional<CachedRun> find(String name) {
            return Optional.empty();
        }

        @Override
        public void keep(String name, CachedRun run) {}

        @Override
        public boolean keeps() {
            return false;
        }
    };

    /** Which Imprint keeps them, so a run set by another is never taken for this one's. */
    String code();

    /** A digest of a project font's file, or empty when the family has no file of that style. */
    Optional<String> font(FontFace face);

    /** The run named {@code name}, when one was kept and reads back whole. */
    Optional<CachedRun> find(String name);

    /** Keeps {@code run} under {@code name}. */
    void keep(String name, CachedRun run);

    /** Whether runs are kept at all. */
    default boolean keeps() {
        return true;
    }
}
