package io.github.imprint.epub;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontLibrary;
import io.github.imprint.model.Contributor;
import io.github.imprint.model.Metadata;
import io.github.imprint.theme.Color;
import io.github.imprint.theme.Theme;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A cover drawn from the metadata when the sources give none: title, subtitle and authors on the
 * theme's cover colours, 1400 × 2100 pixels (the 2:3 shape shops ask for), as a PNG.
 *
 * <p>Text is drawn from the bundled fonts' glyph outlines, read with FontBox and filled with Java2D,
 * so no system font and no font configuration is needed: the cover is the same on every machine.
 * Lines are broken greedily at spaces to fit the width, and the title's size shrinks until it fits in
 * at most five lines.
 */
final class GeneratedCover {

    static final int WIDTH = 1400;
    static final int HEIGHT = 2100;
    private static final int MARGIN = 140;

    private GeneratedCover() {}

    static byte[] png(Metadata metadata, Theme theme) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            Theme.CoverColors colors = theme.cover();
            g.setColor(awt(colors.background()));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(awt(colors.accent()));
            g.setStroke(new BasicStroke(8f));
            g.drawLine(MARGIN, 520, WIDTH - MARGIN, 520);
            g.setColor(awt(colors.text()));
            int y = 700;
            try (TrueTypeFont serifBold =
                            FontLibrary.open(new FontFace(theme.fonts().serif(), true, false));
                    TrueTypeFont serifItalic =
                            FontLibrary.open(new FontFace(theme.fonts().serif(), false, true));
                    TrueTypeFont sans =
                            FontLibrary.open(new FontFace(theme.fonts().sans(), false, false))) {
                float size = 120f;
                List<String> titleLines = wrap(serifBold, metadata.title(), size);
                while (titleLines.size() > 5 && size > 48f) {
                    size -= 8f;
                    titleLines = wrap(serifBold, metadata.title(), size);
                }
                y = draw(g, serifBold, titleLines, size, y);
                if (metadata.subtitle().isPresent()) {
                    y = draw(
                            g,
                            serifItalic,
                            wrap(serifItalic, metadata.subtitle().get(), 64f),
                            64f,
                            y + 60);
                }
                String authors = metadata.contributors().stream()
                        .filter(c -> c.role() == Contributor.Role.AUTHOR)
                        .map(Contributor::name)
                        .collect(Collectors.joining(", "));
                if (!authors.isEmpty()) {
                    g.setColor(awt(colors.accent()));
                    draw(g, sans, wrap(sans, authors, 64f), 64f, Math.max(y + 160, HEIGHT - 420));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int draw(Graphics2D g, TrueTypeFont font, List<String> lines, float size, int y) throws IOException {
        int lineHeight = Math.round(size * 1.2f);
        for (String line : lines) {
            y += lineHeight;
            drawLine(g, font, line, size, MARGIN, y);
        }
        return y;
    }

    private static void drawLine(Graphics2D g, TrueTypeFont font, String text, float size, float x, float baseline)
            throws IOException {
        float scale = size / font.getUnitsPerEm();
        float pen = x;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int gid = font.getUnicodeCmapLookup().getGlyphId(cp);
            GeneralPath path = outline(font, gid);
            if (path != null) {
                AffineTransform at = new AffineTransform(scale, 0, 0, -scale, pen, baseline);
                g.fill(at.createTransformedShape(path));
            }
            pen += font.getAdvanceWidth(gid) * scale;
        }
    }

    /** A glyph's outline in font units, from its TrueType or its CFF outlines; null for none. */
    private static GeneralPath outline(TrueTypeFont font, int gid) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            CFFFont cff = otf.getCFF().getFont();
            int cid = cff instanceof CFFCIDFont ? cff.getCharset().getCIDForGID(gid) : gid;
            return cff.getType2CharString(cid).getPath();
        }
        GlyphData glyph = font.getGlyph().getGlyph(gid);
        return glyph == null ? null : glyph.getPath();
    }

    private static float width(TrueTypeFont font, String text, float size) throws IOException {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            units += font.getAdvanceWidth(font.getUnicodeCmapLookup().getGlyphId(cp));
        }
        return units * size / font.getUnitsPerEm();
    }

    private static List<String> wrap(TrueTypeFont font, String text, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, candidate, size) > WIDTH - 2 * MARGIN) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static java.awt.Color awt(Color color) {
        return new java.awt.Color(color.rgb());
    }
}
