package io.github.imprint.pdf;

import io.github.imprint.svg.VectorDrawing;

/**
 * Paints a {@link VectorDrawing} as content-stream operators, in the drawing's own user space: a node
 * with transforms is drawn between {@code q} and {@code Q} after a {@code cm} for each, a shape's
 * outline as path operators, then its paint ({@code f}, {@code S}, {@code B}, with {@code *} for the
 * even-odd rule, or {@code n} when nothing is painted). The form that holds the operators maps the
 * viewBox onto the unit square, so the figure is placed as an image is.
 */
final class VectorPainter {

    private VectorPainter() {}

    static byte[] paint(VectorDrawing drawing) {
        ContentStream out = new ContentStream(0);
        for (VectorDrawing.Node node : drawing.nodes()) {
            node(out, node);
        }
        return out.bytes();
    }

    private static void node(ContentStream out, VectorDrawing.Node node) {
        boolean saved = !node.transforms().isEmpty();
        if (saved) {
            out.ascii("q\n");
            for (VectorDrawing.Matrix m : node.transforms()) {
                out.number(m.a())
                        .put(' ')
                        .number(m.b())
                        .put(' ')
                        .number(m.c())
                        .put(' ')
                        .number(m.d())
                        .put(' ')
                        .number(m.e())
                        .put(' ')
                        .number(m.f())
                        .ascii(" cm\n");
            }
        }
        if (node instanceof VectorDrawing.Group group) {
            for (VectorDrawing.Node child : group.children()) {
                node(out, child);
            }
        } else {
            VectorDrawing.Shape shape = (VectorDrawing.Shape) node;
            for (VectorDrawing.Segment segment : shape.path()) {
                segment(out, segment);
            }
            paint(out, shape.paint());
        }
        if (saved) {
            out.ascii("Q\n");
        }
    }

    private static void segment(ContentStream out, VectorDrawing.Segment segment) {
        if (segment instanceof VectorDrawing.MoveTo m) {
            out.number(m.x()).put(' ').number(m.y()).ascii(" m\n");
        } else if (segment instanceof VectorDrawing.LineTo l) {
            out.number(l.x()).put(' ').number(l.y()).ascii(" l\n");
        } else if (segment instanceof VectorDrawing.CurveTo c) {
            out.number(c.x1())
                    .put(' ')
                    .number(c.y1())
                    .put(' ')
                    .number(c.x2())
                    .put(' ')
                    .number(c.y2())
                    .put(' ')
                    .number(c.x())
                    .put(' ')
                    .number(c.y())
                    .ascii(" c\n");
        } else if (segment instanceof VectorDrawing.Rectangle r) {
            out.number(r.x())
                    .put(' ')
                    .number(r.y())
                    .put(' ')
                    .number(r.width())
                    .put(' ')
                    .number(r.height())
                    .ascii(" re\n");
        } else {
            out.ascii("h\n");
        }
    }

    private static void paint(ContentStream out, VectorDrawing.Paint paint) {
        boolean fill = paint.fills();
        boolean stroke = paint.strokes();
        if (fill) {
            out.color(paint.fill(), "rg");
        }
        if (stroke) {
            out.color(paint.stroke(), "RG");
            out.number(paint.strokeWidth()).ascii(" w\n");
        }
        String star = paint.evenOdd() ? "*" : "";
        out.ascii(fill && stroke ? "B" + star : fill ? "f" + star : stroke ? "S" : "n")
                .put('\n');
    }
}
