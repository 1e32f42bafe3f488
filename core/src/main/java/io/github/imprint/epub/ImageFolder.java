package io.github.imprint.epub;

import io.github.imprint.model.Block;
import io.github.imprint.model.ImageRef;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Publication;
import io.github.imprint.model.Visitor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The images of the EPUB: each distinct file once, under {@code images/} with a name made safe for
 * every reading system (ASCII letters, digits, hyphens), numbered when two names would collide.
 */
final class ImageFolder {

    /** One image as it goes into the container. */
    record Entry(String href, String id, ImageRef image) {}

    private final Map<Path, Entry> entries = new LinkedHashMap<>();
    private final Set<String> names = new HashSet<>();

    /** The image's place in the container; it must have been added. Safe to call from many threads. */
    String href(ImageRef image) {
        Entry entry = entries.get(image.file());
        if (entry == null) {
            throw new IllegalStateException("image not registered: " + image.file());
        }
        return entry.href();
    }

    /** Adds every image of the publication in reading order, so names are the same on every run. */
    void addAll(Publication publication) {
        publication.accept(new Visitor() {
            @Override
            public void visitBlock(Block block) {
                if (block instanceof Block.Figure figure) {
                    add(figure.image());
                }
            }

            @Override
            public void visitInline(Inline inline) {
                if (inline instanceof Inline.Image image) {
                    add(image.image());
                }
            }
        });
    }

    Entry add(ImageRef image) {
        return entries.computeIfAbsent(image.file(), file -> {
            String stem = file.getFileName()
                    .toString()
                    .replaceFirst("\\.[^.]*$", "")
                    .replaceAll("[^A-Za-z0-9-]+", "-")
                    .replaceAll("^-+|-+$", "")
                    .toLowerCase(Locale.ROOT);
            if (stem.isEmpty()) {
                stem = "image";
            }
            String extension = image.format().extension();
            String name = stem + extension;
            for (int n = 2; !names.add(name); n++) {
                name = stem + "-" + n + extension;
            }
            return new Entry("images/" + name, "img-" + name.replace('.', '-'), image);
        });
    }

    Iterable<Entry> entries() {
        return entries.values();
    }

    private static final Pattern FOREIGN_OBJECT =
            Pattern.compile("<foreignObject\\b[^>]*?/>|<foreignObject\\b.*?</foreignObject\\s*>", Pattern.DOTALL);

    /**
     * An SVG without its {@code foreignObject} elements. Drawing programs put HTML labels in them (with
     * a {@code <switch>} that falls back to SVG text), and that HTML is seldom valid XHTML, which an
     * EPUB's SVG must hold; the fallback text stays. An SVG with none is returned as it is.
     */
    static byte[] withoutForeignObjects(byte[] svg) {
        String text = new String(svg, StandardCharsets.UTF_8);
        if (!text.contains("<foreignObject")) {
            return svg;
        }
        return FOREIGN_OBJECT.matcher(text).replaceAll("").getBytes(StandardCharsets.UTF_8);
    }
}
