package io.github.imprint.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.diag.PublishException;
import io.github.imprint.font.FontFace;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Role;
import io.github.imprint.markdown.Sources;
import io.github.imprint.model.Publication;
import io.github.imprint.theme.ThemeLoader;
import io.github.imprint.typeset.Typesetter;
import io.github.imprint.typeset.shape.Marking;
import io.github.imprint.typeset.shape.ShapedText;
import io.github.imprint.typeset.shape.Shaper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Jazzer fuzz tests of what the issues on books and scripts added: an mdBook's {@code SUMMARY.md} with
 * chapters in folders and {@code {{#include}}}s, raw HTML through the model and the typesetter, and
 * the shaper on any text in any of the publication's languages. Stored inputs replay in every
 * {@code mvn verify}, as in {@link PublishFuzzTest}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class BookFuzzTest {

    private static final List<String> LANGUAGES =
            List.of("en", "ar", "fa", "he", "hi", "bn", "ta", "th", "ja", "zh-Hans", "zh-Hant", "ko", "el", "ru");

    private static final Shaper SHAPER =
            new Shaper(fallbacks(), PublishFuzzTest.THEME.fonts().scripts(), "en");

    private static List<FontFace> fallbacks() {
        LinkedHashSet<String> chain = new LinkedHashSet<>(List.of(
                PublishFuzzTest.THEME.fonts().serif(),
                PublishFuzzTest.THEME.fonts().sans(),
                PublishFuzzTest.THEME.fonts().mono()));
        chain.addAll(ThemeLoader.BUNDLED_FAMILIES);
        return chain.stream().map(family -> new FontFace(family, false, false)).toList();
    }

    /**
     * A book kept as mdBook keeps it: the input, split at NUL bytes, is {@code SUMMARY.md}, a chapter
     * {@code a.md}, a chapter in a folder {@code part/b.md} and a file to include, {@code listing.rs}.
     */
    @FuzzTest(maxDuration = "30s")
    void bookStructure(byte[] bytes) {
        List<byte[]> files = split(bytes, 4);
        PublishFuzzTest.withProject(files.get(1), (project, source) -> {
            try {
                Files.write(source.resolve("SUMMARY.md"), files.get(0));
                Files.createDirectories(source.resolve("part"));
                Files.write(source.resolve("part/b.md"), files.get(2));
                Files.write(source.resolve("listing.rs"), files.get(3));
                Sources.load(source, PublishFuzzTest.options(project), new Diagnostics());
            } catch (PublishException expected) {
                // reported with positions
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Markdown that mixes in raw HTML (seeded with option lists, tables and anchors), typeset into pages. */
    @FuzzTest(maxDuration = "30s")
    void rawHtml(byte[] bytes) {
        PublishFuzzTest.withProject(bytes, (project, source) -> {
            try {
                Publication publication = Sources.load(source, PublishFuzzTest.options(project), new Diagnostics());
                if (Typesetter.typeset(publication, PublishFuzzTest.THEME, new Diagnostics())
                        .pages()
                        .isEmpty()) {
                    throw new AssertionError("a publication with no pages");
                }
            } catch (PublishException expected) {
                // reported
            }
        });
    }

    /** Any text, shaped in a language the fuzzer picks: an advance (and a rise, when any glyph has one) per glyph. */
    @FuzzTest(maxDuration = "30s")
    void shaping(FuzzedDataProvider data) {
        String language = data.pickValue(LANGUAGES);
        String text = data.consumeRemainingAsString();
        FontFace face = new FontFace(PublishFuzzTest.THEME.fonts().serif(), false, false);
        int level = List.of("ar", "fa", "he").contains(language) ? 1 : 0;
        Marking marking = new Marking(0, Role.PARAGRAPH, BlockId.NONE, 0, null, language).at(level);
        List<ShapedText> pieces = SHAPER.shape(text, face, 10_000, true, marking, cp -> {});
        for (ShapedText piece : pieces) {
            int glyphs = piece.glyphs().length;
            if (glyphs != piece.advances().length || (piece.rises() != null && glyphs != piece.rises().length)) {
                throw new AssertionError("glyphs, advances and rises disagree for " + text);
            }
        }
        if (!text.isEmpty() && pieces.isEmpty()) {
            throw new AssertionError("no glyphs for " + text);
        }
    }

    /** {@code bytes} split at its first {@code parts - 1} NUL bytes, padded with empty parts. */
    static List<byte[]> split(byte[] bytes, int parts) {
        List<byte[]> out = new ArrayList<>(parts);
        int start = 0;
        for (int i = 0; i < bytes.length && out.size() < parts - 1; i++) {
            if (bytes[i] == 0) {
                out.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        out.add(Arrays.copyOfRange(bytes, start, bytes.length));
        while (out.size() < parts) {
            out.add(new byte[0]);
        }
        return out;
    }
}
