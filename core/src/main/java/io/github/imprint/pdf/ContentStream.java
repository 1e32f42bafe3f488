package io.github.imprint.pdf;

import io.github.imprint.font.FontMetrics;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.Placed;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One page's content stream, written operator by operator. Text is shown with {@code TJ} and glyph
 * ids as two-byte codes (Identity-H) in literal strings, each glyph moved to its exact place by the number between it
 * and the next: PDF word spacing ({@code Tw}) does nothing for such fonts, and placing every glyph
 * ourselves means the viewer sets exactly what the typesetter chose. Runs whose glyphs stand for
 * several characters (ligatures), and a hyphen the line breaker put in (which reads back as a soft
 * hyphen, so the word stays whole), are wrapped in a {@code /Span} with {@code /ActualText}, so search,
 * copy and screen readers get the letters.
 */
final class ContentStream {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private byte[] out = new byte[32 * 1024];
    private int length;
    private final long pageHeight;

    /** Right-to-left clusters drawn as one glyph each, or null. */
    private final ClusterGlyphs clusters;

    ContentStream(long pageHeight) {
        this(pageHeight, null);
    }

    ContentStream(long pageHeight, ClusterGlyphs clusters) {
        this.pageHeight = pageHeight;
        this.clusters = clusters;
    }

    void text(Placed.GlyphRun shown, String fontName) {
        Placed.GlyphRun run = clusters == null ? shown : clusters.drawn(shown);
        if (run.glyphs().length == 0) {
            return;
        }
        // a right-to-left run's glyphs carry their text one by one (ToUnicode), as extraction reads them:
        // left to right by where they stand, each right-to-left stretch then turned around
        boolean actual = run.ligated() && !run.rightToLeft() || run.text().indexOf('\u00AD') >= 0;
        if (actual) {
            ascii("/Span <</ActualText <FEFF");
            String text = run.text();
            for (int i = 0; i < text.length(); i++) {
                hex4(text.charAt(i));
            }
            ascii(">>> BDC\n");
        }
        FontMetrics metrics = FontMetrics.of(run.face());
        ascii("BT\n/").ascii(fontName).put(' ').number(run.size() / 1000.0).ascii(" Tf\n");
        if (run.scale() != 1) {
            number(run.scale() * 100).ascii(" Tz\n");
        }
        color(run.rgb(), "rg");
        double unitsToText = 1000.0 / metrics.unitsPerEm() * run.scale();
        double spacing = run.rightToLeft() ? 0 : letterSpacing(run, metrics, unitsToText);
        if (spacing != 0) {
            number(spacing * run.size() / 1e6 / run.scale()).ascii(" Tc\n");
        }
        int[] glyphs = run.glyphs();
        int n = glyphs.length;
        // every run is drawn left to right, as it is seen: a right-to-left run drawn from its right end,
        // in the order it is read, put each glyph left of the one before, and poppler then took every
        // glyph for a word and gave them back out of order (the words of the runs are in reading order)
        ascii("1 0 0 1 ")
                .number(run.xs()[0] / 1000.0)
                .put(' ')
                .number((pageHeight - run.baseline()) / 1000.0)
                .ascii(" Tm\n[(");
        // pen: where the viewer's pen stands, in thousandths of the font size from the run's start; an
        // adjustment is written only when it strays from the glyph's place by more than a hair
        // (0.3/1000 em, under 0.004 pt at 12 pt), so rounding never piles up and streams stay small.
        double pen = 0;
        long[] rises = run.rises();
        long rise = 0;
        for (int g = 0; g < n; g++) {
            if (rises != null && rises[g] != rise) {
                // a mark the shaper set above or below the baseline: text rise, for this glyph only
                rise = rises[g];
                ascii(")] TJ\n").number(rise / 1000.0).ascii(" Ts\n[(");
            }
            code(glyphs[g]);
            if (g + 1 < n) {
                int advance = clusters == null ? metrics.advance(glyphs[g]) : clusters.advance(metrics, glyphs[g]);
                pen += advance * unitsToText + spacing;
                double target = (run.xs()[g + 1] - run.xs()[0]) * 1000.0 / run.size();
                double adjust = (pen - target) / run.scale();
                if (Math.abs(adjust) >= 0.3) {
                    long rounded = Math.round(adjust * 10);
                    ascii(") ").number(rounded / 10.0).ascii(" (");
                    pen -= rounded / 10.0 * run.scale();
                }
            }
        }
        ascii(rise != 0 ? ")] TJ\n0 Ts\nET\n" : ")] TJ\nET\n");
        if (spacing != 0) {
            ascii("0 Tc\n"); // the text state outlives ET
        }
        if (run.scale() != 1) {
            ascii("100 Tz\n");
        }
        if (actual) {
            ascii("EMC\n");
        }
    }

    /**
     * The letter spacing a run's glyphs are set with, in thousandths of its size (with its expansion),
     * to the tenth: the median of how much farther each glyph's successor stands than its advance,
     * written once as {@code Tc}, so a letter-spaced line needs no number between its glyphs (the
     * pen corrects what rounding leaves). Zero for a run set without.
     */
    private static double letterSpacing(Placed.GlyphRun run, FontMetrics metrics, double unitsToText) {
        int gaps = run.glyphs().length - 1;
        if (gaps < 1) {
            return 0;
        }
        long[] extras = new long[gaps];
        int wide = 0;
        for (int k = 0; k < gaps; k++) {
            extras[k] = extra(run, metrics, unitsToText, k);
            wide += extras[k] >= 3 ? 1 : 0;
        }
        if (wide < gaps - gaps / 2) {
            return 0; // the median is below a hair: most runs, which are set without, need no sort
        }
        Arrays.sort(extras);
        long median = extras[gaps / 2];
        return median >= 3 ? median / 10.0 : 0;
    }

