package io.github.imprint.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.publish.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The theme reference names every key of the default theme, and the bundled themes load and differ. */
class ThemeReferenceTest {

    @Test
    void theReferenceNamesEveryKeyOfTheDefaultTheme() throws IOException {
        String reference = Files.readString(Fixtures.repository().resolve("docs/theme-reference.md"));
        List<String> missing = new ArrayList<>();
        String section = null;
        for (String line : ThemeLoader.defaultText().split("\n")) {
            Matcher top = Pattern.compile("^([a-z0-9-]+):(.*)$").matcher(line);
            Matcher key = Pattern.compile("^  ([a-z-]+):").matcher(line);
            if (top.find()) {
                section = top.group(1);
                if (top.group(2).trim().startsWith("{") && !reference.contains("`" + section + "`")) {
                    missing.add(section);
                }
            } else if (key.find()
                    && section != null
                    && !List.of("body", "headings").contains(section)
                    && !reference.contains("`" + section + "." + key.group(1) + "`")) {
                missing.add(section + "." + key.group(1));
            }
        }
        assertEquals(List.of(), missing, "keys of default-theme.yaml that docs/theme-reference.md leaves out");
    }

    @Test
    void bundledThemesLoadByName() {
        Theme classic = ThemeLoader.load(Optional.of(Path.of("classic")), "classic", new Diagnostics());
        Theme compact = ThemeLoader.load(Optional.of(Path.of("compact")), "compact", new Diagnostics());
        Theme standard = ThemeLoader.load(Optional.empty(), "", new Diagnostics());
        assertEquals(Style.FontRole.SERIF, classic.style(Element.H1).font());
        assertEquals(Style.Align.CENTER, classic.style(Element.H1).align());
        assertEquals(Style.FontRole.SANS, compact.style(Element.BODY).font());
        assertEquals(3, compact.tocDepth());
        assertNotEquals(standard.page().width(), compact.page().width());
    }
}
