package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Publication;
import io.github.imprint.model.Visitor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a publication's index marks once it is whole: a passage closed that was never opened is an
 * error at its close, one opened and never closed an error where it opens; a cross-reference to a term
 * nothing marks is a warning at the cross-reference, for the reader would look it up in vain.
 */
final class IndexCheck {

    private IndexCheck() {}

    static void check(Publication publication, Diagnostics diagnostics) {
        Map<List<String>, Deque<Inline.IndexMark>> open = new LinkedHashMap<>();
        Set<List<String>> terms = new HashSet<>();
        Map<Inline.IndexMark, List<String>> crossings = new LinkedHashMap<>();
        publication.accept(new Visitor() {
            @Override
            public void visitInline(Inline inline) {
                if (!(inline instanceof Inline.IndexMark mark)) {
                    return;
                }
                for (int i = 1; i <= mark.term().size(); i++) {
                    terms.add(mark.term().subList(0, i));
                }
                switch (mark.kind()) {
                    case BEGIN ->
                        open.computeIfAbsent(mark.term(), t -> new ArrayDeque<>())
                                .push(mark);
                    case END -> {
                        Deque<Inline.IndexMark> begun = open.get(mark.term());
                        if (begun == null || begun.isEmpty()) {
                            diagnostics.error(
                                    mark.pos(),
                                    "the index passage '" + String.join("!", mark.term()) + "|)' closes what no mark"
                                            + " opened",
                                    "open it before with <!-- index: " + String.join("!", mark.term()) + "|( -->");
                        } else {
                            begun.pop();
                        }
                    }
                    case SEE, SEE_ALSO -> crossings.put(mark, mark.target());
                    default -> {}
                }
            }
        });
        open.forEach((term, marks) -> marks.forEach(mark -> diagnostics.error(
                mark.pos(),
                "the index passage '" + String.join("!", term) + "|(' is never closed",
                "close it where the passage ends with <!-- index: " + String.join("!", term) + "|) -->")));
        Map<String, List<String>> byLower = new HashMap<>();
        terms.forEach(t -> byLower.putIfAbsent(String.join("!", t).toLowerCase(Locale.ROOT), t));
        crossings.forEach((mark, target) -> {
            if (!terms.contains(target)) {
                List<String> near = byLower.get(String.join("!", target).toLowerCase(Locale.ROOT));
                diagnostics.warning(
                        mark.pos(),
                        "the index sends the reader to '" + String.join("!", target)
                                + "', which no mark in the book indexes",
                        near != null
                                ? "did you mean '" + String.join("!", near) + "'?"
                                : "mark the term where the book speaks of it, or point to a term it has");
            }
        });
    }
}
