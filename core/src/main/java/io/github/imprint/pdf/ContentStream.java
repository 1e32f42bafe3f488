package io.github.imprint.pdf;

import io.github.imprint.font.FontMetrics;
import io.github.imprint.layout.Placed;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One page's content stream, written operator by operator. Text is shown with {@code TJ} and glyph
 * ids as two-byte codes (Identity-H), each glyph moved to its exact place by the number between it
 * and the next: PDF word spacing ({@code Tw}) does nothing for such fonts, and placing every glyph
 * ourselves means the viewer sets exactly what the typesetter chose. Runs whose glyphs stand for
 * several characters (ligatures) are wrapped in a {@code /Span} with {@code /ActualText}, so search,
 * copy and screen readers get the letters.
 */
final class ContentStream {

    private final StringBuilder out = new StringBuilder(32 * 1024);
    private final long pageHeight;

    ContentStream(long pageHeight) {
        this.pageHeight = pageHeight;
    }

    void text(Placed.GlyphRun run, String fontName) {
        if (run.glyphs().length == 0) {
            return;
        }
        if (run.ligated()) {
            out.append("/Span <</ActualText <").append(utf16(run.text())).append(">>> BDC\n");
        }
        FontMetrics metrics = FontMetrics.of(run.face());
        double size = run.size() / 1000.0;
        out.append("BT\n/").append(fontName).append(' ').append(number(size)).append(" Tf\n");
        if (run.scale() != 1) {
            out.append(number(run.scale() * 100)).append(" Tz\n");
        }
        color(run.rgb(), "rg");
        out.append("1 0 0 1 ").append(number(run.xs()[0] / 1000.0)).append(' ')
                .append(number((pageHeight - run.baseline()) / 1000.0)).append(" Tm\n[<");
        int[] glyphs = run.glyphs();
        // pen: where the viewer's pen stands, in thousandths of the font size from the run's start; an
        // adjustment is written only when it strays from the glyph's place by more than a hair
        // (0.3/1000 em, under 0.004 pt at 12 pt), so rounding never piles up and streams stay small.
        double pen = 0;
        double unitsToText = 1000.0 / metrics.unitsPerEm() * run.scale();
        for (int g = 0; g < glyphs.length; g++) {
            hex4(glyphs[g]);
            if (g + 1 < glyphs.length) {
                pen += metrics.advance(glyphs[g]) * unitsToText;
                double target = (run.xs()[g + 1] - run.xs()[0]) * 1000.0 / run.size();
                double adjust = (pen - target) / run.scale();
                if (Math.abs(adjust) >= 0.3) {
                    long rounded = Math.round(adjust * 10);
                    out.append("> ");
                    appendNumber(out, rounded / 10.0);
                    out.append(" <");
                    pen -= rounded / 10.0 * run.scale();
                }
            }
        }
        out.append(">] TJ\nET\n");
        if (run.scale() != 1) {
            out.append("100 Tz\n");
        }
        if (run.ligated()) {
            out.append("EMC\n");
        }
    }

    void rule(Placed.Rule rule) {
        color(rule.rgb(), "rg");
        out.append(number(rule.x() / 1000.0)).append(' ')
                .append(number((pageHeight - rule.y() - rule.height()) / 1000.0)).append(' ')
                .append(number(rule.width() / 1000.0)).append(' ').append(number(rule.height() / 1000.0)).append(" re f\n");
    }

    void image(Placed.Image image, String name) {
        out.append("q ").append(number(image.width() / 1000.0)).append(" 0 0 ").append(number(image.height() / 1000.0))
                .append(' ').append(number(image.x() / 1000.0)).append(' ')
                .append(number((pageHeight - image.y() - image.height()) / 1000.0)).append(" cm /").append(name)
                .append(" Do Q\n");
    }

    private void color(int rgb, String operator) {
        out.append(number((rgb >> 16 & 0xFF) / 255.0)).append(' ').append(number((rgb >> 8 & 0xFF) / 255.0)).append(' ')
                .append(number((rgb & 0xFF) / 255.0)).append(' ').append(operator).append('\n');
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private void hex4(int value) {
        out.append(HEX[value >> 12 & 0xF]).append(HEX[value >> 8 & 0xF]).append(HEX[value >> 4 & 0xF]).append(HEX[value & 0xF]);
    }

    /** A number with at most three decimals and no trailing zeros, written without {@code String.format}. */
    static String number(double value) {
        StringBuilder b = new StringBuilder(12);
        appendNumber(b, value);
        return b.toString();
    }

    static void appendNumber(StringBuilder b, double value) {
        long thousandths = Math.round(value * 1000);
        if (thousandths < 0) {
            b.append('-');
            thousandths = -thousandths;
        }
        b.append(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0) {
            b.append('.');
            if (fraction < 100) {
                b.append('0');
            }
            if (fraction < 10) {
                b.append('0');
            }
            while (fraction % 10 == 0) {
                fraction /= 10;
            }
            b.append(fraction);
        }
    }

    private static String utf16(String text) {
        StringBuilder hex = new StringBuilder("FEFF");
        for (char c : text.toCharArray()) {
            hex.append(String.format(Locale.ROOT, "%04X", (int) c));
        }
        return hex.toString();
    }
}
