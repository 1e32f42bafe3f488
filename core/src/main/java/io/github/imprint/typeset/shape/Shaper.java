package io.github.imprint.typeset.shape;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontLibrary;
import io.github.imprint.font.FontMetrics;
import io.github.imprint.font.GlyphTexts;
import io.github.imprint.font.Ligatures;
import io.github.imprint.font.Scripts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * Shapes a run of text in a face: each character to its glyph, the standard ligatures where allowed,
 * kerning between neighbours from GPOS, advances scaled to millipoints. A character the face lacks is
 * set from the first face of the fallback chain that has it, as a run of its own; a character no face
 * has is reported (once per character, by the caller's {@code missing}) and set as nothing, never as a
 * .notdef box. Characters that only steer breaking (word joiner, zero-width space, soft hyphen) are
 * not drawn.
 */
public final class Shaper {

    private final List<FontFace> fallbacks;
    /** The script each fallback is for, empty for the text families and emoji; read once. */
    private final List<Optional<Character.UnicodeScript>> fallbackScripts;

    private final Map<Character.UnicodeScript, String> scripts;
    /** The publication's language, whose forms shared ideographs take where a span names none. */
    private final String language;
    /** The face found for a character in a face: text in another script asks for the same few. */
    private final Map<Wanted, Optional<FontFace>> found = new ConcurrentHashMap<>();

    private record Wanted(int codePoint, FontFace face) {}

    /** The scripts whose fallback faces have been read ahead. */
    private final Set<Character.UnicodeScript> prefetched = ConcurrentHashMap.newKeySet();

    /** @param fallbacks faces tried, in order, for characters the chosen face lacks */
    public Shaper(List<FontFace> fallbacks) {
        this(fallbacks, Map.of());
    }

    /**
     * @param fallbacks faces tried, in order, for characters the chosen face lacks
     * @param scripts the family the theme names for a script, tried before the fallbacks
     */
    public Shaper(List<FontFace> fallbacks, Map<Character.UnicodeScript, String> scripts) {
        this(fallbacks, scripts, null);
    }

    /**
     * @param fallbacks faces tried, in order, for characters the chosen face lacks
     * @param scripts the family the theme names for a script, tried before the fallbacks
     * @param language the publication's language: Chinese, Japanese and Korean take their own forms
     */
    public Shaper(List<FontFace> fallbacks, Map<Character.UnicodeScript, String> scripts, String language) {
        this.language = language;
        this.fallbacks = List.copyOf(fallbacks);
        this.fallbackScripts =
                this.fallbacks.stream().map(f -> Scripts.of(f.family())).toList();
        this.scripts = Map.copyOf(scripts);
    }

    /** Whether a character is drawn at all. */
    public static boolean invisible(int cp) {
        return cp >= 0xFE00 && cp <= 0xFE0F // variation selectors: they choose a glyph, they are none
                || cp == 0x2060
                || cp == 0x200B
                || cp == 0x00AD
                || cp == 0xFEFF
                || cp == 0x200C
                || cp == 0x200D
                || (cp < 0x20 && cp != '\t');
    }

    /**
     * Shapes {@code text}; the result has one piece per face used (usually one), each marked as
     * {@code marking} says.
     *
     * @param missing told of every code point that no face has
     */
    public List<ShapedText> shape(
            String text, FontFace face, long size, boolean ligatures, Marking marking, IntConsumer missing) {
        FontMetrics primary = FontMetrics.of(face);
        boolean covered = true;
        for (int k = 0; k < text.length() && covered; k++) {
            char ch = text.charAt(k);
            covered = !Character.isSurrogate(ch) && (primary.has(ch) || invisible(ch));
        }
        if (covered) {
            return List.of(shapeIn(text, face, size, ligatures, marking));
        }
        List<ShapedText> pieces = new ArrayList<>(1);
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            FontFace runFace = null;
            while (i < n) {
                int cp = text.codePointAt(i);
                FontFace f = invisible(cp) || shared(cp, runFace) ? runFace : faceFor(keycapBase(text, i, cp), face);
                if (f == null && !invisible(cp)) {
                    missing.accept(cp);
                    f = runFace == null ? face : runFace;
                }
                if (runFace == null) {
                    runFace = f == null ? face : f;
                } else if (f != null && !f.equals(runFace)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            pieces.add(shapeIn(text.substring(start, i), runFace, size, ligatures, marking));
        }
        return pieces;
    }

    /**
     * The character whose face a character takes: a keycap's (U+20E3) for a digit, {@code #} or
     * {@code *} that a keycap follows, emoji style or not, so that the emoji face sets the sequence as
     * one glyph ("1️⃣"); else the character itself.
     */
    private static int keycapBase(String text, int i, int cp) {
        if (!(cp >= '0' && cp <= '9' || cp == '#' || cp == '*')) {
            return cp;
        }
        int next = i + 1 < text.length() && text.charAt(i + 1) == 0xFE0F ? i + 2 : i + 1;
        return next < text.length() && text.charAt(next) == 0x20E3 ? 0x20E3 : cp;
    }

    /**
     * Whether a character that belongs to no one script (a combining mark, an Arabic comma or tatweel)
     * stays in the face of the letters before it, which has it: marks must be shaped with their base.
     */
    private static boolean shared(int cp, FontFace runFace) {
        if (runFace == null) {
            return false;
        }
        return common(Character.UnicodeScript.of(cp))
                && cp > 0x7F
                && FontMetrics.of(runFace).has(cp);
    }

    /**
     * The face for a character: the chosen one, else the first fallback that has it, of the chosen
     * face's kind where there is one (a serif for serif text, a sans for sans), in its weight, and in
     * italic where the family has one.
     */
    private FontFace faceFor(int cp, FontFace face) {
        if (FontMetrics.of(face).has(cp)) {
            return face;
        }
        Wanted key = new Wanted(cp, face);
        Optional<FontFace> known = found.get(key);
        if (known != null) {
            return known.orElse(null);
        }
        FontFace result = search(cp, face);
        found.put(key, Optional.ofNullable(result));
        return result;
    }

    private FontFace search(int cp, FontFace face) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        String named = scripts.get(script);
        FontFace chosen = named == null ? null : styled(named, face);
        if (chosen != null && FontMetrics.of(chosen).has(cp)) {
            return chosen;
        }
        String kind = Scripts.kind(face.family());
        FontFace otherKind = null;
        prefetch(script);
        for (int i = 0; i < fallbacks.size(); i++) {
            FontFace fallback = fallbacks.get(i);
            Optional<Character.UnicodeScript> only = fallbackScripts.get(i);
            if (only.isPresent() && !Scripts.covers(only.get(), script) && !common(script)) {
                continue; // a face for another script's letters: not opened
            }
            FontFace styled = styled(fallback.family(), face);
            if (styled != null && FontMetrics.of(styled).has(cp)) {
                if (kind.isEmpty() || fallback.family().contains(kind)) {
                    return styled;
                }
                otherKind = otherKind == null ? styled : otherKind;
            }
        }
        return otherKind;
    }

    /**
     * The faces of a script's fallbacks, regular and bold, read ahead side by side: the search is about
     * to open them in turn, and the book's headings and bold words will want the bold ones.
     */
    private void prefetch(Character.UnicodeScript script) {
        if (!prefetched.add(script)) {
            return; // asked at every new character of the script: the faces are asked for once
        }
        List<FontFace> ahead = new ArrayList<>();
        for (int i = 0; i < fallbacks.size(); i++) {
            Optional<Character.UnicodeScript> only = fallbackScripts.get(i);
            if (only.isPresent() && Scripts.covers(only.get(), script)) {
                for (boolean bold : new boolean[] {false, true}) {
                    FontLibrary.bundled(new FontFace(fallbacks.get(i).family(), bold, false))
                            .ifPresent(ahead::add);
                }
            }
        }
        FontLibrary.prefetch(ahead);
    }

    /** Characters of no one script, such as marks, that a script's face may hold. */
    private static boolean common(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.INHERITED || script == Character.UnicodeScript.COMMON;
    }

    /** The family in the face's weight and slant, or upright where it has no italic; null when not to be had. */
    private static FontFace styled(String family, FontFace face) {
        FontFace wanted = new FontFace(family, face.bold(), face.italic() && !family.endsWith("Mono"));
        Optional<FontFace> had = FontLibrary.bundled(wanted);
        if (had.isEmpty() && wanted.italic()) {
            had = FontLibrary.bundled(new FontFace(family, face.bold(), false));
        }
        return had.orElse(null);
    }

    private ShapedText shapeIn(String text, FontFace face, long size, boolean ligate, Marking marking) {
        if (marking.rightToLeft() || ComplexShaper.needed(text)) {
            return ComplexShaper.shape(text, face, size, ligate, marking);
        }
        FontMetrics metrics = FontMetrics.of(face);
        int[] glyphs = new int[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int glyph = invisible(cp) ? 0 : metrics.glyph(cp);
            if (cp >= 0x2E80 && glyph != 0) {
                // an ideograph, kana or hangul: in the forms of the text's language
                int local = metrics.localForm(glyph, marking.language() != null ? marking.language() : language);
                if (local != glyph) {
                    GlyphTexts.seen(face, local, new String(Character.toChars(cp))); // no character reaches it
                    glyph = local;
                }
            }
            if (glyph != 0) {
                glyphs[count++] = glyph;
            }
        }
        boolean ligated = false;
        if (ligate && !metrics.ligatures().isEmpty()) {
            int out = 0;
            for (int g = 0; g < count; ) {
                Ligatures.Ligature ligature = metrics.ligatures().match(glyphs, g, count);
                if (ligature != null) {
                    glyphs[out++] = ligature.glyph();
                    g += ligature.components().length;
                    ligated = true;
                } else {
                    glyphs[out++] = glyphs[g++];
                }
            }
            count = out;
        }
        glyphs = Arrays.copyOf(glyphs, count);
        long[] advances = new long[count];
        double scale = size / (double) metrics.unitsPerEm();
        for (int g = 0; g < count; g++) {
            int units = metrics.advance(glyphs[g]);
            if (g + 1 < count) {
                units += metrics.kerning().kern(glyphs[g], glyphs[g + 1]);
            }
            advances[g] = Math.round(units * scale);
        }
        return new ShapedText(face, size, glyphs, advances, text, ligated, marking);
    }
}
