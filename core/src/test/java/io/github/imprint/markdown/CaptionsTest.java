package io.github.imprint.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaptionsTest {

    @Test
    void aCodeBlocksInfoStringGivesItsLanguageLabelAndCaption() {
        assertEquals(
                new Captions.Info(Optional.of("rust"), "lst-main", "The main function"),
                Captions.info("rust {#lst-main caption=\"The main function\"}"));
        assertEquals(
                new Captions.Info(Optional.of("haskell"), "lst-code", "Listing caption"),
                Captions.info("{#lst-code .haskell caption=\"Listing caption\"}"),
                "pandoc's own form, the language as a class");
        assertEquals(new Captions.Info(Optional.of("toml"), "", ""), Captions.info("toml"));
        assertEquals(new Captions.Info(Optional.of("rust,ignore"), "", ""), Captions.info("rust,ignore"));
        assertEquals(new Captions.Info(Optional.empty(), "", ""), Captions.info(""));
        assertEquals(
                new Captions.Info(Optional.of("js"), "", "Unclosed"),
                Captions.info("js {caption=\"Unclosed\"}"),
                "a caption without a label still makes a listing");
    }

    @Test
    void aTablesCaptionOpensWithAColon() {
        assertEquals(true, Captions.tableCaption(": The operators {#tbl-ops}"));
        assertEquals(true, Captions.tableCaption("Table: The operators"));
        assertEquals(false, Captions.tableCaption("Tables: are furniture"));
        assertEquals(false, Captions.tableCaption(":not a caption"));
    }
}
