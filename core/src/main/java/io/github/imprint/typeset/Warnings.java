package io.github.imprint.typeset;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontLibrary;
import io.github.imprint.font.Scripts;
import io.github.imprint.model.SourcePos;
import io.github.imprint.theme.Theme;
import io.github.imprint.typeset.flow.SetChapter;
import io.github.imprint.typeset.hyphen.Hyphenator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a run of the typesetter tells the author: each chapter's warnings, the characters no face has
 * (once each, at their first use, in one line), and the languages it could not hyphenate.
 */
final class Warnings {

    private Warnings() {}

    /** Whether ideographs, kana or hangul are missing while the CJK fonts are not on the class path. */
    static boolean cjkMissing(java.util.Set<Integer> missing) {
        return FontLibrary.bundled(new FontFace("Noto Sans CJK", false, false)).isEmpty()
                && missing.stream()
                        .map(Character.UnicodeScript::of)
                        .anyMatch(script -> Scripts.covers(Character.UnicodeScript.HAN, script));
    }

    /** Characters no face has, once each at their first use, then each chapter's own warnings. */
    static void report(
            List<SetChapter> chapters,
            Map<String, Optional<Hyphenator>> hyphenatorsAsked,
            Theme theme,
            Locator locator,
            Diagnostics diagnostics) {
        Map<Integer, SourcePos> missing = new LinkedHashMap<>();
        chapters.forEach(chapter -> chapter.missing().forEach(missing::putIfAbsent));
        chapters.forEach(chapter -> chapter.diagnostics().all().forEach(diagnostics::report));
        unhyphenated(hyphenatorsAsked).ifPresent(diagnostics::report);
        boolean error = theme.fonts().missingIsError();
        if (!missing.isEmpty()) {
            Map<Integer, SourcePos> located = new LinkedHashMap<>();
            missing.forEach((cp, pos) -> located.put(cp, locator.locate(pos, cp)));
            diagnostics.report(new Diagnostic(
                    error ? Diagnostic.Severity.ERROR : Diagnostic.Severity.WARNING,
                    missingMessage(located),
                    located.values().iterator().next(),
                    cjkMissing(missing.keySet())
                            ? "Chinese, Japanese and Korean need the CJK fonts: add io.github.imprint:imprint-fonts-cjk"
                                    + " to the plugin's <dependencies> (README, \"Chinese, Japanese and Korean\")"
                            : "replace the characters, or set fonts.missing to 'warning' in the theme to publish"
                                    + " without them"));
        }
        if (error) {
            diagnostics.throwIfErrors();
        }
    }

    /**
     * The languages the text is in that Imprint has no hyphenation patterns for, said once, at info
     * level: their words are set whole. Languages whose writing does not hyphenate (Chinese, Japanese,
     * Korean, Thai and their neighbours, Arabic and Hebrew scripts, Vietnamese) are not named.
     */
    static Optional<Diagnostic> unhyphenated(Map<String, Optional<Hyphenator>> asked) {
        List<String> languages = asked.entrySet().stream()
                .filter(e -> e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .filter(tag -> !UNHYPHENATED_WRITING.contains(
                        tag.toLowerCase(Locale.ROOT).split("-", -1)[0]))
                .sorted()
                .map(tag -> Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH) + " (" + tag + ")")
                .toList();
        if (languages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                Diagnostic.info(
                        SourcePos.UNKNOWN,
                        "no hyphenation patterns for " + String.join(", ", languages) + "; words in "
                                + (languages.size() == 1 ? "it" : "them") + " are set whole",
                        "Imprint hyphenates the official languages of the EU, Norwegian, Catalan, Kazakh, Russian and Ukrainian"));
    }

    private static final Set<String> UNHYPHENATED_WRITING = Set.of(
            "zh", "ja", "ko", "th", "lo", "km", "my", "bo", "ar", "fa", "ur", "ps", "sd", "ug", "he", "yi", "dv", "vi",
            "zxx", "und");

    /**
     * One line for all the characters no face has, however many: each with its first use, the first
     * as the line's position, at most ten spelled out.
     */
    static String missingMessage(Map<Integer, SourcePos> missing) {
        List<String> named = new ArrayList<>();
        SourcePos first = null;
        for (Map.Entry<Integer, SourcePos> entry : missing.entrySet()) {
            if (named.size() == 10) {
                named.add((missing.size() - 10) + " more");
                break;
            }
            String character =
                    String.format("U+%04X '%s'", entry.getKey(), new String(Character.toChars(entry.getKey())));
            named.add(first == null ? character : character + " at " + entry.getValue());
            first = first == null ? entry.getValue() : first;
        }
        if (missing.size() == 1) {
            return "character " + named.get(0) + " is in none of the fonts; it is left out of the PDF";
        }
        return missing.size() + " characters are in none of the fonts and are left out of the PDF: "
                + String.join(", ", named);
    }
}
