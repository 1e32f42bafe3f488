package io.github.imprint.theme;

import java.util.Locale;
import java.util.Optional;

/** The printed page: its trim size and margins, inside being the spine side of facing pages. */
public record PageGeometry(
        Length width, Length height, Length marginTop, Length marginBottom, Length marginInside, Length marginOutside) {

    /** The width of the text block. */
    public Length measure() {
        return new Length(width.millipoints() - marginInside.millipoints() - marginOutside.millipoints());
    }

    /** A page size by name ({@code A4}, {@code A5}, {@code letter}, {@code 6x9in}) or as {@code WIDTHxHEIGHT}. */
    static Optional<Length[]> size(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "a4" ->
                Optional.of(new Length[] {
                    Length.parse("210mm").get(), Length.parse("297mm").get()
                });
            case "a5" ->
                Optional.of(new Length[] {
                    Length.parse("148mm").get(), Length.parse("210mm").get()
                });
            case "letter" ->
                Optional.of(new Length[] {
                    Length.parse("8.5in").get(), Length.parse("11in").get()
                });
            case "6x9in" ->
                Optional.of(new Length[] {
                    Length.parse("6in").get(), Length.parse("9in").get()
                });
            default -> {
                String[] parts = t.split("x", 2);
                if (parts.length != 2) {
                    yield Optional.empty();
                }
                Optional<Length> w = Length.parse(parts[0]);
                Optional<Length> h = Length.parse(parts[1]);
                yield w.isPresent()
                                && h.isPresent()
                                && w.get().millipoints() > 0
                                && h.get().millipoints() > 0
                        ? Optional.of(new Length[] {w.get(), h.get()})
                        : Optional.empty();
            }
        };
    }
}
