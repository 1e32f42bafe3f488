package io.github.imprint.theme;

/** The printed page: its trim size and margins, inside being the spine side of facing pages. */
public record PageGeometry(
        Length width, Length height, Length marginTop, Length marginBottom, Length marginInside, Length marginOutside) {

    /** The width of the text block. */
    public Length measure() {
        return new Length(width.millipoints() - marginInside.millipoints() - marginOutside.millipoints());
    }
}
