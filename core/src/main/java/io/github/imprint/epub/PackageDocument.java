package io.github.imprint.epub;

import io.github.imprint.model.Contributor;
import io.github.imprint.model.Direction;
import io.github.imprint.model.Metadata;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The package document ({@code package.opf}): Dublin Core metadata with refinements (title types,
 * creator roles and file-as, series), {@code dcterms:modified}, accessibility metadata, the manifest
 * and the spine.
 */
final class PackageDocument {

    /** A manifest item; {@code linear} is null for items outside the spine. */
    record Item(String id, String href, String mediaType, String properties, Boolean linear) {}

    private final List<Item> items = new ArrayList<>();

    void add(Item item) {
        items.add(item);
    }

    static String modified(Instant timestamp) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
                .withZone(ZoneOffset.UTC)
                .format(timestamp.truncatedTo(ChronoUnit.SECONDS));
    }

    String render(Metadata metadata, Instant modified, Accessibility accessibility) {
        StringBuilder out = new StringBuilder(8192);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(
                        "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\" xml:lang=\"")
                .append(Xml.attribute(metadata.language()))
                .append("\">\n")
                .append("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:identifier id=\"pub-id\">")
                .append(Xml.text(metadata.identifier().value()))
                .append("</dc:identifier>\n")
                .append("<dc:title id=\"title\">")
                .append(Xml.text(metadata.title()))
                .append("</dc:title>\n")
                .append("<meta refines=\"#title\" property=\"title-type\">main</meta>\n");
        metadata.subtitle()
                .ifPresent(s -> out.append("<dc:title id=\"subtitle\">")
                        .append(Xml.text(s))
                        .append("</dc:title>\n<meta refines=\"#subtitle\" property=\"title-type\">subtitle</meta>\n"));
        int n = 0;
        for (Contributor person : metadata.contributors()) {
            n++;
            String element = person.role() == Contributor.Role.AUTHOR ? "dc:creator" : "dc:contributor";
            out.append('<')
                    .append(element)
                    .append(" id=\"person-")
                    .append(n)
                    .append("\">")
                    .append(Xml.text(person.name()))
                    .append("</")
                    .append(element)
                    .append(">\n")
                    .append("<meta refines=\"#person-")
                    .append(n)
                    .append("\" property=\"role\" scheme=\"marc:relators\">")
                    .append(person.role().relator())
                    .append("</meta>\n")
                    .append("<meta refines=\"#person-")
                    .append(n)
                    .append("\" property=\"file-as\">")
                    .append(Xml.text(fileAs(person.name())))
                    .append("</meta>\n");
        }
        out.append("<dc:language>").append(Xml.text(metadata.language())).append("</dc:language>\n");
        metadata.date()
                .ifPresent(d -> out.append("<dc:date>").append(Xml.text(d)).append("</dc:date>\n"));
        metadata.publisher()
                .ifPresent(p -> out.append("<dc:publisher>").append(Xml.text(p)).append("</dc:publisher>\n"));
        metadata.rights()
                .ifPresent(r -> out.append("<dc:rights>").append(Xml.text(r)).append("</dc:rights>\n"));
        metadata.description()
                .ifPresent(
                        d -> out.append("<dc:description>").append(Xml.text(d)).append("</dc:description>\n"));
        for (String subject : metadata.subjects()) {
            out.append("<dc:subject>").append(Xml.text(subject)).append("</dc:subject>\n");
        }
        metadata.series().ifPresent(series -> {
            out.append("<meta property=\"belongs-to-collection\" id=\"series\">")
                    .append(Xml.text(series.name()))
                    .append("</meta>\n<meta refines=\"#series\" property=\"collection-type\">series</meta>\n");
            series.position()
                    .ifPresent(p -> out.append("<meta refines=\"#series\" property=\"group-position\">")
                            .append(Xml.text(p))
                            .append("</meta>\n"));
        });
        out.append("<meta property=\"dcterms:modified\">")
                .append(modified(modified))
                .append("</meta>\n");
        out.append("<meta name=\"cover\" content=\"cover-image\"/>\n");
        for (String meta : accessibility.metadata()) {
            out.append(meta).append('\n');
        }
        out.append("<meta name=\"generator\" content=\"Imprint\"/>\n");
        out.append("</metadata>\n<manifest>\n");
        for (Item item : items) {
            out.append("<item id=\"")
                    .append(item.id())
                    .append("\" href=\"")
                    .append(Xml.attribute(item.href()))
                    .append("\" media-type=\"")
                    .append(item.mediaType())
                    .append('"');
            if (item.properties() != null) {
                out.append(" properties=\"").append(item.properties()).append('"');
            }
            out.append("/>\n");
        }
        // a right-to-left book turns its pages the other way
        out.append(
                Direction.of(metadata.language()).rightToLeft()
                        ? "</manifest>\n<spine toc=\"ncx\" page-progression-direction=\"rtl\">\n"
                        : "</manifest>\n<spine toc=\"ncx\">\n");
        for (Item item : items) {
            if (item.linear() != null) {
                out.append("<itemref idref=\"").append(item.id()).append('"');
                if (!item.linear()) {
                    out.append(" linear=\"no\"");
                }
                out.append("/>\n");
            }
        }
        out.append("</spine>\n</package>\n");
        return out.toString();
    }

    /** "Victor Hugo" is filed as "Hugo, Victor"; a single name or one with a comma stays as it is. */
    static String fileAs(String name) {
        String trimmed = name.strip();
        int space = trimmed.lastIndexOf(' ');
        if (space < 0 || trimmed.contains(",")) {
            return trimmed;
        }
        return trimmed.substring(space + 1) + ", " + trimmed.substring(0, space);
    }
}
