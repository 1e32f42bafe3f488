package io.github.imprint.typeset.flow;

import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Placed;
import io.github.imprint.layout.Role;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.Block;
import io.github.imprint.model.ImageFormat;
import io.github.imprint.model.ImageRef;
import io.github.imprint.model.Inline;
import io.github.imprint.theme.Element;
import io.github.imprint.theme.Style;
import io.github.imprint.typeset.linebreak.FirstFit;
import io.github.imprint.typeset.linebreak.Item;
import io.github.imprint.typeset.linebreak.ParagraphItems;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.paginate.Flow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Figures: the image at the size {@link FigureSizes} gives it, centred, with its caption below, as
 * one floating unit. A figure that does not fit where it stands goes to the top of the next page, and
 * the text after it fills the page.
 */
final class Figures {

    private Figures() {}

    static void set(Cursor c, Block.Figure figure, Region region) {
        long leading = c.leading;
        c.lines.space(leading / 2);
        List<Placed> items = new ArrayList<>();
        long height = 0;
        BlockId block = figureBlock(c, figure);
        Captions.anchor(c, figure, block);
        ImageRef image = figure.image();
        Optional<Path> print = image.printFile();
        if (image.width() > 0 && image.height() > 0 && print.isPresent()) {
            image = new ImageRef(print.get(), image.format(), image.width(), image.height(), image.widthHint());
            long[] size = FigureSizes.printed(image, region.width(), c.frame.textHeight());
            long w = size[0];
            long h = size[1];
            items.add(new Placed.Image(
                    image, region.x() + (region.width() - w) / 2, 0, w, h, figure.alt(), Role.FIGURE, block));
            height = h + leading / 3;
        } else if (image.format() == ImageFormat.WEBP) {
            String name = image.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
            c.diagnostics.warning(
                    figure.pos(),
                    "a WebP image cannot go into a PDF, and there is no PNG or JPEG of it; "
                            + "the figure shows its caption only",
                    "put " + name + ".png or " + name + ".jpg beside "
                            + image.file().getFileName() + "; the PDF takes it, the EPUB keeps the WebP");
        } else {
            c.diagnostics.warning(
                    figure.pos(),
                    "the SVG gives no size (width and height, or a viewBox); " + "the figure shows its caption only",
                    "give the root <svg> element a viewBox");
        }
        List<Inline> caption = Captions.numbered(c, figure, figure.caption());
        if (!caption.isEmpty()) {
            Style style = c.theme.style(Element.CAPTION);
            ParagraphItems captionItems = new ParagraphItems(c.shaper, false, false, c::missing);
            c.runs.add(
                    captionItems,
                    caption,
                    InlineRuns.context(
                            c.theme, style, Role.CAPTION, c.structure.leaf(Role.CAPTION, c.at), Optional.empty()));
            List<Item> list = captionItems.finish();
            long lineHeight = style.leading().millipoints();
            for (SetLine line : SetLine.set(
                    list, FirstFit.breakLines(list, region.width()).lines(), region.width(), SetLine.Alignment.LEFT)) {
                items.addAll(line.place(region.x(), height + LineSetter.ascent(lineHeight)));
                height += lineHeight;
            }
        }
        c.flow.add(new Flow.Unit(items, c.lines.roundUp(height), !c.lines.keepNext, List.of(), true));
        c.lines.keepNext = false;
        c.lines.space(leading / 2);
        c.lines.indentNext = false;
    }

    /** The leaf of a figure's image, with its alternative text: the alt text, else the caption's words. */
    private static BlockId figureBlock(Cursor c, Block.Figure figure) {
        String alt = figure.alt().isBlank() ? Inline.plainText(figure.caption()).strip() : figure.alt();
        return c.structure.leaf(alt.isEmpty() ? null : StructureNode.Kind.FIGURE, alt, c.at);
    }
}
