package io.github.imprint.typeset;

import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Page;
import io.github.imprint.model.Publication;
import io.github.imprint.typeset.Typesetter.Chapter;
import io.github.imprint.typeset.Typesetter.Setting;
import io.github.imprint.typeset.cache.CachedRun;
import io.github.imprint.typeset.flow.ChapterWalk;
import io.github.imprint.typeset.flow.ParagraphMemo;
import io.github.imprint.typeset.flow.References;
import io.github.imprint.typeset.flow.SetChapter;
import io.github.imprint.typeset.hyphen.Hyphenator;
import io.github.imprint.typeset.paginate.Flow;
import io.github.imprint.typeset.paginate.NoteLines;
import io.github.imprint.typeset.paginate.PageBuilder;
import io.github.imprint.typeset.paginate.PageTrace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One run of chapters (a chapter that opens a page and those nested under it), set into a flow and
 * paginated, or taken whole from what an earlier build kept ({@link Reuse}).
 */
final class RunSetter {

    private RunSetter() {}

    /** The run as an earlier build kept it, or set now (and kept, when it may be reused). */
    static Chapter reusedOrSet(Setting s, List<Integer> run, References references) {
        Optional<String> name = s.reuse().name(run, references);
        Optional<CachedRun> kept = name.flatMap(n -> s.reuse().find(n, s.hyphenators()));
        if (kept.isPresent()) {
            return new Chapter(kept.get().sets(), kept.get().pages(), null);
        }
        if (name.isEmpty()) {
            return set(s, run, references, s.hyphenators());
        }
        Asked asked = new Asked(s.hyphenators());
        Chapter chapter = set(s, run, references, asked);
        s.reuse().keep(name.get(), chapter.sets(), chapter.pages(), asked.languages);
        return chapter;
    }

    /**
     * The hyphenation a run asks for, noting each language once. It is asked at every span of text, so
     * it looks past a language it has just seen by identity (spans share their language's string).
     */
    private static final class Asked implements Function<String, Optional<Hyphenator>> {
        private final Function<String, Optional<Hyphenator>> hyphenators;
        private final Set<String> languages = new HashSet<>();
        private String last;

        Asked(Function<String, Optional<Hyphenator>> hyphenators) {
            this.hyphenators = hyphenators;
        }

        @Override
        public Optional<Hyphenator> apply(String language) {
            if (language != last) {
                last = language;
                languages.add(language);
            }
            return hyphenators.apply(language);
        }
    }

    /** The run's chapters set and paginated, asking {@code hyphenators} for each language's patterns. */
    private static Chapter set(
            Setting s, List<Integer> run, References references, Function<String, Optional<Hyphenator>> hyphenators) {
        Publication publication = s.publication();
        String title = publication.metadata().title();
        List<SetChapter> sets = new ArrayList<>();
        List<Flow> flow = new ArrayList<>();
        Map<Destination.Note, NoteLines> notes = new LinkedHashMap<>();
        for (int i : run) {
            SetChapter chapter = ChapterWalk.set(
                    s.theme(),
                    s.frame(),
                    publication,
                    i,
                    s.shaper(),
                    hyphenators,
                    references,
                    s.traces().contains(Trace.PARAGRAPHS),
                    references.asksForPages(publication.chapters().get(i))
                            ? s.memos().computeIfAbsent(i, k -> new ParagraphMemo())
                            : null);
            flow.addAll(chapter.flow());
            notes.putAll(chapter.notes());
            chapter.dropFlow();
            sets.add(chapter);
        }
        int first = run.get(0);
        String running = publication.kind() == Publication.Kind.ARTICLE
                ? title
                : ChapterWalk.runningTitle(publication.chapters().get(first), publication);
        PageTrace trace = s.traces().contains(Trace.PAGES) ? new PageTrace() : null;
        List<Page> pages = new PageBuilder(
                        s.frame(),
                        notes,
                        new PageBuilder.Running(title, running, s.heads()),
                        PageBuilder.Numbering.LATER)
                .traced(trace)
                .build(flow);
        return new Chapter(sets, pages, trace);
    }
}
