package io.github.imprint.typeset.flow;

import io.github.imprint.layout.PrintedImage;
import io.github.imprint.model.Block;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.ImageRef;
import io.github.imprint.model.Publication;
import io.github.imprint.typeset.paginate.PageFrame;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The size a figure prints at: its image scaled to the region's width (or the share of it the author
 * asked for) and to at most six tenths of the text block's height, whichever is smaller. {@link
 * Figures} sets it so; {@link #likely} gives it for the figures that stand in a chapter's body, before
 * anything is set, so that the PDF's work on their images can start while the text is being set.
 */
public final class FigureSizes {

    private FigureSizes() {}

    /** The width and height, in millipoints, {@code image} prints at in a region {@code width} wide. */
    static long[] printed(ImageRef image, long width, long textHeight) {
        long maxWidth = width;
        Optional<String> hint = image.widthHint();
        if (hint.filter(w -> w.matches("\\d{1,3}%")).isPresent()) {
            maxWidth = width * Math.min(100, Integer.parseInt(hint.get().replace("%", ""))) / 100;
        } else if (hint.filter(w -> w.matches("\\d{1,5}(px)?")).isPresent()) {
            // a CSS pixel is 0.75 pt, 750 millipoints: the width the EPUB gives it, if the measure allows
            maxWidth = Math.min(width, Long.parseLong(hint.get().replace("px", "")) * 750);
        }
        long maxHeight = textHeight * 6 / 10;
        double scale = Math.min(maxWidth / (double) image.width(), maxHeight / (double) image.height());
        return new long[] {Math.round(image.width() * scale), Math.round(image.height() * scale)};
    }

    /**
     * The raster figures in the chapters' bodies (not those inside lists, quotations or tables, whose
     * regions are narrower), each file with the image it prints and the largest size it prints at.
     * A figure set elsewhere, or at another size, is simply not in the guess.
     */
    public static Map<Path, PrintedImage> likely(Publication publication, PageFrame frame) {
        Map<Path, PrintedImage> sizes = new LinkedHashMap<>();
        for (Chapter chapter : publication.chapters()) {
            for (Block block : chapter.blocks()) {
                if (block instanceof Block.Figure figure
                        && figure.image().width() > 0
                        && figure.image().height() > 0
                        && !figure.image().format().vector()
                        && figure.image().printFile().isPresent()) {
                    ImageRef image = figure.image();
                    long[] size = printed(image, frame.measure(), frame.textHeight());
                    sizes.merge(
                            image.printFile().get(),
                            new PrintedImage(image.width(), image.height(), size[0], size[1]),
                            PrintedImage::widest);
                }
            }
        }
        return sizes;
    }
}
