package io.github.imprint.typeset;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a typesetting run can tell of itself, as TeX's {@code \tracingparagraphs} and
 * {@code \tracingpages} do: how each paragraph was broken, and why each page ends where it does.
 */
public enum Trace {
    /** Every feasible break of every paragraph, with badness, penalty, demerits and fitness class. */
    PARAGRAPHS,
    /** For every page: how full it is, why it ends there, floats deferred and notes continued. */
    PAGES;

    /**
     * The kinds named in a comma-separated list such as {@code paragraphs,pages} ({@code all} for
     * both, empty for none); empty when a name is unknown.
     */
    public static Optional<Set<Trace>> parse(String list) {
        Set<Trace> kinds = EnumSet.noneOf(Trace.class);
        for (String name : list.split(",")) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.isEmpty()) {
                continue;
            }
            if (n.equals("all")) {
                kinds.addAll(EnumSet.allOf(Trace.class));
                continue;
            }
            try {
                kinds.add(valueOf(n.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(kinds);
    }
}
