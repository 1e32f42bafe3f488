package io.github.imprint.pdf;

import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.PagedDocument;
import io.github.imprint.layout.Placed;
import io.github.imprint.layout.Spot;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * Link annotations over linked text: a URI action for links out of the publication, a destination for
 * links to a chapter or a heading inside it. Without a border: the text's link colour marks them.
 * Each annotation carries its text as /Contents, for assistive technology.
 */
final class Links {

    /** How far above a line's baseline a link to it shows the page from, in points. */
    private static final int LINE_ABOVE = 14;

    private Links() {}

    /**
     * Where a rectangle drawn in a turned page's landscape frame lies on the page: the matrix
     * {@code ContentStream.turn} writes, applied to its corners.
     */
    static PDRectangle turned(PDRectangle r, Page.Turn turn, long pageHeight) {
        float h = pageHeight / 1000f;
        float left = turn.left() / 1000f + h - r.getUpperRightY();
        float bottom = r.getLowerLeftX() + h - turn.foot() / 1000f;
        return new PDRectangle(left, bottom, r.getHeight(), r.getWidth());
    }

    static void add(PDDocument pdf, List<PDPage> pages, PagedDocument document, Tagging tagging) throws IOException {
        Map<BlockId, int[]> blocks = new HashMap<>();
        for (Page page : document.pages()) {
            for (Placed placed : page.items()) {
                if (placed instanceof Placed.GlyphRun run && !blocks.containsKey(run.block())) {
                    blocks.put(run.block(), new int[] {
                        page.number(), (int) ((page.height() - run.baseline() + run.size()) / 1000)
                    });
                }
            }
        }
        // a note's number links back to where it is called: the first run that links to the note
        Map<Destination.Note, int[]> calls = new HashMap<>();
        for (Page page : document.pages()) {
            for (Placed placed : page.items()) {
                if (placed instanceof Placed.GlyphRun run && run.link() instanceof Destination.Note note) {
                    calls.putIfAbsent(note, new int[] {
                        page.number(), (int) ((page.height() - run.baseline() + run.size() * 2) / 1000)
                    });
                }
            }
        }
        // an index mark links to its own line, which may be on a later page than its paragraph's start
        Map<Destination, Spot.Found> spots = Spot.find(document.pages(), document.spots());
        for (Page page : document.pages()) {
            for (int item = 0; item < page.items().size(); item++) {
                Placed placed = page.items().get(item);
                if (!(placed instanceof Placed.GlyphRun run) || run.link() == null || run.glyphs().length == 0) {
                    continue;
                }
                PDAnnotationLink link = new PDAnnotationLink();
                long right = run.end();
                float bottom = (page.height() - run.baseline() - run.size() / 4) / 1000f;
                PDRectangle rectangle = new PDRectangle(
                        run.xs()[0] / 1000f, bottom, (float) (right - run.xs()[0]) / 1000f, run.size() * 1.15f / 1000f);
                Page.Turn turn = page.turn();
                link.setRectangle(
                        turn != null && turn.holds(item) ? turned(rectangle, turn, page.height()) : rectangle);
                PDBorderStyleDictionary border = new PDBorderStyleDictionary();
                border.setWidth(0);
                link.setBorderStyle(border);
                link.setContents(run.text());
                if (!(run.link() instanceof Destination.Uri uri)) {
                    Destination to = run.link().target();
                    BlockId block = document.anchors().get(to);
                    Spot.Found spot = spots.get(to);
                    int[] target = to instanceof Destination.NoteCall call
                            ? calls.get(call.note())
                            : spot != null
                                    ? new int[] {
                                        spot.page().number(),
                                        (int) ((spot.page().height() - spot.baseline()) / 1000) + LINE_ABOVE
                                    }
                                    : block == null ? null : blocks.get(block);
                    if (target == null) {
                        continue;
                    }
                    PDPageXYZDestination destination = new PDPageXYZDestination();
                    destination.setPage(pages.get(target[0] - 1));
                    destination.setTop(target[1]);
                    destination.setLeft(0);
                    link.setDestination(destination);
                } else {
                    PDActionURI action = new PDActionURI();
                    action.setURI(uri.uri());
                    link.setAction(action);
                }
                link.setPrinted(true);
                PDPage target = pages.get(page.number() - 1);
                tagging.annotation(page.number() - 1, item, link.getCOSObject(), target);
                target.getAnnotations().add(link);
            }
        }
    }
}
