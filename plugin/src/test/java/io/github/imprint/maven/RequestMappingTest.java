package io.github.imprint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.imprint.publish.Format;
import io.github.imprint.publish.MetadataDefaults;
import io.github.imprint.publish.PublishRequest;
import io.github.imprint.typeset.Trace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.model.Developer;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;
import org.apache.maven.model.Organization;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class RequestMappingTest {

    private static RequestMapping.Configuration configuration(String timestamp, List<String> formats) {
        return new RequestMapping.Configuration(
                Path.of("/p"),
                Path.of("/p/src/main/markdown"),
                null,
                Path.of("/p/target"),
                "book-1.0",
                formats,
                timestamp,
                false,
                null,
                Path.of("/p/target/imprint"),
                "g:a",
                "");
    }

    @Test
    void tracesAreNamedOrRefused() {
        assertEquals(Set.of(Trace.PARAGRAPHS, Trace.PAGES), RequestMapping.traces("paragraphs, pages"));
        assertEquals(Set.of(Trace.PARAGRAPHS, Trace.PAGES), RequestMapping.traces("all"));
        assertTrue(RequestMapping.traces("").isEmpty());
        IllegalArgumentException e =
                Assertions.assertThrows(IllegalArgumentException.class, () -> RequestMapping.traces("paragraph,lines"));
        assertTrue(e.getMessage().contains("paragraphs, pages or all"), e.getMessage());
    }

    @Test
    void pomMetadataBecomesDefaults() {
        Model pom = new Model();
        pom.setName("A Book");
        pom.setDescription("  About things.  ");
        Developer ada = new Developer();
        ada.setName("Ada Author");
        Developer anonymous = new Developer();
        anonymous.setId("anon");
        pom.setDevelopers(List.of(ada, anonymous));
        Organization press = new Organization();
        press.setName("Imprint Press");
        pom.setOrganization(press);
        License license = new License();
        license.setName("CC BY 4.0");
        pom.setLicenses(List.of(license));
        pom.setInceptionYear("2024");
        assertEquals(
                new MetadataDefaults(
                        Optional.of("A Book"),
                        Optional.of("About things."),
                        List.of("Ada Author"),
                        Optional.of("Imprint Press"),
                        Optional.of("Licensed under CC BY 4.0"),
                        Optional.of("2024"),
                        Optional.of("en-gb")),
                RequestMapping.defaults(pom, " en-GB "));
    }

    @Test
    void configurationBecomesARequest() {
        PublishRequest request =
                RequestMapping.request(configuration("2024-01-05T12:00:00Z", List.of("epub")), new Model(), null);
        assertEquals(Set.of(Format.EPUB), request.formats());
        assertEquals(Instant.parse("2024-01-05T12:00:00Z"), request.timestamp());
        assertEquals(Optional.empty(), request.theme());
        assertEquals("book-1.0", request.outputName());
        assertEquals("g:a", request.identitySeed());
    }

    @Test
    void timestampFromEpochSecondsThenSourceDateEpochThenNow() {
        assertEquals(Instant.ofEpochSecond(1700000000), RequestMapping.timestamp("1700000000", null));
        assertEquals(Instant.ofEpochSecond(1600000000), RequestMapping.timestamp(null, "1600000000"));
        Instant before = Instant.now();
        assertTrue(!RequestMapping.timestamp("", null).isBefore(before));
        assertEquals(
                "project.build.outputTimestamp 'yesterday' is neither ISO 8601 (2024-01-05T00:00:00Z) nor seconds since the epoch",
                assertThrows(IllegalArgumentException.class, () -> RequestMapping.timestamp("yesterday", null))
                        .getMessage());
    }

    @Test
    void unknownFormatIsRefusedWithTheKnownOnes() {
        assertEquals(
                "unknown format 'docx'; Imprint writes: [pdf, epub]",
                assertThrows(IllegalArgumentException.class, () -> RequestMapping.formats(List.of("docx")))
                        .getMessage());
    }
}
