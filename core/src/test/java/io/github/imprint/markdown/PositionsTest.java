package io.github.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.diag.PublishException;
import io.github.imprint.publish.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every message at the real line and column, in paragraphs that run over many lines too. */
class PositionsTest {

    @TempDir
    Path project;

    private String messages(String body) throws IOException {
        Fixtures.write(project, "src/a.md", "---\ntitle: P\nlanguage: en\n---\n\n" + body);
        Diagnostics diagnostics = new Diagnostics();
        try {
            Sources.load(
                    project.resolve("src/a.md"),
                    new Sources.Options(
                            project,
                            MetadataDraft.defaults(null, null, List.of(), null, null, null, null),
                            "t",
                            Optional.empty()),
                    diagnostics);
        } catch (PublishException e) {
            return e.diagnostics().toString();
        }
        return diagnostics.all().toString();
    }

    @Test
    void aFootnoteCallOnAParagraphsThirdLine() throws IOException {
        String m =
                messages("First line of a paragraph\nsecond line with more words\nthird line calls [^missing] here.\n");
        assertTrue(m.contains("src/a.md:8:18: footnote [^missing] has no definition"), m);
    }

    @Test
    void aLinkAndInlineHtmlOnLaterLines() throws IOException {
        String m = messages("One line,\ntwo <blink>lines</blink>,\nand a [link](nowhere.md) on the third.\n");
        assertTrue(m.contains("src/a.md:7:5: raw HTML <blink> in running text dropped"), m);
        assertTrue(m.contains("src/a.md:8:7: a link points to a file that is no chapter"), m);
    }

    @Test
    void anImageOnALaterLine() throws IOException {
        String m = messages("Text first,\nthen ![a picture](missing.png) inline.\n");
        assertTrue(m.contains("src/a.md:7:6: image not found: missing.png"), m);
    }

    @Test
    void rawHtmlBlocksSayWhereTheirElementsAre() throws IOException {
        String m = messages("<div>\n<p>Fine.</p>\n<script>x()</script>\n</div>\n");
        assertTrue(m.contains("src/a.md:8:1: <script> left out with its content"), m);
    }
}
