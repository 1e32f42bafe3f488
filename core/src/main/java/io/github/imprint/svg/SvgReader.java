package io.github.imprint.svg;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an SVG into a {@link VectorDrawing}. The subset is what diagrams and charts use: {@code g} with
 * transforms, {@code rect} (rounded too), {@code circle}, {@code ellipse}, {@code line},
 * {@code polyline}, {@code polygon} and {@code path} with every command, fill, stroke, stroke width,
 * fill rule, display and visibility from attributes or {@code style}, inherited down the tree; a
 * gradient paints in its first stop's colour. Text, images, filters and masks are not drawn; the
 * drawing names what was left out.
 *
 * <p>The file is read by the JDK's own parser with DTDs and external entities refused, so a hostile
 * SVG can neither reach the disk or the network nor expand itself.
 */
public final class SvgReader {

    private static final Pattern TRANSFORM =
            Pattern.compile("(matrix|translate|scale|rotate|skewX|skewY)\\s*\\(([^)]*)\\)");
    private static final Pattern URL = Pattern.compile("url\\(\\s*#([^)\\s]+)\\s*\\)");
    private static final double KAPPA = 0.5522847498;
    private static final Set<String> NOT_PAINTED =
            Set.of("defs", "title", "desc", "metadata", "linearGradient", "radialGradient", "style");
    private static final Set<String> GROUPS = Set.of("g", "svg", "a");

    /** Inherited presentation: fill colour (or -1 for none), stroke colour (or -1), stroke width, rule, visibility. */
    private record Inherited(int fill, int stroke, double strokeWidth, boolean evenOdd, boolean visible) {}

    /** An SVG that cannot be read: not well-formed XML, or with a DTD; {@code line} is 0 when unknown. */
    public static final class Unreadable extends Exception {
        private final int line;
        private final int column;

