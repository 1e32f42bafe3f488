package io.github.imprint.typeset.linebreak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.imprint.font.FontFace;
import io.github.imprint.typeset.hyphen.Hyphenator;
import io.github.imprint.typeset.shape.Shaper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParagraphItemsTest {

    private static final FontFace SERIF = new FontFace("Noto Serif", false, false);

    private static long discretionaries(String text, boolean capitalised, Optional<Hyphenator> hyphenator) {
        ParagraphItems items =
                new ParagraphItems(new Shaper(List.of(SERIF)), true, true, cp -> {}).capitalised(capitalised);
        items.add(TextRun.of(text, SERIF, 10_000)
                .hyphenator(hyphenator)
                .ligatures(true)
                .build());
        return items.finish().stream()
                .filter(i -> i instanceof Item.Penalty p && p.discretionary())
                .count();
    }

    @Test
    void capitalisedWordsAreHyphenatedOnlyWhenTheThemeAllows() {
        Optional<Hyphenator> english = Hyphenator.forLanguage("en-US");
        assertEquals(3, discretionaries("Constitution", true, english));
        assertEquals(0, discretionaries("Constitution", false, english));
        assertEquals(0, discretionaries("CONSTITUTION", true, english), "all-caps words are never hyphenated");
    }

    @Test
    void wordsWithAnExplicitHyphenBreakOnlyThere() {
        assertEquals(0, discretionaries("constitution-making", true, Hyphenator.forLanguage("en-US")));
    }

    @Test
    void userExceptionsDecideTheBreaks() {
        Optional<Hyphenator> english =
                Hyphenator.forLanguage("en-US").map(h -> h.withExceptions(List.of("constitu-tion")));
        assertEquals(1, discretionaries("constitution", true, english));
    }
}
