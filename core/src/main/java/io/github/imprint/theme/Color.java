package io.github.imprint.theme;

import java.util.Locale;
import java.util.Optional;

/** An sRGB colour, written {@code #rrggbb} or {@code #rgb} in themes. */
public record Color(int rgb) {

    public static Optional<Color> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("#[0-9a-f]{6}")) {
            return Optional.of(new Color(Integer.parseInt(t.substring(1), 16)));
        }
        if (t.matches("#[0-9a-f]{3}")) {
            StringBuilder six = new StringBuilder();
            for (char c : t.substring(1).toCharArray()) {
                six.append(c).append(c);
            }
            return Optional.of(new Color(Integer.parseInt(six.toString(), 16)));
        }
        return Optional.empty();
    }

    public int red() {
        return rgb >> 16 & 0xFF;
    }

    public int green() {
        return rgb >> 8 & 0xFF;
    }

    public int blue() {
        return rgb & 0xFF;
    }

    /** {@code #rrggbb}. */
    public String hex() {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }
}
