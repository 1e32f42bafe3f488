package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.model.Inline;
import io.github.imprint.model.Numbering;
import io.github.imprint.model.Publication;
import io.github.imprint.model.Visitor;
import java.util.List;

/**
 * Checks a publication's cross-references once it is whole: a label given twice is an error at its
 * second place, naming the first; a reference to a label nothing has is an error at the reference,
 * with the labels of that kind the book does have.
 */
final class CrossReferences {

    private CrossReferences() {}

    static void check(Publication publication, Diagnostics diagnostics) {
        Numbering numbering = Numbering.of(publication, Numbering.Mode.BOOK);
        for (Numbering.Duplicate d : numbering.duplicates()) {
            diagnostics.error(
                    d.again(),
                    "the label " + d.label() + " is given twice; it is first at " + d.first(),
                    "labels name one place each in the whole book: rename one of them");
        }
        publication.accept(new Visitor() {
            @Override
            public void visitInline(Inline inline) {
                if (inline instanceof Inline.Reference ref
                        && numbering.label(ref.label()).isEmpty()) {
                    diagnostics.error(ref.pos(), "nothing is labelled " + ref.label(), hint(ref.label(), numbering));
                }
            }
        });
    }

    private static String hint(String label, Numbering numbering) {
        String prefix = label.substring(0, label.indexOf('-') + 1);
        List<String> known = numbering.labels().stream()
                .filter(l -> l.startsWith(prefix))
                .sorted((a, b) -> Integer.compare(distance(a, label), distance(b, label)))
                .limit(3)
                .toList();
        String how = switch (prefix) {
            case "fig-" -> "![alt](image.png \"caption\"){#" + label + "}";
            case "tbl-" -> "a line after the table, \": caption {#" + label + "}\"";
            case "lst-" -> "```lang {#" + label + " caption=\"…\"}";
            default -> "## Heading {#" + label + "}";
        };
        return (known.isEmpty() ? "" : "labels of that kind here: " + String.join(", ", known) + "; ")
                + "a label is given as " + how;
    }

    /** Levenshtein's distance, to offer the nearest labels first. */
    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(
                        Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