        Unreadable(String message, int line, int column, Throwable cause) {
            super(message, cause);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private final Map<String, Integer> gradients = new HashMap<>();
    private final Set<String> skipped = new LinkedHashSet<>();

    private SvgReader() {}

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>\\[]*>", Pattern.CASE_INSENSITIVE);

    /**
     * Whether an SVG's text has a document type with declarations of its own (an internal subset in
     * brackets), which the reader refuses; a plain {@code <!DOCTYPE svg PUBLIC "…" "…">} declares
     * nothing and is passed over, never fetched.
     */
    public static boolean doctypeWithDeclarations(String text) {
        int at = text.toLowerCase(Locale.ROOT).indexOf("<!doctype");
        return at >= 0 && !DOCTYPE.matcher(text).region(at, text.length()).lookingAt();
    }

    /** Reads the SVG in {@code bytes}. */
    public static VectorDrawing read(byte[] bytes) throws Unreadable {
        Element root = parse(withoutPlainDoctype(bytes)).getDocumentElement();
        double[] box = viewBox(root);
        int[] size = intrinsicSize(root);
        SvgReader reader = new SvgReader();
        reader.collectGradients(root);
        VectorDrawing.Node node = reader.element(root, new Inherited(0x000000, -1, 1, false, true));
        return new VectorDrawing(
                box[0],
                box[1],
                box[2],
                box[3],
                node == null ? List.of() : List.of(node),
                List.copyOf(reader.skipped),
                size[0],
                size[1]);
    }

    /** The bytes with a plain document type blanked out (lines kept, so positions stay true). */
    private static byte[] withoutPlainDoctype(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher doctype = DOCTYPE.matcher(text);
        if (!doctype.find()) {
            return bytes;
        }
        String blank = doctype.group().replaceAll("[^\\n]", " ");
        return (text.substring(0, doctype.start()) + blank + text.substring(doctype.end()))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Document parse(byte[] bytes) throws Unreadable {
        try {
            // the JDK's own parser, whatever else is on the class path
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new Unreadable(e.getMessage(), Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()), e);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new Unreadable(e.getMessage(), 0, 0, e);
        }
    }

    private static double[] viewBox(Element root) {
        double[] b = viewBoxAttribute(root);
        if (b != null && b[2] > 0 && b[3] > 0) {
            return b;
        }
        return new double[] {
            0, 0, Lengths.lenient(root.getAttribute("width"), 300), Lengths.lenient(root.getAttribute("height"), 150)
        };
    }

    private static double[] viewBoxAttribute(Element root) {
        String[] box = root.getAttribute("viewBox").trim().split("[\\s,]+");
        if (box.length != 4) {
            return null;
        }
        try {
            return new double[] {
                Double.parseDouble(box[0]),
                Double.parseDouble(box[1]),
                Double.parseDouble(box[2]),
                Double.parseDouble(box[3])
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The root's width and height in CSS pixels, the missing one from the viewBox's proportions. */
    private static int[] intrinsicSize(Element root) {
        double width = Lengths.strict(root.getAttribute("width"));
        double height = Lengths.strict(root.getAttribute("height"));
        double[] box = viewBoxAttribute(root);
        if (box != null) {
            if (width <= 0 && height <= 0) {
                width = box[2];
                height = box[3];
            } else if (width <= 0 && box[3] > 0) {
                width = height * box[2] / box[3];
            } else if (height <= 0 && box[2] > 0) {
                height = width * box[3] / box[2];
            }
        }
        boolean sane = width > 0 && height > 0 && width < 1e6 && height < 1e6;
        return sane ? new int[] {(int) Math.ceil(width), (int) Math.ceil(height)} : new int[] {0, 0};
    }

    private void collectGradients(Element element) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                String name = child.getTagName();
                if ((name.equals("linearGradient") || name.equals("radialGradient"))
                        && !child.getAttribute("id").isEmpty()) {
                    for (Node stop = child.getFirstChild(); stop != null; stop = stop.getNextSibling()) {
                        if (stop instanceof Element s && s.getTagName().equals("stop")) {
                            String colour = property(s, "stop-color");
                            gradients.put(child.getAttribute("id"), colour == null ? 0 : Colours.parse(colour, 0));
                            break;
                        }
                    }
                } else {
                    collectGradients(child);
                }
            }
        }
    }

    /** The node an element draws, or null for one that draws nothing (definitions, hidden by display). */
    private VectorDrawing.Node element(Element e, Inherited inherited) {
        String name = e.getTagName();
        if (NOT_PAINTED.contains(name)) {
            return null;
        }
        Inherited style = style(e, inherited);
        if ("none".equals(property(e, "display"))) {
            return null;
        }
        List<VectorDrawing.Matrix> transforms = transforms(e.getAttribute("transform"));
        if (GROUPS.contains(name) || name.equals("switch")) {
            List<VectorDrawing.Node> children = new ArrayList<>();
            for (Node node = e.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element child) {
                    if (name.equals("switch") && child.getTagName().equals("foreignObject")) {
                        // a switch draws its first child a renderer can: here, never the HTML inside
                        continue;
                    }
                    VectorDrawing.Node drawn = element(child, style);
                    if (drawn != null) {
                        children.add(drawn);
                    }
                    if (name.equals("switch")) {
                        break;
                    }
                }
            }
            return new VectorDrawing.Group(transforms, children);
        }
        List<VectorDrawing.Segment> path = new ArrayList<>();
        switch (name) {
            case "rect" -> rect(e, path);
            case "circle" -> ellipse(number(e, "cx"), number(e, "cy"), number(e, "r"), number(e, "r"), path);
            case "ellipse" -> ellipse(number(e, "cx"), number(e, "cy"), number(e, "rx"), number(e, "ry"), path);
            case "line" -> {
                path.add(new VectorDrawing.MoveTo(number(e, "x1"), number(e, "y1")));
                path.add(new VectorDrawing.LineTo(number(e, "x2"), number(e, "y2")));
            }
            case "polyline", "polygon" -> points(e.getAttribute("points"), name.equals("polygon"), path);
            case "path" -> path.addAll(PathData.parse(e.getAttribute("d")));
            default -> skipped.add(name);
        }
        boolean open = name.equals("line") || name.equals("polyline");
        return new VectorDrawing.Shape(
                transforms,
                path,
                new VectorDrawing.Paint(
                        style.fill(), style.stroke(), style.strokeWidth(), style.evenOdd(), open, style.visible()));
    }

    private Inherited style(Element e, Inherited parent) {
        int fill = parent.fill();
        int stroke = parent.stroke();
        double width = parent.strokeWidth();
        boolean evenOdd = parent.evenOdd();
        boolean visible = parent.visible();
        String f = property(e, "fill");
        if (f != null) {
            fill = paint(f, fill);
        }
        String s = property(e, "stroke");
        if (s != null) {
            stroke = paint(s, stroke);
        }
        String w = property(e, "stroke-width");
        if (w != null) {
            width = Lengths.lenient(w, width);
        }
        String rule = property(e, "fill-rule");
        if (rule != null) {
            evenOdd = rule.trim().equals("evenodd");
        }
        String visibility = property(e, "visibility");
        if (visibility != null) {
            visible = !visibility.trim().equals("hidden");
        }
        return new Inherited(fill, stroke, width, evenOdd, visible);
    }

    /** A presentation property, from the {@code style} attribute first, then the attribute itself. */
    private static String property(Element e, String name) {
        String style = e.getAttribute("style");
        if (!style.isEmpty()) {
            for (String declaration : style.split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0 && declaration.substring(0, colon).trim().equals(name)) {
                    return declaration.substring(colon + 1).trim();
                }
            }
        }
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    private int paint(String value, int inherited) {
        String v = value.trim();
        if (v.equals("none") || v.equals("transparent")) {
            return -1;
        }
        Matcher url = URL.matcher(v);
        if (url.find()) {
            return gradients.getOrDefault(url.group(1), inherited);
        }
        return Colours.parse(v, inherited);
    }

