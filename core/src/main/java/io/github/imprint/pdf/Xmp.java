package io.github.imprint.pdf;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The document's XMP metadata packet (ISO 16684-1), the form of metadata PDF/A and PDF/UA read: Dublin
 * Core title, creator, description and language; the PDF schema's producer and keywords; the XMP
 * schema's dates and creator tool; and the conformance claims, {@code pdfaid} for PDF/A-2a and
 * {@code pdfuaid} for PDF/UA-1. PDF/A-2 knows only the schemas of XMP's own specification, so the
 * {@code pdfuaid} schema is described in the packet with PDF/A's extension schema.
 *
 * <p>Every value here is the same as in the Info dictionary, as PDF/A requires: the authors are one
 * creator entry joined as the Info dictionary's Author is.
 */
final class Xmp {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private Xmp() {}

    static String packet(PdfInfo info, String language, String producer, boolean pdfa, boolean pdfua) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                .append(escape(info.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!info.authors().isEmpty()) {
            x.append("<dc:creator><rdf:Seq><rdf:li>")
                    .append(escape(String.join(", ", info.authors())))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (info.subject() != null) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                    .append(escape(info.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (language != null) {
            x.append("<dc:language><rdf:Bag><rdf:li>")
                    .append(escape(language))
                    .append("</rdf:li></rdf:Bag></dc:language>\n");
        }
        x.append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdf:Producer>")
                .append(escape(producer))
                .append("</pdf:Producer>\n");
        if (!info.keywords().isEmpty()) {
            x.append("<pdf:Keywords>")
                    .append(escape(String.join(", ", info.keywords())))
                    .append("</pdf:Keywords>\n");
        }
        x.append("</rdf:Description>\n");
        String date = DATE.format(info.created());
        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreatorTool>")
                .append(escape(producer))
                .append("</xmp:CreatorTool>\n")
                .append("<xmp:CreateDate>")
                .append(date)
                .append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>")
                .append(date)
                .append("</xmp:ModifyDate>\n")
                .append("<xmp:MetadataDate>")
                .append(date)
                .append("</xmp:MetadataDate>\n")
                .append("</rdf:Description>\n");
        if (pdfa) {
            x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                    .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n")
                    .append("</rdf:Description>\n");
        }
        if (pdfua) {
            x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
                    .append("<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n");
            if (pdfa) {
                x.append(UA_EXTENSION_SCHEMA);
            }
        }
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    /** PDF/A's description of the pdfuaid schema, which PDF/A-2 does not know by itself. */
    private static final String UA_EXTENSION_SCHEMA = String.join(
            "\n",
            List.of(
                    "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"",
                    " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">",
                    "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">",
                    "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>",
                    "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>",
                    "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>",
                    "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">",
                    "<pdfaProperty:name>part</pdfaProperty:name>",
                    "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>",
                    "<pdfaProperty:category>internal</pdfaProperty:category>",
                    "<pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>",
                    "</rdf:li></rdf:Seq></pdfaSchema:property>",
                    "</rdf:li></rdf:Bag></pdfaExtension:schemas>",
                    "</rdf:Description>",
                    ""));

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
