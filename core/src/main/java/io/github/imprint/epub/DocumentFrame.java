package io.github.imprint.epub;

import io.github.imprint.model.Direction;

/**
 * The frame every content document shares: XML declaration, doctype, root with its language and, for a
 * language written right to left, its direction; head.
 */
final class DocumentFrame {

    private DocumentFrame() {}

    static void open(StringBuilder out, String language, String title, String bodyType) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .append(
                        "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"")
                .append(Xml.attribute(language))
                .append("\" xml:lang=\"")
                .append(Xml.attribute(language))
                .append(Direction.of(language).rightToLeft() ? "\" dir=\"rtl\">\n" : "\">\n")
                .append("<head>\n<title>")
                .append(Xml.text(title))
                .append("</title>\n")
                .append("<link rel=\"stylesheet\" type=\"text/css\" href=\"css/imprint.css\"/>\n</head>\n<body");
        if (!bodyType.isEmpty()) {
            out.append(" epub:type=\"").append(bodyType).append('"');
        }
        out.append(">\n");
    }

    static void close(StringBuilder out) {
        out.append("</body>\n</html>\n");
    }
}
