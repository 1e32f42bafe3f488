package io.github.imprint.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SVG reader: the drawing it makes, the size it reads, what it leaves out, and what it refuses. */
class SvgReaderTest {

    private static VectorDrawing read(String svg) throws SvgReader.Unreadable {
        return SvgReader.read(svg.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} -> {1} x {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "width=\"200\" height=\"100\"|200|100",
                "width=\"2in\" height=\"1in\"|192|96",
                "width=\"72pt\" height=\"36pt\"|96|48",
                "viewBox=\"0 0 300 150\"|300|150",
                "width=\"600\" viewBox=\"0 0 300 150\"|600|300",
                "height=\"75\" viewBox=\"0 0 300 150\"|150|75",
                "width=\"100%\" height=\"100%\"|0|0",
                "|0|0",
                "width=\"1e9\" height=\"10\"|0|0"
            })
    void theSizeComesFromTheRootElement(String attributes, int width, int height) throws SvgReader.Unreadable {
        VectorDrawing d =
                read("<svg xmlns=\"http://www.w3.org/2000/svg\" " + (attributes == null ? "" : attributes) + "/>");
        assertEquals(width, d.intrinsicWidth());
        assertEquals(height, d.intrinsicHeight());
    }

    @Test
    void shapesBecomeSegmentsWithTheirPaint() throws SvgReader.Unreadable {
        VectorDrawing d = read("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" fill=\"red\">"
                + "<g transform=\"translate(1 2)\"><rect width=\"4\" height=\"3\"/>"
                + "<path d=\"M0 0 a2 2 0 0 1 4 0 z\" style=\"fill:none; stroke:#00f; stroke-width:2\"/></g></svg>");
        VectorDrawing.Group root = (VectorDrawing.Group) d.nodes().get(0);
        VectorDrawing.Group g = (VectorDrawing.Group) root.children().get(0);
        assertEquals(List.of(new VectorDrawing.Matrix(1, 0, 0, 1, 1, 2)), g.transforms());
        VectorDrawing.Shape rect = (VectorDrawing.Shape) g.children().get(0);
        assertEquals(List.of(new VectorDrawing.Rectangle(0, 0, 4, 3)), rect.path());
        assertEquals(0xFF0000, rect.paint().fill(), "the fill is inherited");
        VectorDrawing.Shape arc = (VectorDrawing.Shape) g.children().get(1);
        assertTrue(arc.path().get(0) instanceof VectorDrawing.MoveTo);
        assertTrue(
                arc.path().stream()
                                .filter(VectorDrawing.CurveTo.class::isInstance)
                                .count()
                        >= 2,
                "a half turn is drawn as at least two cubics: " + arc.path());
        assertTrue(arc.path().get(arc.path().size() - 1) instanceof VectorDrawing.Close);
        assertFalse(arc.paint().fills());
        assertTrue(arc.paint().strokes());
        assertEquals(2, arc.paint().strokeWidth());
        VectorDrawing.CurveTo last =
                (VectorDrawing.CurveTo) arc.path().get(arc.path().size() - 2);
        assertEquals(4, last.x(), 1e-9);
        assertEquals(0, last.y(), 1e-9);
    }

    @Test
    void whatIsNotDrawnIsNamedOnce() throws SvgReader.Unreadable {
        VectorDrawing d = read("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>a</text><image/><text>b</text>"
                + "<defs><text>c</text></defs></svg>");
        assertEquals(List.of("text", "image"), d.skipped());
    }

    @Test
    void aDoctypeIsRefusedAndItsEntityNeverRead() {
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY s SYSTEM \"file:///etc/hostname\">]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\"><text>&s;</text></svg>";
        SvgReader.Unreadable e = assertThrows(SvgReader.Unreadable.class, () -> read(svg));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void malformedXmlSaysWhere() {
        SvgReader.Unreadable e = assertThrows(
                SvgReader.Unreadable.class, () -> read("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect>\n</svg>"));
        assertEquals(3, e.line());
    }
}
