package io.github.imprint.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SVG figure drawn as PDF vectors, so a diagram stays sharp at any zoom and in print. The subset is
 * what diagrams and charts use: {@code g} with transforms, {@code rect} (rounded too), {@code circle},
 * {@code ellipse}, {@code line}, {@code polyline}, {@code polygon} and {@code path} with every command
 * (arcs become cubic Béziers), fill, stroke, stroke width and fill rule from attributes or
 * {@code style}, inherited down the tree; a gradient paints in its first stop's colour. Text,
 * images, filters and masks are not drawn; what was left out is reported once.
 *
 * <p>The file is read with DTDs and external entities refused, so a hostile SVG can neither reach
 * the disk or the network nor expand itself. The content stream draws in the SVG's own user space;
 * the form's matrix maps the viewBox onto the unit square, so the figure is placed as an image is.
 */
final class SvgDrawing {

    /** The drawing: content-stream operators, and the viewBox they are drawn in. */
    record Result(byte[] content, double x, double y, double width, double height, List<String> skipped) {
    }

    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern TRANSFORM = Pattern.compile("(matrix|translate|scale|rotate|skewX|skewY)\\s*\\(([^)]*)\\)");
    private static final double KAPPA = 0.5522847498;

    private final StringBuilder out = new StringBuilder(4096);
    private final Map<String, Integer> gradients = new HashMap<>();
    private final List<String> skipped = new ArrayList<>();

    private SvgDrawing() {
    }

