package io.github.imprint.theme;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.model.SourcePos;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The ranges a theme's values must keep, alone and together, checked once the theme is read: a value
 * of the right form can still describe a page nothing fits on. Each error is reported at the key that
 * set the value, with the range in the hint, and names the page's real size where the page is the
 * limit.
 *
 * <ul>
 *   <li>A font size is at least 1pt and at most the height of the text block; a leading is above 0,
 *       and one below its size is a warning (the lines would overlap).
 *   <li>Indents, spaces and margins are not negative, and an indent leaves at least half the measure.
 *   <li>The margins leave a text block at least 20 ems of body text wide and 10 body lines tall.
 * </ul>
 */
final class ThemeLimits {

    private static final long MIN_SIZE = 1_000;
    private static final int MIN_EMS = 20;
    private static final int MIN_LINES = 10;

    private final Theme theme;
    private final Function<String, SourcePos> at;
    private final BiFunction<Element, String, String> keyOf;
    private final Diagnostics diagnostics;
    private final Set<String> reported = new HashSet<>();

    /**
     * @param at    where a key's value was written
     * @param keyOf the key that gives an element's property ({@code h1.size}, or {@code body.size} it
     *              falls back to)
     */
    private ThemeLimits(
            Theme theme,
            Function<String, SourcePos> at,
            BiFunction<Element, String, String> keyOf,
            Diagnostics diagnostics) {
        this.theme = theme;
        this.at = at;
        this.keyOf = keyOf;
        this.diagnostics = diagnostics;
    }

    static void check(
            Theme theme,
            Function<String, SourcePos> at,
            BiFunction<Element, String, String> keyOf,
            Diagnostics diagnostics) {
        new ThemeLimits(theme, at, keyOf, diagnostics).check();
    }

    private void check() {
        PageGeometry page = theme.page();
        boolean margins = notNegative("page.margin-top", page.marginTop())
                & notNegative("page.margin-bottom", page.marginBottom())
                & notNegative("page.margin-inside", page.marginInside())
                & notNegative("page.margin-outside", page.marginOutside());
        long height = page.height().millipoints()
                - page.marginTop().millipoints()
                - page.marginBottom().millipoints();
        // the body's size first: the text block is measured in its ems and lines
        boolean block = margins && size(Element.BODY, height, true) && textBlock(page, theme.style(Element.BODY));
        for (Element element : Element.values()) {
            Style style = theme.style(element);
            String size = keyOf.apply(element, "size");
            String leading = keyOf.apply(element, "leading");
            if (!size(element, height, block)) {
                continue;
            } else if (style.leading().millipoints() <= 0) {
                error(leading, leading + " is " + style.leading() + "; a leading must be above 0", "such as 13pt");
            } else if (style.leading().compareTo(style.size()) < 0 && reported.add(leading)) {
                diagnostics.warning(
                        at.apply(leading),
                        leading + " (" + style.leading() + ") is less than " + size + " (" + style.size()
                                + "): its lines would overlap",
                        "make the leading at least the size, such as "
                                + Length.points(style.size().points() * 1.2));
            }
            notNegative(keyOf.apply(element, "space-before"), style.spaceBefore());
            notNegative(keyOf.apply(element, "space-after"), style.spaceAfter());
            String indent = keyOf.apply(element, "indent");
            if (notNegative(indent, style.indent())
                    && block
                    && style.indent().millipoints() * 2 > page.measure().millipoints()) {
                error(
                        indent,
                        indent + " is " + mm(style.indent()) + "; it leaves less than half of the measure ("
                                + mm(page.measure()) + ")",
                        "indent by a few ems, such as 1.5em of a 10pt body: 15pt");
            }
        }
        if (theme.code().minSize().millipoints() < MIN_SIZE) {
            error(
                    "code.min-size",
                    "code.min-size is " + theme.code().minSize() + "; a font size must be at least 1pt",
                    "such as 7pt");
        }
    }

    /** Whether {@code element}'s size is from 1pt to the text block's height; reported if not. */
    private boolean size(Element element, long height, boolean block) {
        String key = keyOf.apply(element, "size");
        Length size = theme.style(element).size();
        long s = size.millipoints();
        if (s >= MIN_SIZE && !(block && s > height && height > 0)) {
            return true;
        }
        error(
                key,
                key + " is " + size + "; a font size must be at least 1pt"
                        + (s > height ? " and no taller than the text block" : ""),
                "give a size from 1pt to "
                        + (block && height > 0 ? new Length(height).toString() : "the text block's height")
                        + ", such as 10pt");
        return false;
    }

    /** Whether the text block holds 20 ems of body text across and 10 lines down; reported if not. */
    private boolean textBlock(PageGeometry page, Style body) {
        boolean fits = true;
        long across = page.marginInside().millipoints() + page.marginOutside().millipoints();
        long wide = MIN_EMS * Math.max(body.size().millipoints(), MIN_SIZE);
        if (page.width().millipoints() - across < wide) {
            error(
                    larger("page.margin-inside", page.marginInside(), "page.margin-outside", page.marginOutside()),
                    "inside and outside margins are " + mm(new Length(across)) + "; the page is " + mm(page.width())
                            + " wide",
                    "leave a text block of at least " + MIN_EMS + " ems of body text (" + mm(new Length(wide))
                            + ") across: make the margins smaller or page.size larger");
            fits = false;
        }
        long down = page.marginTop().millipoints() + page.marginBottom().millipoints();
        long tall = MIN_LINES * Math.max(body.leading().millipoints(), MIN_SIZE);
        if (page.height().millipoints() - down < tall) {
            error(
                    larger("page.margin-top", page.marginTop(), "page.margin-bottom", page.marginBottom()),
                    "top and bottom margins are " + mm(new Length(down)) + "; the page is " + mm(page.height())
                            + " tall",
                    "leave a text block of at least " + MIN_LINES + " lines of body text (" + mm(new Length(tall))
                            + ") down: make the margins smaller or page.size larger");
            fits = false;
        }
        return fits;
    }

    private boolean notNegative(String key, Length value) {
        if (value.millipoints() < 0) {
            error(key, key + " is " + value + "; it cannot be negative", "give 0pt or more");
            return false;
        }
        return true;
    }

    private void error(String key, String message, String hint) {
        // a key that other elements fall back to (body.size) is reported once, at the body, which comes first
        if (reported.add(key)) {
            diagnostics.error(at.apply(key), message, hint);
        }
    }

    private static String larger(String a, Length x, String b, Length y) {
        return x.compareTo(y) >= 0 ? a : b;
    }

    private static String mm(Length length) {
        return String.format(Locale.ROOT, "%.0f mm", length.millipoints() / 2834.6456692913);
    }
}
