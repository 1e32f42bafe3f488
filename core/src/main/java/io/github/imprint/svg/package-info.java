/**
 * SVG read into a vector drawing ({@link io.github.imprint.svg.VectorDrawing}): sealed nodes, segments
 * and paints in the SVG's user space, with the size it asks to be shown at and the elements it could
 * not draw. Reads with the JDK's XML parser, DTDs refused; uses nothing but the JDK. The Markdown front
 * end measures SVG figures through it and the PDF writer paints the drawing.
 */
package io.github.imprint.svg;
