package io.github.imprint.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers and lengths as SVG writes them, in user units or CSS pixels (96 to the inch). */
final class Lengths {

    static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
    private static final Pattern CSS_LENGTH =
            Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(px|pt|pc|mm|cm|in)?\\s*");

    private Lengths() {}

    /** A length inside the drawing: its first number, scaled by a unit after it; {@code fallback} for none. */
    static double lenient(String text, double fallback) {
        Matcher m = NUMBER.matcher(text == null ? "" : text);
        if (!m.find()) {
            return fallback;
        }
        double value = Double.parseDouble(m.group());
        return value * pixels(text.substring(m.end()).trim());
    }

    /** A CSS length of the root element, in pixels; 0 for none, percentages and nonsense. */
    static double strict(String text) {
        Matcher m = CSS_LENGTH.matcher(text);
        if (!m.matches()) {
            return 0;
        }
        return Double.parseDouble(m.group(1)) * pixels(m.group(2) == null ? "px" : m.group(2));
    }

    private static double pixels(String unit) {
        return switch (unit) {
            case "pt" -> 96.0 / 72;
            case "pc" -> 16;
            case "mm" -> 96 / 25.4;
            case "cm" -> 96 / 2.54;
            case "in" -> 96;
            default -> 1;
        };
    }

    /** Every number in {@code text}, in order. */
    static List<Double> numbers(String text) {
        List<Double> values = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            values.add(Double.parseDouble(m.group()));
        }
        return values;
    }
}