    private static double number(Element e, String name) {
        return Lengths.lenient(e.getAttribute(name), 0);
    }

    private static List<VectorDrawing.Matrix> transforms(String text) {
        List<VectorDrawing.Matrix> matrices = new ArrayList<>();
        Matcher m = TRANSFORM.matcher(text);
        while (m.find()) {
            List<Double> a = Lengths.numbers(m.group(2));
            double[] t = switch (m.group(1)) {
                case "matrix" ->
                    a.size() == 6 ? new double[] {a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5)} : null;
                case "translate" ->
                    a.isEmpty() ? null : new double[] {1, 0, 0, 1, a.get(0), a.size() > 1 ? a.get(1) : 0};
                case "scale" ->
                    a.isEmpty() ? null : new double[] {a.get(0), 0, 0, a.size() > 1 ? a.get(1) : a.get(0), 0, 0};
                case "rotate" -> rotate(a);
                case "skewX" -> a.isEmpty() ? null : new double[] {1, 0, Math.tan(Math.toRadians(a.get(0))), 1, 0, 0};
                case "skewY" -> a.isEmpty() ? null : new double[] {1, Math.tan(Math.toRadians(a.get(0))), 0, 1, 0, 0};
                default -> null;
            };
            if (t != null) {
                matrices.add(new VectorDrawing.Matrix(t[0], t[1], t[2], t[3], t[4], t[5]));
            }
        }
        return matrices;
    }

    private static double[] rotate(List<Double> a) {
        if (a.isEmpty()) {
            return null;
        }
        double r = Math.toRadians(a.get(0));
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        double cx = a.size() == 3 ? a.get(1) : 0;
        double cy = a.size() == 3 ? a.get(2) : 0;
        return new double[] {cos, sin, -sin, cos, cx - cos * cx + sin * cy, cy - sin * cx - cos * cy};
    }

    private static void rect(Element e, List<VectorDrawing.Segment> path) {
        double x = number(e, "x");
        double y = number(e, "y");
        double w = number(e, "width");
        double h = number(e, "height");
        double rx = e.hasAttribute("rx") ? number(e, "rx") : number(e, "ry");
        double ry = e.hasAttribute("ry") ? number(e, "ry") : rx;
        rx = Math.min(rx, w / 2);
        ry = Math.min(ry, h / 2);
        if (w <= 0 || h <= 0) {
            return;
        }
        if (rx <= 0 || ry <= 0) {
            path.add(new VectorDrawing.Rectangle(x, y, w, h));
            return;
        }
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        path.add(new VectorDrawing.MoveTo(x + rx, y));
        path.add(new VectorDrawing.LineTo(x + w - rx, y));
        path.add(new VectorDrawing.CurveTo(x + w - rx + kx, y, x + w, y + ry - ky, x + w, y + ry));
        path.add(new VectorDrawing.LineTo(x + w, y + h - ry));
        path.add(new VectorDrawing.CurveTo(x + w, y + h - ry + ky, x + w - rx + kx, y + h, x + w - rx, y + h));
        path.add(new VectorDrawing.LineTo(x + rx, y + h));
        path.add(new VectorDrawing.CurveTo(x + rx - kx, y + h, x, y + h - ry + ky, x, y + h - ry));
        path.add(new VectorDrawing.LineTo(x, y + ry));
        path.add(new VectorDrawing.CurveTo(x, y + ry - ky, x + rx - kx, y, x + rx, y));
        path.add(new VectorDrawing.Close());
    }

    private static void ellipse(double cx, double cy, double rx, double ry, List<VectorDrawing.Segment> path) {
        if (rx <= 0 || ry <= 0) {
            return;
        }
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        path.add(new VectorDrawing.MoveTo(cx + rx, cy));
        path.add(new VectorDrawing.CurveTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry));
        path.add(new VectorDrawing.CurveTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy));
        path.add(new VectorDrawing.CurveTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry));
        path.add(new VectorDrawing.CurveTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy));
        path.add(new VectorDrawing.Close());
    }

    private static void points(String text, boolean close, List<VectorDrawing.Segment> path) {
        List<Double> p = Lengths.numbers(text);
        for (int i = 0; i + 1 < p.size(); i += 2) {
            path.add(
                    i == 0
                            ? new VectorDrawing.MoveTo(p.get(0), p.get(1))
                            : new VectorDrawing.LineTo(p.get(i), p.get(i + 1)));
        }
        if (close && p.size() >= 4) {
            path.add(new VectorDrawing.Close());
        }
    }
}
