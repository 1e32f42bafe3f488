package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Contributor;
import io.github.imprint.model.Identifier;
import io.github.imprint.model.ImageFormat;
import io.github.imprint.model.ImageRef;
import io.github.imprint.model.Metadata;
import io.github.imprint.model.SourcePos;
import io.github.imprint.yaml.YamlNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Completes the gathered metadata: a title (else the first chapter's), a language (else English, with
 * a warning), an identifier (an ISBN checked and written as a URN, another URN as given, else a UUID
 * derived from the publication's coordinates and title, stable from build to build), and the cover.
 */
final class MetadataBuilder {

    private final Diagnostics diagnostics;
    private final ImageFiles images;
    private final String identitySeed;

    MetadataBuilder(Diagnostics diagnostics, ImageFiles images, String identitySeed) {
        this.diagnostics = diagnostics;
        this.images = images;
        this.identitySeed = identitySeed;
    }

    Metadata build(
            MetadataDraft draft,
            List<Chapter> chapters,
            SourcePos pos,
            Optional<YamlNode.Mapping> fields,
            Path fileInBase) {
        String title = draft.title()
                .or(() -> chapters.stream().flatMap(c -> c.title().stream()).findFirst())
                .orElse(null);
        if (title == null) {
            diagnostics.error(pos, "the publication has no title", "add 'title: …' to the front matter or book.yaml");
            title = "Untitled";
        }
        String language = draft.language;
        if (language == null) {
            diagnostics.warning(
                    pos,
                    "no language given; assuming English (en)",
                    "add 'language: en-GB' (or your language's BCP 47 tag) to the front matter or book.yaml");
            language = "en";
        }
        SourcePos identifierPos = fields.flatMap(f -> MetadataFields.valuePos(f, "identifier", "isbn"))
                .orElse(pos);
        Identifier identifier = identifier(draft.identifier, title, identifierPos);
        Optional<ImageRef> cover = Optional.empty();
        if (draft.cover != null) {
            SourcePos coverPos = fields.flatMap(f -> MetadataFields.valuePos(f, "cover", "cover-image"))
                    .orElse(pos);
            cover = images.resolve(diagnostics, draft.cover, fileInBase, coverPos, Optional.empty());
            cover.filter(c -> c.format() == ImageFormat.SVG || c.format() == ImageFormat.WEBP)
                    .ifPresent(c -> diagnostics.warning(
                            coverPos,
                            "cover is " + c.format().mediaType()
                                    + ", which some reading systems do not show as a cover",
                            "use a JPEG or PNG cover"));
        }
        List<Contributor> contributors = draft.contributors;
        String lang = language;
        Function<String, String> typeset = text -> new Typography(lang).apply(text);
        return new Metadata(
                typeset.apply(title),
                Optional.ofNullable(draft.subtitle).map(typeset),
                contributors,
                language,
                Optional.ofNullable(draft.date),
                Optional.ofNullable(draft.publisher).map(typeset),
                Optional.ofNullable(draft.rights).map(typeset),
                identifier,
                Optional.ofNullable(draft.description).map(typeset),
                draft.subjects,
                Optional.ofNullable(draft.series),
                cover,
                draft.hyphenation);
    }

    private Identifier identifier(String given, String title, SourcePos pos) {
        if (given == null) {
            UUID uuid = UUID.nameUUIDFromBytes((identitySeed + "\n" + title).getBytes(StandardCharsets.UTF_8));
            return new Identifier(Identifier.Scheme.UUID, "urn:uuid:" + uuid);
        }
        String digits = given.replaceAll("(?i)^(urn:)?isbn:?", "").replaceAll("[\\s-]", "");
        if (digits.matches("\\d{9}[\\dXx]|\\d{13}")) {
            if (!isbnValid(digits)) {
                diagnostics.error(
                        pos, "ISBN " + given + " has a wrong check digit", "copy the ISBN again from its registration");
            }
            return new Identifier(Identifier.Scheme.ISBN, "urn:isbn:" + digits.toUpperCase(Locale.ROOT));
        }
        if (given.toLowerCase(Locale.ROOT).startsWith("urn:uuid:")) {
            return new Identifier(Identifier.Scheme.UUID, given);
        }
        if (given.matches("(?i)urn:[a-z0-9][a-z0-9-]{0,31}:\\S+")) {
            return new Identifier(Identifier.Scheme.URN, given);
        }
        if (given.matches("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return new Identifier(Identifier.Scheme.UUID, "urn:uuid:" + given.toLowerCase(Locale.ROOT));
        }
        diagnostics.error(
                pos,
                "identifier '" + given + "' is neither an ISBN nor a URN",
                "write an ISBN (978-3-16-148410-0), a URN (urn:…), or leave it out for a derived UUID");
        return new Identifier(Identifier.Scheme.URN, "urn:imprint:invalid");
    }

    static boolean isbnValid(String digits) {
        if (digits.length() == 10) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                char c = digits.charAt(i);
                int value = (c == 'X' || c == 'x') ? 10 : c - '0';
                sum += value * (10 - i);
            }
            return sum % 11 == 0;
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sum % 10 == 0;
    }
}