    /** How much farther than its advance glyph {@code k}'s successor stands, in tenths of thousandths. */
    private static long extra(Placed.GlyphRun run, FontMetrics metrics, double unitsToText, int k) {
        double gap = (run.xs()[k + 1] - run.xs()[k]) * 1000.0 / run.size();
        return Math.round((gap - metrics.advance(run.glyphs()[k]) * unitsToText) * 10);
    }

    /**
     * Begins the items set on the page turned on its side: a saved state and the matrix that takes
     * the landscape frame's points ({@link Page.Turn}) to the page's. {@link #unturn} ends them.
     */
    void turn(Page.Turn turn) {
        ascii("q\n0 1 -1 0 ")
                .number((turn.left() + pageHeight) / 1000.0)
                .put(' ')
                .number((pageHeight - turn.foot()) / 1000.0)
                .ascii(" cm\n");
    }

    void unturn() {
        ascii("Q\n");
    }

    /** Begins marked content tied to the structure: {@code /Tag <</MCID n>> BDC}. */
    void beginMarked(String tag, int mcid, String language) {
        put('/').ascii(tag).ascii(" <</MCID ").number(mcid);
        if (language != null) {
            // a language tag is ASCII letters, digits and hyphens; anything else is left out
            ascii(" /Lang (").ascii(language.replaceAll("[^A-Za-z0-9-]", "")).put(')');
        }
        ascii(">> BDC\n");
    }

    /** Begins an artifact: what belongs to the page, not to the text. */
    void beginArtifact() {
        ascii("/Artifact BMC\n");
    }

    void endMarked() {
        ascii("EMC\n");
    }

    void rule(Placed.Rule rule) {
        color(rule.rgb(), "rg");
        number(rule.x() / 1000.0)
                .put(' ')
                .number((pageHeight - rule.y() - rule.height()) / 1000.0)
                .put(' ')
                .number(rule.width() / 1000.0)
                .put(' ')
                .number(rule.height() / 1000.0)
                .ascii(" re f\n");
    }

    void image(Placed.Image image, String name) {
        ascii("q ")
                .number(image.width() / 1000.0)
                .ascii(" 0 0 ")
                .number(image.height() / 1000.0)
                .put(' ')
                .number(image.x() / 1000.0)
                .put(' ')
                .number((pageHeight - image.y() - image.height()) / 1000.0)
                .ascii(" cm /")
                .ascii(name)
                .ascii(" Do Q\n");
    }

    void color(int rgb, String operator) {
        number((rgb >> 16 & 0xFF) / 255.0)
                .put(' ')
                .number((rgb >> 8 & 0xFF) / 255.0)
                .put(' ')
                .number((rgb & 0xFF) / 255.0)
                .put(' ')
                .ascii(operator)
                .put('\n');
    }

    byte[] bytes() {
        return Arrays.copyOf(out, length);
    }

    private void room(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }

    ContentStream put(char c) {
        room(1);
        out[length++] = (byte) c;
        return this;
    }

    /** Appends text that is ASCII by construction: operators, names, numbers. */
    ContentStream ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            out[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    /**
     * A glyph id as its two-byte code inside a literal string: the bytes as they are, but for the three
     * a literal string must escape and a carriage return, which a reader would turn into a line feed.
     * Half the size of hexadecimal, so pages are quicker to write and to compress.
     */
    private void code(int glyph) {
        room(4);
        codeByte(glyph >> 8 & 0xFF);
        codeByte(glyph & 0xFF);
    }

    private void codeByte(int b) {
        if (b == '(' || b == ')' || b == '\\') {
            out[length++] = '\\';
            out[length++] = (byte) b;
        } else if (b == '\r') {
            out[length++] = '\\';
            out[length++] = 'r';
        } else {
            out[length++] = (byte) b;
        }
    }

    private void hex4(int value) {
        room(4);
        out[length++] = HEX[value >> 12 & 0xF];
        out[length++] = HEX[value >> 8 & 0xF];
        out[length++] = HEX[value >> 4 & 0xF];
        out[length++] = HEX[value & 0xF];
    }

    /** A number with at most three decimals and no trailing zeros, written without {@code String.format}. */
    ContentStream number(double value) {
        if (!Double.isFinite(value)) {
            return put('0');
        }
        long thousandths = Math.round(value * 1000);
        if (thousandths < 0) {
            put('-');
            thousandths = -thousandths;
        }
        digits(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0) {
            put('.');
            int width = 3;
            while (fraction % 10 == 0) {
                fraction /= 10;
                width--;
            }
            for (long scale = width == 3 ? 100 : width == 2 ? 10 : 1; scale > 0; scale /= 10) {
                put((char) ('0' + fraction / scale % 10));
            }
        }
        return this;
    }

    private void digits(long value) {
        if (value >= 10) {
            digits(value / 10);
        }
        put((char) ('0' + value % 10));
    }
}
