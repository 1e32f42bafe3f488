package io.github.imprint.typeset.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HighlighterTest {

    /** The tokens that are not plain, as KIND:text, joined by spaces. */
    private static String marked(String language, String code) {
        return Highlighter.tokens(code, Optional.of(language)).stream()
                .filter(t -> t.kind() != Highlighter.Kind.PLAIN)
                .map(t -> t.kind() + ":" + t.text().strip())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "java|int x = 42; // answer|KEYWORD:int NUMBER:42 COMMENT:// answer",
                "kotlin|val s = \"hi\"|KEYWORD:val STRING:\"hi\"",
                "'rust,ignore'|let s = \"a b\";|KEYWORD:let STRING:\"a b\"",
                "rs|fn main() { let n = 0x1F; }|KEYWORD:fn KEYWORD:let NUMBER:0x1F",
                "py|def f(): # note|KEYWORD:def COMMENT:# note",
                "js|const a = 'x' /* c */|KEYWORD:const STRING:'x' COMMENT:/* c */",
                "bash|if [ -f x ]; then echo \"y\"; fi|KEYWORD:if KEYWORD:then KEYWORD:echo STRING:\"y\" KEYWORD:fi",
                "yaml|title: Text # c|KEYWORD:title COMMENT:# c",
                "toml|[dependencies] regex = { version = \"1.6\", default-features = false } # c|"
                        + "TAG:[dependencies] ATTRIBUTE:regex ATTRIBUTE:version STRING:\"1.6\" ATTRIBUTE:default-features "
                        + "KEYWORD:false COMMENT:# c",
                "json|{\"a\": 1, \"b\": true}|KEYWORD:\"a\" NUMBER:1 KEYWORD:\"b\" TAG:true",
                "xml|<a href=\"x\"/><!-- c -->|TAG:<a ATTRIBUTE:href STRING:\"x\" TAG:/> COMMENT:<!-- c -->",
            })
    void eachLanguageIsLexed(String language, String code, String expected) {
        assertEquals(expected, marked(language, code));
    }

    @ParameterizedTest
    @CsvSource({"cobol", "''"})
    void unknownLanguagesArePlain(String language) {
        assertEquals("", marked(language, "MOVE 1 TO X."));
    }
}
