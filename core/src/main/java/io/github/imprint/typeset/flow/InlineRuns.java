package io.github.imprint.typeset.flow;

import io.github.imprint.font.FontFace;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Role;
import io.github.imprint.layout.Spot;
import io.github.imprint.model.Inline;
import io.github.imprint.model.LinkTarget;
import io.github.imprint.model.PrintPage;
import io.github.imprint.theme.Element;
import io.github.imprint.theme.Style;
import io.github.imprint.theme.Theme;
import io.github.imprint.typeset.hyphen.Hyphenator;
import io.github.imprint.typeset.linebreak.ParagraphItems;
import io.github.imprint.typeset.linebreak.TextRun;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Model inlines to text runs, carrying the style down the tree: emphasis turns italic on (or off,
 * inside italic text), strong turns bold on, code and keyboard take the mono face without ligatures
 * and may break after slashes and dots (so may a URL written out as a link's text), links take the
 * link colour, sub- and superscripts a smaller
 * size and a shifted baseline, a span its language's hyphenation. A note call becomes its number as
 * a superscript that carries the note's number and links to the note.
 */
final class InlineRuns {

    /** The style a run of text is set in. */
    record Context(
            FontFace face,
            long size,
            int rgb,
            Role role,
            BlockId block,
            long rise,
            Optional<Hyphenator> hyphenator,
            boolean code) {

        Context withFace(FontFace other) {
            return new Context(other, size, rgb, role, block, rise, hyphenator, code);
        }

        Context withRgb(int other) {
            return new Context(face, size, other, role, block, rise, hyphenator, code);
        }

        Context withHyphenator(Optional<Hyphenator> other) {
            return new Context(face, size, rgb, role, block, rise, other, code);
        }

        Context withSize(long other) {
            return new Context(face, other, rgb, role, block, rise, hyphenator, code);
        }
    }

    private final Theme theme;
    /** The index of the chapter whose inlines are set, for links to its footnotes. */
    private final int chapter;

    private final Function<String, Optional<Hyphenator>> hyphenators;
    /** The target of the link being set, or null; one InlineRuns serves one chapter on one thread. */
    private Destination link;
    /** The language of the span being set, or null. */
    private String language;

    /** The chapter's id, and where the places its raw HTML names ({@code id="…"}) are recorded. */
    private final String chapterId;

    private final Map<Destination, BlockId> anchors;
    /** Where each index mark stands in its block, counted in {@link #letters}. */
    private final Map<Destination, Spot> spots;

    private final References references;
    /** The items being filled, and the letters and digits of running text given them so far. */
    private ParagraphItems counting;

    private int letters;

    InlineRuns(
            Theme theme,
            int chapter,
            String chapterId,
            Map<Destination, BlockId> anchors,
            Map<Destination, Spot> spots,
            Function<String, Optional<Hyphenator>> hyphenators,
            References references) {
        this.references = references;
        this.spots = spots;
        this.theme = theme;
        this.chapter = chapter;
        this.chapterId = chapterId;
        this.anchors = anchors;
        this.hyphenators = hyphenators;
    }

    static Context context(Theme theme, Style style, Role role, BlockId block, Optional<Hyphenator> hyphenator) {
        FontFace face = new FontFace(theme.fonts().family(style.font()), style.bold(), style.italic());
        return new Context(face, style.size().millipoints(), style.color().rgb(), role, block, 0, hyphenator, false);
    }

    void add(ParagraphItems items, List<Inline> inlines, Context c) {
        for (Inline inline : inlines) {
            add(items, inline, c);
        }
    }

    private void add(ParagraphItems items, Inline inline, Context c) {
        if (items != counting) {
            counting = items;
            letters = 0;
        }
        if (inline instanceof Inline.Text t) {
            items.add(run(t.text(), c, null));
        } else if (inline instanceof Inline.Code code) {
            items.add(run(code.text(), mono(c), null));
        } else if (inline instanceof Inline.LineBreak) {
            items.lineBreak();
        } else if (inline instanceof Inline.Styled s) {
            add(items, s.content(), styled(s.style(), c));
        } else if (inline instanceof Inline.Span span) {
            String outer = this.language;
            this.language = span.language();
            add(
                    items,
                    span.content(),
                    c.withHyphenator(c.code() ? Optional.empty() : hyphenators.apply(span.language())));
            this.language = outer;
        } else if (inline instanceof Inline.Abbreviation abbr) {
            add(items, abbr.content(), c);
        } else if (inline instanceof Inline.Link link) {
            boolean url = link.content().size() == 1
                    && link.content().get(0) instanceof Inline.Text t
                    && t.text().matches("(?i)(https?://|www\\.|mailto:)\\S+");
            Context linked = c.withRgb(theme.style(Element.LINK).color().rgb())
                    .withHyphenator(url ? Optional.empty() : c.hyphenator());
            Destination outer = this.link;
            this.link = destination(link.target());
            if (url) {
                Inline.Text t = (Inline.Text) link.content().get(0);
                items.add(TextRun.of(t.text(), linked.face(), linked.size())
                        .rgb(linked.rgb())
                        .role(linked.role())
                        .block(linked.block())
                        .rise(linked.rise())
                        .ligatures(true)
                        .breaks(TextRun.Breaks.PATH)
                        .link(this.link)
                        .language(language)
                        .build());
                letters += PrintPage.letters(t.text());
            } else {
                add(items, link.content(), linked);
            }
            this.link = outer;
        } else if (inline instanceof Inline.Image image) {
            if (!image.alt().isBlank()) {
                items.add(run("[" + image.alt() + "]", c, null));
            }
        } else if (inline instanceof Inline.Reference ref) {
            // its words, in the link colour, linking to the target; a number is tied to the word before
            // it, as TeX's "Figure~3.2" and "page~97"
            Destination outer = this.link;
            Destination.Anchor target = references.link(ref);
            this.link = target == null ? null : new Destination.Reference(target);
            Context linked = c.withRgb(theme.style(Element.LINK).color().rgb()).withHyphenator(Optional.empty());
            items.add(run(references.text(ref, c.block()).replaceAll(" (?=\\S*\\d)", "\u00a0"), linked, null));
            this.link = outer;
        } else if (inline instanceof Inline.Anchor anchor) {
            // a table's cells are measured for their widths first, with no block: anchors wait for the cell
            if (!c.block().equals(BlockId.NONE)) {
                anchors.putIfAbsent(new Destination.Anchor(chapterId, anchor.id()), c.block());
            }
        } else if (inline instanceof Inline.IndexMark mark && !c.block().equals(BlockId.NONE)) {
            Destination at = new Destination.Anchor(chapterId, mark.id());
            anchors.putIfAbsent(at, c.block());
            spots.putIfAbsent(at, new Spot(c.block(), letters));
        } else if (inline instanceof Inline.NoteRef ref) {
            Context sup = new Context(
                    c.face(),
                    c.size() * 6 / 10,
                    c.rgb(),
                    c.role(),
                    c.block(),
                    c.size() * 35 / 100,
                    Optional.empty(),
                    false);
            Destination outer = this.link;
            this.link = new Destination.Note(chapter, ref.number());
            items.add(run(Integer.toString(ref.number()), sup, new Destination.Note(chapter, ref.number())));
            this.link = outer;
        }
    }

    private TextRun run(String text, Context c, Destination.Note note) {
        if (note == null) {
            letters += PrintPage.letters(text);
        }
        return TextRun.of(text, c.face(), c.size())
                .rgb(c.rgb())
                .role(c.role())
                .block(c.block())
                .rise(c.rise())
                .hyphenator(c.hyphenator())
                .ligatures(!c.code())
                .breaks(c.code() ? TextRun.Breaks.PATH : TextRun.Breaks.WORDS)
                .note(note)
                .link(link)
                .language(language)
                .build();
    }

    /** A link's target for the layout: the URI, or the chapter and the anchor in it. */
    static Destination destination(LinkTarget target) {
        if (target instanceof LinkTarget.External external) {
            return new Destination.Uri(external.uri());
        }
        LinkTarget.Internal internal = (LinkTarget.Internal) target;
        return new Destination.Anchor(internal.chapterId(), internal.anchor().orElse(null));
    }

    /** The same context in the bold face of its family. */
    static Context bold(Context c) {
        FontFace f = c.face();
        return c.withFace(new FontFace(f.family(), true, f.italic()));
    }

    private Context mono(Context c) {
        FontFace face = new FontFace(theme.fonts().mono(), c.face().bold(), false);
        return new Context(face, c.size() * 9 / 10, c.rgb(), c.role(), c.block(), c.rise(), Optional.empty(), true);
    }

    private Context styled(Inline.Style style, Context c) {
        FontFace f = c.face();
        return switch (style) {
            case EMPHASIS -> c.withFace(new FontFace(f.family(), f.bold(), !f.italic()));
            case STRONG -> bold(c);
            case SUPERSCRIPT ->
                new Context(
                        f,
                        c.size() * 7 / 10,
                        c.rgb(),
                        c.role(),
                        c.block(),
                        c.rise() + c.size() * 33 / 100,
                        Optional.empty(),
                        c.code());
            case SUBSCRIPT ->
                new Context(
                        f,
                        c.size() * 7 / 10,
                        c.rgb(),
                        c.role(),
                        c.block(),
                        c.rise() - c.size() * 15 / 100,
                        Optional.empty(),
                        c.code());
            case KEYBOARD -> mono(c);
            case STRIKETHROUGH, INSERTED -> c;
        };
    }
}
