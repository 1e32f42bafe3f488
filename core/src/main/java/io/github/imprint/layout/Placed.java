package io.github.imprint.layout;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontMetrics;
import io.github.imprint.model.ImageRef;

/**
 * An item placed on a page. Positions are millipoints from the page's left edge and top edge; a
 * glyph run sits on its baseline.
 */
public sealed interface Placed {

    Role role();

    /** The same item {@code dx} to the right and {@code dy} down. */
    Placed moved(long dx, long dy);

    /**
     * Glyphs of one face and size on one baseline, each at its own x, so nothing depends on how a PDF
     * viewer spaces words.
     *
     * @param xs         each glyph's left edge, absolute
     * @param text       the Unicode text the glyphs show, for search, copy and screen readers
     * @param ligated    whether some glyph stands for several characters (then the text must be given
     *                   to readers explicitly)
     * @param rgb        the colour
     * @param block      the block (paragraph, heading …) the run belongs to, so the structure of a
     *                   tagged PDF can group runs across lines and pages; {@link BlockId#NONE} for artifacts
     * @param scale      horizontal scale of the glyphs (font expansion), 1 for none
     * @param link       where the run links to, or null for nowhere
     * @param language   the run's BCP 47 language where a span sets one apart from its block's, else null
     * @param rises      each glyph's height above the baseline (marks a shaper raised), or null
     * @param rightToLeft whether the glyphs, which are in the order they are seen, were shaped right to
     *                   left: their text's first letter is at the right
     */
    record GlyphRun(
            FontFace face,
            long size,
            long baseline,
            int[] glyphs,
            long[] xs,
            String text,
            boolean ligated,
            int rgb,
            Role role,
            BlockId block,
            double scale,
            Destination link,
            String language,
            long[] rises,
            boolean rightToLeft)
            implements Placed {

        /** A left-to-right run whose marks may stand off the baseline. */
        public GlyphRun(
                FontFace face,
                long size,
                long baseline,
                int[] glyphs,
                long[] xs,
                String text,
                boolean ligated,
                int rgb,
                Role role,
                BlockId block,
                double scale,
                Destination link,
                String language,
                long[] rises) {
            this(
                    face, size, baseline, glyphs, xs, text, ligated, rgb, role, block, scale, link, language, rises,
                    false);
        }

        /** A run on its baseline throughout. */
        public GlyphRun(
                FontFace face,
                long size,
                long baseline,
                int[] glyphs,
                long[] xs,
                String text,
                boolean ligated,
                int rgb,
                Role role,
                BlockId block,
                double scale,
                Destination link,
                String language) {
            this(face, size, baseline, glyphs, xs, text, ligated, rgb, role, block, scale, link, language, null);
        }

        public GlyphRun(
                FontFace face,
                long size,
                long baseline,
                int[] glyphs,
                long[] xs,
                String text,
                boolean ligated,
                int rgb,
                Role role,
                BlockId block,
                double scale,
                Destination link) {
            this(face, size, baseline, glyphs, xs, text, ligated, rgb, role, block, scale, link, null, null);
        }

        @Override
        public GlyphRun moved(long dx, long dy) {
            long[] moved = xs.clone();
            for (int i = 0; i < moved.length; i++) {
                moved[i] += dx;
            }
            return new GlyphRun(
                    face,
                    size,
                    baseline + dy,
                    glyphs,
                    moved,
                    text,
                    ligated,
                    rgb,
                    role,
                    block,
                    scale,
                    link,
                    language,
                    rises,
                    rightToLeft);
        }

        /** Where the run's last glyph ends, in millipoints from the page's left edge; its start when empty. */
        public long end() {
            if (glyphs.length == 0) {
                return xs.length == 0 ? 0 : xs[0];
            }
            FontMetrics m = FontMetrics.of(face);
            int last = glyphs.length - 1;
            return xs[last] + Math.round(m.advance(glyphs[last]) * size * scale / m.unitsPerEm());
        }
    }

    /** A filled rectangle: a rule, a box's background or border. */
    record Rule(long x, long y, long width, long height, int rgb, Role role) implements Placed {

        @Override
        public Rule moved(long dx, long dy) {
            return new Rule(x + dx, y + dy, width, height, rgb, role);
        }
    }

    /** An image scaled into its box. */
    record Image(ImageRef image, long x, long y, long width, long height, String alt, Role role, BlockId block)
            implements Placed {

        @Override
        public Image moved(long dx, long dy) {
            return new Image(image, x + dx, y + dy, width, height, alt, role, block);
        }
    }
}
