package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.model.SourcePos;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a chapter's raw HTML lost, said once per kind: "{@code <center>} dropped, text kept; 11 more
 * in this file", at the first place, never a line for every habit.
 */
final class HtmlReport {

    private record Seen(SourcePos first, String hint, int[] count) {}

    private final Map<String, Seen> seen = new LinkedHashMap<>();

    /** Notes one occurrence of {@code what} (such as "<center> dropped, text kept") at {@code pos}. */
    void note(String what, SourcePos pos, String hint) {
        seen.computeIfAbsent(what, w -> new Seen(pos, hint, new int[] {0})).count()[0]++;
    }

    void report(Diagnostics diagnostics) {
        seen.forEach((what, s) -> diagnostics.warning(
                s.first(),
                what + (s.count()[0] > 1 ? "; " + (s.count()[0] - 1) + " more in this file" : ""),
                s.hint()));
    }
}
