package io.github.imprint.typeset.linebreak;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontMetrics;
import io.github.imprint.typeset.shape.Marking;
import io.github.imprint.typeset.shape.ShapedText;
import io.github.imprint.typeset.shape.Shaper;
import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Builds a paragraph's item list from its text runs, as TeX's paragraph builder does.
 *
 * <p>A space becomes glue of the face's space width that stretches by half and shrinks by
 * {@value #SHRINK} of it; a space in code is glue that keeps its width, as TeX's typewriter fonts set
 * theirs, half a cell in inline code ({@value #INLINE_CODE_SPACE}); a no-break space (U+00A0, U+202F) becomes a box. A word is a box, or several: after an
 * explicit hyphen or a dash there is a flagged penalty of 50 (TeX's {@code \exhyphenpenalty}, but
 * not before a word joiner, U+2060); between a word's syllables, as the language's patterns find them,
 * a discretionary penalty of {@value #HYPHEN_PENALTY} whose hyphen is set only if the line breaks
 * there; in URLs, paths and code, a penalty of 100 where {@link CodeBreaks} allows a break, never a
 * hyphenation. The paragraph ends as TeX's does: an infinite
 * penalty, fill glue and a forced break.
 *
 * <p>Where {@code expansion} is on (justified text), every word box, inline code and URLs included,
 * may also be expanded or condensed by up to {@value #EXPANSION} of its width, as pdfTeX's font expansion does, so the slack
 * of a line is shared between the spaces and the letters and the spaces stay even.
 *
 * <p>Characters that may hang into the margin carry their protrusion: microtype's defaults, as a
 * share of the glyph's width: 70% for period, comma, hyphen and closing quotes on the right and
 * opening quotes on the left, 50% for colon and semicolon, 20–30% for dashes, exclamation and
 * question marks. Code never protrudes: it keeps its column.
 *
 * <p>Text in both directions is levelled as a whole paragraph by the Unicode bidirectional algorithm
 * (UAX #9, {@link Bidi}) from the paragraph's base direction, before any item is made: a word box never
 * holds two levels, and each box's text is shaped in its own direction and keeps its level, so the
 * lines can be broken in logical order and each one put in visual order once it is set
 * ({@link SetLine}). Protrusion is for left-to-right paragraphs only.
 */
public final class ParagraphItems {

    /**
     * What a hyphen costs (TeX's {@code \hyphenpenalty}, 50 in plain TeX). At 75 with the expansion
     * and shrink below, measured with {@code typo-stats} on whole books: Les Misérables 1.8% of its
     * lines hyphenated (4.6% at 50 with 4% expansion and a third's shrink), The Cargo Book 5.9%
     * (11.3%), with word spaces more even than before (spread 1.28 and 1.36, was 1.29 and 1.45); at
     * 100 the sample article's spaces open (1.38), at 60 The Cargo Book hyphenates 7%.
     */
    public static final int HYPHEN_PENALTY = 75;
    /** Plain TeX's {@code \hyphenpenalty}, for setting a paragraph exactly as TeX would. */
    public static final int TEX_HYPHEN_PENALTY = 50;

    static final int EXPLICIT_HYPHEN_PENALTY = 50;
    static final int URL_PENALTY = 100;
    /**
     * Font expansion: glyphs may be set up to 5% wider or narrower (microtype's default is 2%, its
     * usual ceiling 5%). At 5% the first, unhyphenated pass succeeds more often, so fewer lines end
     * in a hyphen; the widening stays below what a reader notices beside the next line.
     */
    public static final double EXPANSION = 0.05;
    /**
     * How far a space may shrink, as a share of its width: a little more than TeX's fonts allow (a
     * third), so a line with a long unbreakable name may be tight rather than loose. Lines tighter
     * than 70% of the median space stay as rare as at a third (0.2% of Les Misérables's lines).
     */
    static final double SHRINK = 0.36;
    /**
     * A space in inline code, as a share of the code font's space: half a monospaced cell, which with
     * the side bearings of the letters around it reads as a word space, where a whole cell would
     * open a hole in the justified line. On The Cargo Book, whose prose is full of commands
     * ({@code cargo install --locked sccache}), loose lines fell from 1.3% to 0.9% and the spread
     * of word spaces from 1.36 to 1.34. Code blocks keep whole cells: their columns must align.
     */
    static final double INLINE_CODE_SPACE = 0.5;
    /** Stretch of the glue that fills a paragraph's last line: large enough to be infinite. */
    static final long FILL = 1_000_000_000_000L;

    private final Shaper shaper;
    private final boolean protrusion;
    private final boolean expansion;
    private final IntConsumer missing;
    private final List<Item> items = new ArrayList<>();
    /** The paragraph as added: text runs, and the items an indent or a line break makes. */
    private final List<Object> parts = new ArrayList<>();

    private boolean capitalised = true;
    private int hyphenPenalty = HYPHEN_PENALTY;
    private boolean rightToLeft;
    /** Each character's embedding level in the paragraph's text, or null where all are level 0. */
    private byte[] levels;

    /**
     * @param protrusion whether characters may hang into the margins
     * @param expansion  whether word boxes may be expanded or condensed (font expansion)
     */
    public ParagraphItems(Shaper shaper, boolean protrusion, boolean expansion, IntConsumer missing) {
        this.shaper = shaper;
        this.protrusion = protrusion;
        this.expansion = expansion;
        this.missing = missing;
    }

    /** Whether words that start with a capital may be hyphenated (all-caps words never are). */
    public ParagraphItems capitalised(boolean allowed) {
        this.capitalised = allowed;
        return this;
    }

    /** What a hyphen costs, {@value #HYPHEN_PENALTY} unless said ({@value #TEX_HYPHEN_PENALTY} is TeX's). */
    public ParagraphItems hyphenPenalty(int penalty) {
        this.hyphenPenalty = penalty;
        return this;
    }

    /** Makes the paragraph's base direction right to left (its language is written so). */
    public ParagraphItems rightToLeft(boolean rightToLeft) {
        this.rightToLeft = rightToLeft;
        return this;
    }

    /** Starts the paragraph with an indent. */
    public ParagraphItems indent(long width) {
        if (width > 0) {
            parts.add(Item.Box.space(width));
        }
        return this;
    }

    public ParagraphItems add(TextRun run) {
        parts.add(run);
        return this;
    }

    private void itemize(TextRun run, int offset) {
        String text = run.text();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t') {
                while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\n' || text.charAt(i) == '\t')) {
                    i++;
                }
                space(run);
                continue;
            }
            int start = i;
            while (i < n && text.charAt(i) != ' ' && text.charAt(i) != '\n' && text.charAt(i) != '\t') {
                i++;
            }
            word(run, text.substring(start, i), offset + start);
        }
    }

    /** A forced line break inside the paragraph. */
    public ParagraphItems lineBreak() {
        parts.add(Item.Penalty.forbidden());
        parts.add(new Item.Glue(0, FILL, 0));
        parts.add(Item.Penalty.forced());
        return this;
    }

    /** Ends the paragraph and returns its items. */
    public List<Item> finish() {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part instanceof TextRun run ? run.text() : part instanceof Item.Penalty ? " " : "");
        }
        levels = levels(text.toString(), rightToLeft);
        int offset = 0;
        for (Object part : parts) {
            if (part instanceof TextRun run) {
                itemize(run, offset);
                offset += run.text().length();
            } else {
                items.add((Item) part);
                offset += part instanceof Item.Penalty ? 1 : 0;
            }
        }
        while (!items.isEmpty() && items.get(items.size() - 1) instanceof Item.Glue) {
            items.remove(items.size() - 1);
        }
        items.add(Item.Penalty.forbidden());
        items.add(new Item.Glue(0, FILL, 0));
        items.add(Item.Penalty.forced());
        return items;
    }

    /** The embedding level of each character, or null when the text is left to right throughout. */
    private static byte[] levels(String text, boolean rightToLeft) {
        if (!rightToLeft && !Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return null;
        }
        Bidi bidi = new Bidi(text, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        byte[] levels = new byte[text.length()];
        for (int r = 0; r < bidi.getRunCount(); r++) {
            Arrays.fill(levels, bidi.getRunStart(r), bidi.getRunLimit(r), (byte) bidi.getRunLevel(r));
        }
        return levels;
    }

    private int level(int at) {
        return levels == null ? 0 : levels[at];
    }

    private void space(TextRun run) {
        if (items.isEmpty() || items.get(items.size() - 1) instanceof Item.Glue) {
            return;
        }
        long w = spaceWidth(run.face(), run.size());
        if (run.breaks() == TextRun.Breaks.PATH && !run.ligatures()) {
            // inline code: half the monospaced cell, whose letters already stand apart in theirs
            items.add(new Item.Glue(Math.round(w * INLINE_CODE_SPACE), 0, 0));
            return;
        }
        if (run.breaks() != TextRun.Breaks.WORDS) {
            // a space in code keeps its width, as in TeX's typewriter fonts: "cargo test" never gapes
            items.add(new Item.Glue(w, 0, 0));
            return;
        }
        items.add(new Item.Glue(w, w / 2, Math.round(w * SHRINK)));
    }

    private static long spaceWidth(FontFace face, long size) {
        FontMetrics m = FontMetrics.of(face);
        return Math.round(m.advance(m.glyph(' ')) * size / (double) m.unitsPerEm());
    }

    /**
     * A word, or a stretch of text in a script written without spaces: Chinese and Japanese may break
     * between any two characters but where kinsoku forbids (no line starts with 。、」） nor ends with
     * 「（), Thai, Lao, Khmer and Myanmar between words found by dictionary; the JDK's line
     * {@link BreakIterator} finds both (UAX #14). Each such break is glue that is no space: it stretches
     * a little, so CJK lines justify between their characters.
     */
    private void word(TextRun run, String word, int at) {
        Locale locale = unspaced(word);
        if (locale == null || run.breaks() != TextRun.Breaks.WORDS) {
            spacedWord(run, word, at);
            return;
        }
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(word);
        long stretch = run.size() / 8;
        int start = 0;
        for (int end = breaks.following(0); end != BreakIterator.DONE && end < word.length(); end = breaks.next()) {
            spacedWord(run, word.substring(start, end), at + start);
            items.add(new Item.Glue(0, stretch, 0, false));
            start = end;
        }
        spacedWord(run, word.substring(start), at + start);
    }

    /**
     * The locale whose line breaking a word needs, or null for a word of a spaced script: Thai, Lao,
     * Khmer and Myanmar by their dictionaries, ideographs and kana by the root rules. Korean is written
     * with spaces and breaks there.
     */
    private static Locale unspaced(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x0E00 || Character.isSurrogate(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case THAI:
                    return THAI;
                case LAO, KHMER, MYANMAR, HAN, HIRAGANA, KATAKANA, BOPOMOFO:
                    return Locale.ROOT;
                default:
                    break;
            }
        }
        return null;
    }

    private static final Locale THAI = Locale.forLanguageTag("th");

    private void spacedWord(TextRun run, String word, int at) {
        int start = 0;
        int n = word.length();
        // a path, a file name, an identifier or a URL in running text breaks as code does, unhyphenated
        TextRun.Breaks breaks =
                run.breaks() == TextRun.Breaks.WORDS && CodeBreaks.pathLike(word) ? TextRun.Breaks.PATH : run.breaks();
        boolean prose = breaks == TextRun.Breaks.WORDS;
        boolean patterns = prose && word.indexOf('-') < 0 && word.chars().noneMatch(Character::isDigit);
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c == '\u00A0' || c == '\u202F') {
                piece(run, word.substring(start, i), false, at + start);
                long w = spaceWidth(run.face(), run.size());
                items.add(Item.Box.space(c == '\u202F' ? w / 2 : w));
                if (!prose) {
                    // code keeps every space as it is, but a long line may still wrap after one
                    items.add(Item.Penalty.allowed(codeCost(breaks, URL_PENALTY / 2)));
                }
                start = i + 1;
                continue;
            }
            boolean dash = prose
                    && (c == '-' || c == '–' || c == '—')
                    && i + 1 < n
                    && i > 0
                    && (c == '-' ? Character.isLetterOrDigit(word.charAt(i - 1)) : word.charAt(i - 1) != c);
            boolean separator = switch (breaks) {
                case WORDS -> false;
                case PATH -> CodeBreaks.afterInPath(word, i);
                case CODE -> CodeBreaks.afterInCode(word, i);
                case STRING -> CodeBreaks.afterInPath(word, i) || CodeBreaks.afterInCode(word, i);
            };
            boolean joinerNext = i + 1 < n && word.charAt(i + 1) == '\u2060';
            if ((dash || separator) && !joinerNext) {
                piece(run, word.substring(start, i + 1), patterns, at + start);
                int cost = separator ? codeCost(breaks, URL_PENALTY) : EXPLICIT_HYPHEN_PENALTY;
                // a break after a dash shows a hyphen at the line's end, and counts as one
                items.add(new Item.Penalty(0, cost, dash, null, 0, false));
                start = i + 1;
            }
        }
        piece(run, word.substring(start), patterns, at + start);
    }

    /** What a break in code costs: {@code usual}, but a last resort inside a string. */
    private static int codeCost(TextRun.Breaks breaks, int usual) {
        return breaks == TextRun.Breaks.STRING ? CodeBreaks.LAST_RESORT : usual;
    }

    /** A piece of a word between explicit breaks: hyphenated by the patterns when it is all letters. */
    private void piece(TextRun run, String piece, boolean hyphenate, int at) {
        if (piece.isEmpty()) {
            return;
        }
        if (!hyphenate || run.hyphenator().isEmpty() || piece.length() < 5) {
            box(run, piece, at);
            return;
        }
        int letterStart = 0;
        while (letterStart < piece.length() && !Character.isLetter(piece.charAt(letterStart))) {
            letterStart++;
        }
        int letterEnd = letterStart;
        while (letterEnd < piece.length()
                && (Character.isLetter(piece.charAt(letterEnd)) || piece.charAt(letterEnd) == '\u00AD')) {
            letterEnd++;
        }
        String letters = piece.substring(letterStart, letterEnd);
        boolean initial = !letters.isEmpty() && Character.isUpperCase(letters.charAt(0));
        boolean refused = initial && (!capitalised || allCaps(letters));
        int[] points = letters.length() >= 5 && letters.indexOf('\u00AD') < 0 && !refused
                ? run.hyphenator().get().hyphenate(letters)
                : new int[0];
        if (points.length == 0) {
            box(run, piece, at);
            return;
        }
        int from = 0;
        for (int point : points) {
            int to = letterStart + point;
            box(run, piece.substring(from, to), at + from);
            ShapedText hyphen = single(run, "-", level(at + to - 1));
            items.add(new Item.Penalty(
                    hyphen.width(),
                    hyphenPenalty,
                    true,
                    hyphen,
                    protrusion ? protrudeRight('-', hyphen.width()) : 0,
                    true));
            from = to;
        }
        box(run, piece.substring(from), at + from);
    }

    private static boolean allCaps(String letters) {
        return letters.chars().allMatch(Character::isUpperCase);
    }

    private ShapedText single(TextRun run, String text, int level) {
        Marking plain = new Marking(
                run.marking().rgb(),
                run.marking().role(),
                run.marking().block(),
                run.marking().rise(),
                null,
                null,
                level);
        return shaper.shape(text, run.face(), run.size(), false, plain, missing).get(0);
    }

    /** Boxes for text that starts at {@code at} in the paragraph: one run of a level at a time. */
    private void box(TextRun run, String text, int at) {
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || level(at + i) != level(at + start)) {
                box(run, text.substring(start, i), run.marking().at(level(at + start)));
                start = i;
            }
        }
    }

    private void box(TextRun run, String text, Marking marking) {
        if (text.isEmpty()) {
            return;
        }
        List<ShapedText> pieces = shaper.shape(text, run.face(), run.size(), run.ligatures(), marking, missing);
        // code never hangs into a margin: a quote that opens "host-tuple" stays in the code's column
        boolean code = !run.ligatures() && run.breaks() != TextRun.Breaks.WORDS;
        boolean protrusion = this.protrusion && !rightToLeft && !code;
        for (int p = 0; p < pieces.size(); p++) {
            ShapedText shaped = pieces.get(p);
            long width = shaped.width();
            long left = protrusion && p == 0 ? protrudeLeft(text.codePointAt(0), firstAdvance(shaped)) : 0;
            long right = protrusion && p == pieces.size() - 1
                    ? protrudeRight(text.codePointBefore(text.length()), lastAdvance(shaped))
                    : 0;
            // inline code and URLs widen with the words around them; a code block's lines are not justified
            boolean justifiable = run.breaks() == TextRun.Breaks.WORDS || run.breaks() == TextRun.Breaks.PATH;
            long expand = expansion && justifiable ? Math.round(width * EXPANSION) : 0;
            items.add(new Item.Box(width, shaped, left, right, run.note(), expand));
        }
    }

    private static long firstAdvance(ShapedText s) {
        return s.advances().length == 0 ? 0 : s.advances()[0];
    }

    private static long lastAdvance(ShapedText s) {
        return s.advances().length == 0 ? 0 : s.advances()[s.advances().length - 1];
    }

    static long protrudeRight(int cp, long width) {
        double share = switch (cp) {
            case '.', ',', '-', '’', '”', '\'', '"', '\u2010' -> 0.7;
            case ':', ';' -> 0.5;
            case '–' -> 0.3;
            case '—', '!', '?' -> 0.2;
            case '»' -> 0.5;
            default -> 0;
        };
        return Math.round(width * share);
    }

    static long protrudeLeft(int cp, long width) {
        double share = switch (cp) {
            case '“', '‘', '„', '‚', '"', '\'' -> 0.7;
            case '«' -> 0.5;
            case '(' -> 0.05;
            default -> 0;
        };
        return Math.round(width * share);
    }
}
