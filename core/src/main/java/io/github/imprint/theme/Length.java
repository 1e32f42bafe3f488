package io.github.imprint.theme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A length in integer millipoints (1/1000 of a PostScript point), so that layout is exact and the
 * same on every machine. Written in themes with a unit: {@code pt}, {@code mm}, {@code cm},
 * {@code in}, {@code pc} or {@code px} (a CSS pixel, 3/4 pt).
 */
public record Length(long millipoints) implements Comparable<Length> {

    public static final Length ZERO = new Length(0);
    private static final Pattern FORM = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*(pt|mm|cm|in|pc|px)?");

    public static Length points(double points) {
        return new Length(Math.round(points * 1000));
    }

    /** Parses {@code 10.5pt}, {@code 20mm}; a bare {@code 0} is allowed. Empty when malformed or too long to hold. */
    public static Optional<Length> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches() || (m.group(2) == null && new BigDecimal(m.group(1)).signum() != 0)) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1));
        BigDecimal perUnit = switch (m.group(2) == null ? "pt" : m.group(2)) {
            case "mm" -> new BigDecimal("2834.6456692913");
            case "cm" -> new BigDecimal("28346.456692913");
            case "in" -> new BigDecimal("72000");
            case "pc" -> new BigDecimal("12000");
            case "px" -> new BigDecimal("750");
            default -> new BigDecimal("1000");
        };
        try {
            return Optional.of(new Length(
                    value.multiply(perUnit).setScale(0, RoundingMode.HALF_EVEN).longValueExact()));
        } catch (ArithmeticException e) {
            return Optional.empty(); // more digits than any page has room for (found by fuzzing)
        }
    }

    public double points() {
        return millipoints / 1000.0;
    }

    /** This length in ems of {@code fontSize}, as CSS writes it: at most four decimals, no trailing zeros. */
    public String inEm(Length fontSize) {
        return css(millipoints / (double) fontSize.millipoints) + "em";
    }

    static String css(double value) {
        String text = new BigDecimal(value)
                .setScale(4, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    @Override
    public int compareTo(Length other) {
        return Long.compare(millipoints, other.millipoints);
    }

    @Override
    public String toString() {
        return css(points()) + "pt";
    }
}
