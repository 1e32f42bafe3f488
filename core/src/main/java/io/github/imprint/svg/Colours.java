package io.github.imprint.svg;

import java.util.Locale;

/** CSS colours as SVG writes them: {@code #rgb}, {@code #rrggbb}, {@code rgb(…)} and the common names. */
final class Colours {

    private Colours() {}

    /** The colour as {@code 0xRRGGBB}, or {@code fallback} when it is not one Imprint knows. */
    static int parse(String value, int fallback) {
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
            String[] parts =
                    v.substring(4, v.length() - (v.endsWith(")") ? 1 : 0)).split(",");
            if (parts.length == 3) {
                int rgb = 0;
                for (String part : parts) {
                    String p = part.trim();
                    double c;
                    try {
                        c = p.endsWith("%")
                                ? Double.parseDouble(p.substring(0, p.length() - 1)) * 2.55
                                : Double.parseDouble(p);
                    } catch (NumberFormatException e) {
                        return fallback;
                    }
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
}
