package io.github.imprint.typeset.cache;

import io.github.imprint.font.FontFace;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Numbering;
import io.github.imprint.model.Publication;
import io.github.imprint.theme.Theme;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The name of a run of chapters in the cache: a digest of everything setting the run reads. That is
 * the Imprint doing it (and the Java it runs on), the theme and the bytes of the project's fonts it
 * names, the publication's kind and metadata, the outline (every chapter's id, title, language, depth
 * and part, for running heads and links), the numbers of figures, tables and listings (a reference
 * prints them), the run's place in the book, and its chapters whole. What a run does not read (the
 * other chapters' text, the page its run starts on, the date of the build) is left out, so an edit to
 * one chapter renames only the run that holds it.
 *
 * <p>The store says which Imprint it keeps runs for and what the font files hold, since the
 * typesetter reads no files. Runs whose chapters refer to pages are never cached (their words depend
 * on where other runs' pages fall); nor is anything when a trace is asked for.
 */
public final class RunKey {

    private final byte[] base;

    private RunKey(byte[] base) {
        this.base = base;
    }

    /** What every run of this publication shares. */
    public static RunKey of(Runs runs, Theme theme, Publication publication, Numbering numbering) {
        RecordDigest d =
                new RecordDigest().add("imprint run cache 1").add(runs.code()).add(theme);
        for (String family : families(theme)) {
            for (boolean bold : new boolean[] {false, true}) {
                for (boolean italic : new boolean[] {false, true}) {
                    FontFace face = new FontFace(family, bold, italic);
                    d.add(face.fileStem()).add(runs.font(face));
                }
            }
        }
        d.add(publication.kind()).add(publication.metadata());
        for (Chapter c : publication.chapters()) {
            d.add(c.id()).add(c.title()).add(c.language()).add(c.depth()).add(c.part());
        }
        for (Numbering.Kind kind : Numbering.Kind.values()) {
            for (Numbering.Target t : numbering.all(kind)) {
                d.add(t.kind())
                        .add(t.number())
                        .add(t.chapterId())
                        .add(t.anchor())
                        .add(t.title());
            }
        }
        return new RunKey(d.digest());
    }

    /** The name of the run of chapters {@code run}: 64 hexadecimal digits. */
    public String name(Publication publication, List<Integer> run) {
        RecordDigest d = new RecordDigest().add(HexFormat.of().formatHex(base)).add(run);
        for (int i : run) {
            d.add(publication.chapters().get(i));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** The project font families the theme names (bundled ones are part of the code). */
    private static Set<String> families(Theme theme) {
        Set<String> families = new LinkedHashSet<>(List.of(
                theme.fonts().serif(), theme.fonts().sans(), theme.fonts().mono()));
        families.addAll(theme.fonts().scripts().values());
        families.removeIf(f -> !new FontFace(f, false, false).fromFile());
        return families;
    }
}
