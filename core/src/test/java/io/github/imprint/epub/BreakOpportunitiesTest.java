package io.github.imprint.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BreakOpportunitiesTest {

    @Test
    void longCodeMayBreakAfterItsSeparatorsOnly() {
        assertEquals(
                "crate::<wbr/>module::<wbr/>function_<wbr/>name",
                BreakOpportunities.after("crate::module::function_name"));
        assertEquals(
                "target/<wbr/>debug/<wbr/>hello_<wbr/>cargo", BreakOpportunities.after("target/debug/hello_cargo"));
        assertEquals("a/b", BreakOpportunities.after("a/b"), "short code fits any line");
    }

    @Test
    void markupInsideTheCodeIsLeftAlone() {
        String marked = "target/debug<span epub:type=\"pagebreak\" id=\"page-3\"/>/hello_cargo";
        assertEquals(
                "target/<wbr/>debug<span epub:type=\"pagebreak\" id=\"page-3\"/>/hello_<wbr/>cargo",
                BreakOpportunities.after(marked));
    }
}
