package io.github.imprint.svg;

import java.util.List;

/**
 * An SVG read into what a page can paint: a tree of groups and shapes in the SVG's user space (y
 * down), each shape a path of segments with its paint, each node with the transforms that apply to it.
 *
 * @param x        the viewBox's left edge, in user units
 * @param y        the viewBox's top edge
 * @param width    the viewBox's width (300 when the SVG gives neither a viewBox nor a width)
 * @param height   the viewBox's height (150 likewise)
 * @param nodes    what is drawn, in painting order
 * @param skipped  the names of the elements that are not drawn (text, images, filters …), once each
 * @param intrinsicWidth  the size the SVG asks to be shown at, in CSS pixels (96 to the inch), from its
 *                 root's width and height, else from its viewBox; 0 when it gives neither, or gives them
 *                 in percent
 * @param intrinsicHeight likewise
 */
public record VectorDrawing(
        double x,
        double y,
        double width,
        double height,
        List<Node> nodes,
        List<String> skipped,
        int intrinsicWidth,
        int intrinsicHeight) {

    public VectorDrawing {
        nodes = List.copyOf(nodes);
        skipped = List.copyOf(skipped);
    }

    /** An affine transform {@code [a b c d e f]}, as SVG's {@code matrix()} and PDF's {@code cm} write it. */
    public record Matrix(double a, double b, double c, double d, double e, double f) {}

    /** Something drawn, under the transforms listed (applied in order, innermost last). */
    public sealed interface Node {
        List<Matrix> transforms();
    }

    /** A {@code g}, {@code a} or nested {@code svg}: its children, drawn in order. */
    public record Group(List<Matrix> transforms, List<Node> children) implements Node {}

    /**
     * A shape: its outline and how it is painted. An element that is not drawn keeps its place with an
     * empty path, so the paint operators stay as the SVG orders them.
     */
    public record Shape(List<Matrix> transforms, List<Segment> path, Paint paint) implements Node {}

    /** One step of an outline. */
    public sealed interface Segment {}

    public record MoveTo(double x, double y) implements Segment {}

    public record LineTo(double x, double y) implements Segment {}

    /** A cubic Bézier from the current point through two control points to {@code (x, y)}. */
    public record CurveTo(double x1, double y1, double x2, double y2, double x, double y) implements Segment {}

    /** An axis-aligned rectangle, a closed subpath of its own. */
    public record Rectangle(double x, double y, double width, double height) implements Segment {}

    /** Closes the current subpath. */
    public record Close() implements Segment {}

    /**
     * How a shape is painted: fill and stroke colours as {@code 0xRRGGBB}, or -1 for none. A hidden
     * shape, or an open one with no stroke, paints nothing.
     *
     * @param open    whether the shape is a line or polyline, which is never filled
     * @param visible whether the shape is painted at all ({@code visibility: hidden} is not)
     */
    public record Paint(int fill, int stroke, double strokeWidth, boolean evenOdd, boolean open, boolean visible) {

        public boolean fills() {
            return visible && fill >= 0 && !open;
        }

        public boolean strokes() {
            return visible && stroke >= 0 && strokeWidth > 0;
        }
    }
}
