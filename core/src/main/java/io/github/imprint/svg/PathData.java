package io.github.imprint.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * SVG path data (SVG 1.1, 8.3) to segments: every command, absolute and relative, with the implicit
 * line-to after a move and the reflected control points of {@code S} and {@code T}. Quadratic curves
 * become cubics; an elliptical arc (F.6.5) is found from its endpoints to its centre, then drawn in
 * quarter turns or less, each a cubic whose control points sit at {@code 4/3 tan(θ/4)} along the
 * tangents. Data after an error is ignored, as SVG's renderers ignore it.
 */
/** SVG path data (SVG 1.1, 8.3): every command, absolute and relative, arcs as cubic Béziers. */
final class PathData {
    private final String d;
    private final List<VectorDrawing.Segment> segments = new ArrayList<>();
    private int at;
    private double x;
    private double y;
    private double startX;
    private double startY;
    private double lastControlX;
    private double lastControlY;
    private char last = ' ';

    private PathData(String d) {
        this.d = d;
    }

    /** The outline {@code d} describes, up to its first error (where SVG stops drawing too). */
    static List<VectorDrawing.Segment> parse(String d) {
        PathData path = new PathData(d);
        path.draw();
        return path.segments;
    }

    private void draw() {
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
                segments.add(new VectorDrawing.Close());
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
                segments.add(new VectorDrawing.MoveTo(x, y));
            }
            case 'L' -> {
                double[] p = read(2);
                if (p == null) {
                    return false;
                }
                x = ox + p[0];
                y = oy + p[1];
                segments.add(new VectorDrawing.LineTo(x, y));
            }
            case 'H' -> {
                double[] p = read(1);
                if (p == null) {
                    return false;
                }
                x = ox + p[0];
                segments.add(new VectorDrawing.LineTo(x, y));
            }
            case 'V' -> {
                double[] p = read(1);
                if (p == null) {
                    return false;
                }
                y = oy + p[0];
                segments.add(new VectorDrawing.LineTo(x, y));
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
        segments.add(new VectorDrawing.CurveTo(x1, y1, x2, y2, ex, ey));
        lastControlX = x2;
        lastControlY = y2;
        x = ex;
        y = ey;
    }

    private void quadratic(double qx, double qy, double ex, double ey) {
        segments.add(new VectorDrawing.CurveTo(
                x + 2.0 / 3 * (qx - x),
                y + 2.0 / 3 * (qy - y),
                ex + 2.0 / 3 * (qx - ex),
                ey + 2.0 / 3 * (qy - ey),
                ex,
                ey));
        lastControlX = qx;
        lastControlY = qy;
        x = ex;
        y = ey;
    }

    /** An elliptical arc (SVG 1.1, F.6.5): to its centre, then in quarter turns or less as cubics. */
    private void arc(double rx, double ry, double degrees, boolean large, boolean sweep, double ex, double ey) {
        if (rx == 0 || ry == 0 || x == ex && y == ey) {
            segments.add(new VectorDrawing.LineTo(ex, ey));
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
        int quarters = (int) Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9);
        double step = delta / Math.max(1, quarters);
        double k = 4.0 / 3 * Math.tan(step / 4);
        double theta = start;
        for (int s = 0; s < Math.max(1, quarters); s++) {
            double t2 = theta + step;
            double[] p1 = point(
                    cx,
                    cy,
                    rx,
                    ry,
                    cos,
                    sin,
                    Math.cos(theta) - k * Math.sin(theta),
                    Math.sin(theta) + k * Math.cos(theta));
            double[] p2 =
                    point(cx, cy, rx, ry, cos, sin, Math.cos(t2) + k * Math.sin(t2), Math.sin(t2) - k * Math.cos(t2));
            double[] p3 = point(cx, cy, rx, ry, cos, sin, Math.cos(t2), Math.sin(t2));
            segments.add(new VectorDrawing.CurveTo(p1[0], p1[1], p2[0], p2[1], p3[0], p3[1]));
            theta = t2;
        }
        x = ex;
        y = ey;
    }

    private static double[] point(
            double cx, double cy, double rx, double ry, double cos, double sin, double ux, double uy) {
        return new double[] {cx + rx * ux * cos - ry * uy * sin, cy + rx * ux * sin + ry * uy * cos};
    }

    private double[] read(int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            skipSeparators();
            Matcher m = Lengths.NUMBER.matcher(d);
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
        return new double[] {head[0], head[1], head[2], flags[0], flags[1], end[0], end[1]};
    }

    private void skipSeparators() {
        while (at < d.length() && (Character.isWhitespace(d.charAt(at)) || d.charAt(at) == ',')) {
            at++;
        }
    }
}