    static Result read(Path file) throws IOException {
        Document document;
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
            document = builder.parse(file.toFile());
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("the SVG cannot be read: " + e.getMessage(), e);
        }
        Element root = document.getDocumentElement();
        double[] box = viewBox(root);
        SvgDrawing drawing = new SvgDrawing();
        drawing.collectGradients(root);
        drawing.element(root, new Style(0x000000, -1, 1, false, true));
        return new Result(drawing.out.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII), box[0], box[1], box[2],
                box[3], List.copyOf(drawing.skipped));
    }

    private static double[] viewBox(Element root) {
        String[] box = root.getAttribute("viewBox").trim().split("[\\s,]+");
        if (box.length == 4) {
            try {
                double[] b = {Double.parseDouble(box[0]), Double.parseDouble(box[1]), Double.parseDouble(box[2]),
                        Double.parseDouble(box[3])};
                if (b[2] > 0 && b[3] > 0) {
                    return b;
                }
            } catch (NumberFormatException e) {
                // fall back to the width and height
            }
        }
        double width = length(root.getAttribute("width"), 300);
        double height = length(root.getAttribute("height"), 150);
        return new double[]{0, 0, width, height};
    }

    /** Fill colour (or -1 for none), stroke colour (or -1), stroke width, even-odd rule, visibility. */
    private record Style(int fill, int stroke, double strokeWidth, boolean evenOdd, boolean visible) {
    }

    private void collectGradients(Element element) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                String name = child.getTagName();
                if ((name.equals("linearGradient") || name.equals("radialGradient")) && !child.getAttribute("id").isEmpty()) {
                    for (Node stop = child.getFirstChild(); stop != null; stop = stop.getNextSibling()) {
                        if (stop instanceof Element s && s.getTagName().equals("stop")) {
                            String colour = property(s, "stop-color");
                            gradients.put(child.getAttribute("id"), colour == null ? 0 : color(colour, 0));
                            break;
                        }
                    }
                } else {
                    collectGradients(child);
                }
            }
        }
    }

    private void children(Element parent, Style style) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                element(child, style);
            }
        }
    }

    private void element(Element e, Style inherited) {
        String name = e.getTagName();
        if (name.equals("defs") || name.equals("title") || name.equals("desc") || name.equals("metadata")
                || name.equals("linearGradient") || name.equals("radialGradient") || name.equals("style")) {
            return;
        }
        Style style = style(e, inherited);
        if ("none".equals(property(e, "display"))) {
            return;
        }
        String transform = e.getAttribute("transform");
        boolean saved = !transform.isEmpty();
        if (saved) {
            out.append("q\n");
            transform(transform);
        }
        switch (name) {
            case "g", "svg", "a" -> children(e, style);
            case "rect" -> rect(e);
            case "circle" -> ellipse(number(e, "cx"), number(e, "cy"), number(e, "r"), number(e, "r"));
            case "ellipse" -> ellipse(number(e, "cx"), number(e, "cy"), number(e, "rx"), number(e, "ry"));
            case "line" -> {
                move(number(e, "x1"), number(e, "y1"));
                line(number(e, "x2"), number(e, "y2"));
            }
            case "polyline", "polygon" -> points(e.getAttribute("points"), name.equals("polygon"));
            case "path" -> new PathData(e.getAttribute("d")).draw();
            default -> skip(name);
        }
        if (!name.equals("g") && !name.equals("svg") && !name.equals("a") && style.visible()) {
            paint(style, name.equals("line") || name.equals("polyline"));
        } else if (!name.equals("g") && !name.equals("svg") && !name.equals("a")) {
            out.append("n\n");
        }
        if (saved) {
            out.append("Q\n");
        }
    }

    private void skip(String name) {
        if (!skipped.contains(name)) {
            skipped.add(name);
        }
    }

    private Style style(Element e, Style parent) {
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
            width = length(w, width);
        }
        String rule = property(e, "fill-rule");
        if (rule != null) {
            evenOdd = rule.trim().equals("evenodd");
        }
        String visibility = property(e, "visibility");
        if (visibility != null) {
            visible = !visibility.trim().equals("hidden");
        }
        return new Style(fill, stroke, width, evenOdd, visible);
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
        Matcher url = Pattern.compile("url\\(\\s*#([^)\\s]+)\\s*\\)").matcher(v);
        if (url.find()) {
            return gradients.getOrDefault(url.group(1), inherited);
        }
        return color(v, inherited);
    }

    static int color(String value, int fallback) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("#") && v.length() == 4) {
            int r = Character.digit(v.charAt(1), 16);
            int g = Character.digit(v.charAt(2), 16);
            int b = Character.digit(v.charAt(3), 16);
            return r < 0 || g < 0 || b < 0 ? fallback : (r * 17) << 16 | (g * 17) << 8 | b * 17;
        }
        if (v.startsWith("#") && v.length() == 7) {
            try {
                return Integer.parseInt(v.substring(1), 16);
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        if (v.startsWith("rgb(")) {
            String[] parts = v.substring(4, v.length() - (v.endsWith(")") ? 1 : 0)).split(",");
            if (parts.length == 3) {
                int rgb = 0;
                for (String part : parts) {
                    String p = part.trim();
                    double c = p.endsWith("%") ? Double.parseDouble(p.substring(0, p.length() - 1)) * 2.55
                            : Double.parseDouble(p);
                    rgb = rgb << 8 | (int) Math.max(0, Math.min(255, Math.round(c)));
                }
                return rgb;
            }
        }
        return switch (v) {
            case "black", "currentcolor" -> 0x000000;
            case "white" -> 0xFFFFFF;
            case "red" -> 0xFF0000;
            case "green" -> 0x008000;
            case "blue" -> 0x0000FF;
            case "yellow" -> 0xFFFF00;
            case "orange" -> 0xFFA500;
            case "purple" -> 0x800080;
            case "gray", "grey" -> 0x808080;
            case "lightgray", "lightgrey" -> 0xD3D3D3;
            case "darkgray", "darkgrey" -> 0xA9A9A9;
            case "silver" -> 0xC0C0C0;
            case "navy" -> 0x000080;
            case "teal" -> 0x008080;
            case "maroon" -> 0x800000;
            case "olive" -> 0x808000;
            case "lime" -> 0x00FF00;
            case "aqua", "cyan" -> 0x00FFFF;
            case "fuchsia", "magenta" -> 0xFF00FF;
            case "brown" -> 0xA52A2A;
            case "pink" -> 0xFFC0CB;
            case "gold" -> 0xFFD700;
            case "steelblue" -> 0x4682B4;
            case "darkblue" -> 0x00008B;
            case "darkgreen" -> 0x006400;
            case "darkred" -> 0x8B0000;
            default -> fallback;
        };
    }

    private static double length(String text, double fallback) {
        Matcher m = NUMBER.matcher(text == null ? "" : text);
        if (!m.find()) {
            return fallback;
        }
        double value = Double.parseDouble(m.group());
        String unit = text.substring(m.end()).trim();
        return value * switch (unit) {
            case "pt" -> 96.0 / 72;
            case "mm" -> 96 / 25.4;
            case "cm" -> 96 / 2.54;
            case "in" -> 96;
            case "pc" -> 16;
            default -> 1;
        };
    }

    private static double number(Element e, String name) {
        return length(e.getAttribute(name), 0);
    }

    private void paint(Style style, boolean open) {
        boolean fill = style.fill() >= 0 && !open;
        boolean stroke = style.stroke() >= 0 && style.strokeWidth() > 0;
        if (fill) {
            rgb(style.fill(), "rg");
        }
        if (stroke) {
            rgb(style.stroke(), "RG");
            num(style.strokeWidth()).append(" w\n");
        }
        String star = style.evenOdd() ? "*" : "";
        out.append(fill && stroke ? "B" + star : fill ? "f" + star : stroke ? "S" : "n").append('\n');
    }

    private void rgb(int rgb, String operator) {
        num((rgb >> 16 & 0xFF) / 255.0).append(' ');
        num((rgb >> 8 & 0xFF) / 255.0).append(' ');
        num((rgb & 0xFF) / 255.0).append(' ').append(operator).append('\n');
    }

    private void transform(String text) {
        Matcher m = TRANSFORM.matcher(text);
        while (m.find()) {
            List<Double> a = numbers(m.group(2));
            double[] t = switch (m.group(1)) {
                case "matrix" -> a.size() == 6 ? new double[]{a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5)} : null;
                case "translate" -> a.isEmpty() ? null : new double[]{1, 0, 0, 1, a.get(0), a.size() > 1 ? a.get(1) : 0};
                case "scale" -> a.isEmpty() ? null : new double[]{a.get(0), 0, 0, a.size() > 1 ? a.get(1) : a.get(0), 0, 0};
                case "rotate" -> rotate(a);
                case "skewX" -> a.isEmpty() ? null : new double[]{1, 0, Math.tan(Math.toRadians(a.get(0))), 1, 0, 0};
                case "skewY" -> a.isEmpty() ? null : new double[]{1, Math.tan(Math.toRadians(a.get(0))), 0, 1, 0, 0};
                default -> null;
            };
            if (t != null) {
                for (double v : t) {
                    num(v).append(' ');
                }
                out.append("cm\n");
            }
        }
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
        return new double[]{cos, sin, -sin, cos, cx - cos * cx + sin * cy, cy - sin * cx - cos * cy};
    }

    private static List<Double> numbers(String text) {
        List<Double> values = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            values.add(Double.parseDouble(m.group()));
        }
        return values;
    }

    private void rect(Element e) {
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
            num(x).append(' ');
            num(y).append(' ');
            num(w).append(' ');
            num(h).append(" re\n");
            return;
        }
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        move(x + rx, y);
        line(x + w - rx, y);
        curve(x + w - rx + kx, y, x + w, y + ry - ky, x + w, y + ry);
        line(x + w, y + h - ry);
        curve(x + w, y + h - ry + ky, x + w - rx + kx, y + h, x + w - rx, y + h);
        line(x + rx, y + h);
        curve(x + rx - kx, y + h, x, y + h - ry + ky, x, y + h - ry);
        line(x, y + ry);
        curve(x, y + ry - ky, x + rx - kx, y, x + rx, y);
        out.append("h\n");
    }

    private void ellipse(double cx, double cy, double rx, double ry) {
        if (rx <= 0 || ry <= 0) {
            return;
        }
        double kx = rx * KAPPA;
        double ky = ry * KAPPA;
        move(cx + rx, cy);
        curve(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        curve(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        curve(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        curve(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        out.append("h\n");
    }

    private void points(String text, boolean close) {
        List<Double> p = numbers(text);
        for (int i = 0; i + 1 < p.size(); i += 2) {
            if (i == 0) {
                move(p.get(0), p.get(1));
            } else {
                line(p.get(i), p.get(i + 1));
            }
        }
        if (close && p.size() >= 4) {
            out.append("h\n");
        }
    }

    private void move(double x, double y) {
        num(x).append(' ');
        num(y).append(" m\n");
    }

    private void line(double x, double y) {
        num(x).append(' ');
        num(y).append(" l\n");
    }

    private void curve(double x1, double y1, double x2, double y2, double x, double y) {
        num(x1).append(' ');
        num(y1).append(' ');
        num(x2).append(' ');
        num(y2).append(' ');
        num(x).append(' ');
        num(y).append(" c\n");
    }

    private StringBuilder num(double value) {
        if (!Double.isFinite(value)) {
            return out.append('0');
        }
        long thousandths = Math.round(value * 1000);
        if (thousandths % 1000 == 0) {
            return out.append(thousandths / 1000);
        }
        return out.append(String.format(Locale.ROOT, "%.3f", thousandths / 1000.0).replaceAll("0+$", ""));
    }

    /** SVG path data (SVG 1.1, 8.3): every command, absolute and relative, arcs as cubic Béziers. */
    private final class PathData {
        private final String d;
        private int at;
        private double x;
        private double y;
        private double startX;
        private double startY;
        private double lastControlX;
        private double lastControlY;
        private char last = ' ';

        PathData(String d) {
            this.d = d;
        }

        void draw() {
            char command = ' ';
            while (true) {
                skipSeparators();
                if (at >= d.length()) {
                    return;
                }
                char c = d.charAt(at);
                if (Character.isLetter(c)) {
                    command = c;
                    at++;
                } else if (command == ' ') {
                    return;
                } else if (command == 'M') {
                    command = 'L';
                } else if (command == 'm') {
                    command = 'l';
                }
                if (!step(command)) {
                    return;
                }
            }
        }

        private boolean step(char command) {
            boolean relative = Character.isLowerCase(command);
            double ox = relative ? x : 0;
            double oy = relative ? y : 0;
            switch (Character.toUpperCase(command)) {
                case 'Z' -> {
                    out.append("h\n");
                    x = startX;
                    y = startY;
                }
                case 'M' -> {
                    double[] p = read(2);
                    if (p == null) {
                        return false;
                    }
                    x = ox + p[0];
                    y = oy + p[1];
                    startX = x;
                    startY = y;
                    move(x, y);
                }
                case 'L' -> {
                    double[] p = read(2);
                    if (p == null) {
                        return false;
                    }
                    x = ox + p[0];
                    y = oy + p[1];
                    line(x, y);
                }
                case 'H' -> {
                    double[] p = read(1);
                    if (p == null) {
                        return false;
                    }
                    x = ox + p[0];
                    line(x, y);
                }
                case 'V' -> {
                    double[] p = read(1);
                    if (p == null) {
                        return false;
                    }
                    y = oy + p[0];
                    line(x, y);
                }
                case 'C' -> {
                    double[] p = read(6);
                    if (p == null) {
                        return false;
                    }
                    cubic(ox + p[0], oy + p[1], ox + p[2], oy + p[3], ox + p[4], oy + p[5]);
                }
                case 'S' -> {
                    double[] p = read(4);
                    if (p == null) {
                        return false;
                    }
                    boolean follows = "CcSs".indexOf(last) >= 0;
                    double x1 = follows ? 2 * x - lastControlX : x;
                    double y1 = follows ? 2 * y - lastControlY : y;
                    cubic(x1, y1, ox + p[0], oy + p[1], ox + p[2], oy + p[3]);
                }
                case 'Q' -> {
                    double[] p = read(4);
                    if (p == null) {
                        return false;
                    }
                    quadratic(ox + p[0], oy + p[1], ox + p[2], oy + p[3]);
                }
                case 'T' -> {
                    double[] p = read(2);
                    if (p == null) {
                        return false;
                    }
                    boolean follows = "QqTt".indexOf(last) >= 0;
                    quadratic(follows ? 2 * x - lastControlX : x, follows ? 2 * y - lastControlY : y, ox + p[0], oy + p[1]);
                }
                case 'A' -> {
                    double[] p = readArc();
                    if (p == null) {
                        return false;
                    }
                    arc(p[0], p[1], p[2], p[3] != 0, p[4] != 0, ox + p[5], oy + p[6]);
                }
                default -> {
                    return false;
                }
            }
            last = command;
            return true;
        }

        private void cubic(double x1, double y1, double x2, double y2, double ex, double ey) {
            curve(x1, y1, x2, y2, ex, ey);
            lastControlX = x2;
            lastControlY = y2;
            x = ex;
            y = ey;
        }

        private void quadratic(double qx, double qy, double ex, double ey) {
            curve(x + 2.0 / 3 * (qx - x), y + 2.0 / 3 * (qy - y), ex + 2.0 / 3 * (qx - ex), ey + 2.0 / 3 * (qy - ey), ex, ey);
            lastControlX = qx;
            lastControlY = qy;
            x = ex;
            y = ey;
        }

        /** An elliptical arc (SVG 1.1, F.6.5): to its centre, then in quarter turns or less as cubics. */
        private void arc(double rx, double ry, double degrees, boolean large, boolean sweep, double ex, double ey) {
            if (rx == 0 || ry == 0 || x == ex && y == ey) {
                line(ex, ey);
                x = ex;
                y = ey;
                return;
            }
            rx = Math.abs(rx);
            ry = Math.abs(ry);
            double phi = Math.toRadians(degrees);
            double cos = Math.cos(phi);
            double sin = Math.sin(phi);
            double dx = (x - ex) / 2;
            double dy = (y - ey) / 2;
            double x1 = cos * dx + sin * dy;
            double y1 = -sin * dx + cos * dy;
            double lambda = x1 * x1 / (rx * rx) + y1 * y1 / (ry * ry);
            if (lambda > 1) {
                rx *= Math.sqrt(lambda);
                ry *= Math.sqrt(lambda);
            }
            double num = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
            double den = rx * rx * y1 * y1 + ry * ry * x1 * x1;
            double factor = Math.sqrt(Math.max(0, num / den)) * (large == sweep ? -1 : 1);
            double cx1 = factor * rx * y1 / ry;
            double cy1 = -factor * ry * x1 / rx;
            double cx = cos * cx1 - sin * cy1 + (x + ex) / 2;
            double cy = sin * cx1 + cos * cy1 + (y + ey) / 2;
            double start = Math.atan2((y1 - cy1) / ry, (x1 - cx1) / rx);
            double end = Math.atan2((-y1 - cy1) / ry, (-x1 - cx1) / rx);
            double delta = end - start;
            if (sweep && delta < 0) {
                delta += 2 * Math.PI;
            } else if (!sweep && delta > 0) {
                delta -= 2 * Math.PI;
            }
            int segments = (int) Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9);
            double step = delta / Math.max(1, segments);
            double k = 4.0 / 3 * Math.tan(step / 4);
            double theta = start;
            for (int s = 0; s < Math.max(1, segments); s++) {
                double t2 = theta + step;
                double[] p1 = point(cx, cy, rx, ry, cos, sin, Math.cos(theta) - k * Math.sin(theta),
                        Math.sin(theta) + k * Math.cos(theta));
                double[] p2 = point(cx, cy, rx, ry, cos, sin, Math.cos(t2) + k * Math.sin(t2), Math.sin(t2) - k * Math.cos(t2));
                double[] p3 = point(cx, cy, rx, ry, cos, sin, Math.cos(t2), Math.sin(t2));
                curve(p1[0], p1[1], p2[0], p2[1], p3[0], p3[1]);
                theta = t2;
            }
            x = ex;
            y = ey;
        }

        private double[] point(double cx, double cy, double rx, double ry, double cos, double sin, double ux, double uy) {
            return new double[]{cx + rx * ux * cos - ry * uy * sin, cy + rx * ux * sin + ry * uy * cos};
        }

        private double[] read(int count) {
            double[] values = new double[count];
            for (int i = 0; i < count; i++) {
                skipSeparators();
                Matcher m = NUMBER.matcher(d);
                m.region(at, d.length());
                if (!m.lookingAt()) {
                    return null;
                }
                values[i] = Double.parseDouble(m.group());
                at = m.end();
            }
            return values;
        }

        /** An arc's seven numbers; its two flags may be written without separators ("a5 5 0 011 1"). */
        private double[] readArc() {
            double[] head = read(3);
            if (head == null) {
                return null;
            }
            double[] flags = new double[2];
            for (int i = 0; i < 2; i++) {
                skipSeparators();
                if (at >= d.length() || (d.charAt(at) != '0' && d.charAt(at) != '1')) {
                    return null;
                }
                flags[i] = d.charAt(at++) - '0';
            }
            double[] end = read(2);
            if (end == null) {
                return null;
            }
            return new double[]{head[0], head[1], head[2], flags[0], flags[1], end[0], end[1]};
        }

        private void skipSeparators() {
            while (at < d.length() && (Character.isWhitespace(d.charAt(at)) || d.charAt(at) == ',')) {
                at++;
            }
        }
    }
}
