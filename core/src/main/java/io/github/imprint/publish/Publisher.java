package io.github.imprint.publish;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.diag.PublishException;
import io.github.imprint.epub.EpubWriter;
import io.github.imprint.font.DamagedFontException;
import io.github.imprint.layout.PagedDocument;
import io.github.imprint.layout.PrintPages;
import io.github.imprint.markdown.MetadataDraft;
import io.github.imprint.markdown.Sources;
import io.github.imprint.model.Chapter;
import io.github.imprint.model.Contributor;
import io.github.imprint.model.Index;
import io.github.imprint.model.Metadata;
import io.github.imprint.model.Numbering;
import io.github.imprint.model.PrintPage;
import io.github.imprint.model.Publication;
import io.github.imprint.model.SourcePos;
import io.github.imprint.pdf.DamagedImageException;
import io.github.imprint.pdf.Downsampling;
import io.github.imprint.pdf.PdfInfo;
import io.github.imprint.pdf.PdfWriter;
import io.github.imprint.theme.Theme;
import io.github.imprint.theme.ThemeLoader;
import io.github.imprint.typeset.Typesetter;
import io.github.imprint.typeset.flow.FigureSizes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Publishes, in named steps: read the theme (on its own thread) and the sources into the model; set
 * the PDF's pages; write the PDF and, on a thread of its own at the same time, the EPUB, which marks
 * where the PDF's pages begin and is moved into place once the PDF is ({@link Staged}); write the
 * trace when one is asked for. Problems in the sources end as a {@link PublishException} carrying
 * every diagnostic; an edition that cannot be written leaves the previous file untouched.
 */
public final class Publisher {

    private Publisher() {}

    /** One run: the request, where paths are shown from, the diagnostics so far, and progress. */
    private record Run(
            PublishRequest request, Path root, Diagnostics diagnostics, Consumer<String> progress, RunFiles kept) {

        Path target(Format format) {
            return request.outputDirectory().resolve(request.outputName() + "." + format.extension());
        }
    }

    /** The PDF's pages as set, and when the setting began. */
    private record Paged(PagedDocument pages, long start) {

        /** No PDF in this run: the EPUB marks no pages. */
        static final Paged NONE = new Paged(null, 0);
    }

    /**
     * What the EPUB takes from the PDF: where each page of the body begins, the folios references
     * print, and where the index's entries fall. Only the EPUB reads them, so they are made on its
     * thread, while the PDF is written, and not at all for the PDF alone.
     */
    private record PrintSide(List<PrintPage> pages, Map<String, String> folios, Map<Index.Mark, Index.Place> marks) {

        static PrintSide of(Paged paged, Publication publication, Theme theme) {
            PagedDocument pages = paged.pages();
            if (pages == null) {
                return new PrintSide(List.of(), Map.of(), Map.of());
            }
            List<Chapter> chapters = publication.chapters();
            return new PrintSide(
                    PrintPages.of(
                            pages, i -> i < chapters.size() ? chapters.get(i).id() : null),
                    PrintPages.folios(
                            pages, Numbering.of(publication, theme.captions().mode())),
                    PrintPages.marks(pages));
        }
    }

    /** An edition's step, which may fail on a file. */
    private interface Step<T> {
        T run() throws IOException;
    }

    public static PublishResult publish(PublishRequest request) {
        return publish(request, step -> {});
    }

    /** Which Imprint this is, such as "Imprint 0.1.0". */
    public static String version() {
        return PdfInfo.producer();
    }

    /**
     * Publishes, telling {@code progress} of each step as it ends (the sources read, the pages set, each
     * edition written), so a long book can show that it moves.
     */
    public static PublishResult publish(PublishRequest request, Consumer<String> progress) {
        return EditionLock.holding(
                request.outputDirectory(),
                request.workDirectory(),
                request.outputName(),
                () -> publishAlone(request, progress));
    }

    /**
     * Runs {@code work} while no other build of the request's name into its folder runs, in this JVM
     * or another; a {@link #publish} inside it does not wait for itself. For callers that keep state
     * beside the editions (the Maven plugin's up-to-date record), so that the state and the editions
     * it describes are read and written by one build at a time.
     */
    public static <T> T exclusively(PublishRequest request, Supplier<T> work) {
        return EditionLock.holding(request.outputDirectory(), request.workDirectory(), request.outputName(), work);
    }

    /** Publishes while no other build of the same name into the same folder runs. */
    private static PublishResult publishAlone(PublishRequest request, Consumer<String> progress) {
        long began = System.nanoTime();
        Run run = new Run(
                request,
                request.projectRoot().toAbsolutePath().normalize(),
                new Diagnostics(),
                progress,
                RunFiles.forBuild(
                        request.workDirectory().resolve("runs"),
                        request.outputDirectory().resolve(request.outputName() + "." + Format.PDF.extension())));
        try {
            return publishEditions(run, began);
        } finally {
            run.kept().finish();
            run.kept().trim();
        }
    }

    private static PublishResult publishEditions(Run run, long began) {
        PublishRequest request = run.request();
        Consumer<String> progress = run.progress();
        // the theme is read on another thread while the sources are parsed; its findings come first
        Diagnostics themeDiagnostics = new Diagnostics();
        CompletableFuture<Theme> loading = CompletableFuture.supplyAsync(
                () -> ThemeLoader.load(
                        request.theme(),
                        request.theme().map(t -> display(run.root(), t)).orElse(""),
                        themeDiagnostics),
                task -> onOwnThread(task, "imprint-theme"));
        Publication publication = readSources(run, loading, themeDiagnostics);
        Theme theme = theme(loading);
        progress.accept(String.format(
                Locale.ROOT,
                "read %s in %.1f s",
                PublishResult.counted(publication.chapters().size(), "chapter"),
                (System.nanoTime() - began) / 1e9));
        Map<Format, PublishResult.Edition> editions = new EnumMap<>(Format.class);
        boolean pdf = request.formats().contains(Format.PDF);
        // the figures' reductions begin on a thread of their own while the text is set
        try (Downsampling downsampling = pdf ? reductions(run, publication, theme) : Downsampling.none()) {
            // the PDF is set first, so that the EPUB can mark where its pages begin; the EPUB needs no
            // more of the PDF than that, and is written on a thread of its own while the PDF's bytes are
            Paged paged = pdf ? step(run, Format.PDF, () -> setPdf(run, publication, theme)) : Paged.NONE;
            // beside the PDF it is written to a file of its own and moved into place once the PDF is: a
            // build that fails leaves both editions of the build before it as they were
            Staged staged = request.formats().contains(Format.EPUB)
                    ? step(run, Format.EPUB, () -> Staged.of(run.target(Format.EPUB), pdf))
                    : null;
            CompletableFuture<PublishResult.Edition> epub = staged == null
                    ? null
                    : CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    return writeEpub(run, publication, theme, paged, staged.writing());
                                } catch (IOException e) {
                                    throw new CompletionException(e);
                                }
                            },
                            task -> onOwnThread(task, "imprint-epub"));
            try {
                if (pdf) {
                    editions.put(
                            Format.PDF,
                            step(run, Format.PDF, () -> writePdf(run, publication, theme, paged, downsampling)));
                }
                if (epub != null) {
                    PublishResult.Edition written = written(run, Format.EPUB, epub);
                    step(run, Format.EPUB, staged::place);
                    editions.put(Format.EPUB, written.at(staged.target()));
                }
            } catch (RuntimeException | Error e) {
                if (epub != null) {
                    epub.handle((edition, failure) -> null).join(); // ended before this build fails
                    staged.discard();
                }
                throw e;
            }
            String trace = pdf ? paged.pages().trace() : "";
            return new PublishResult(editions, run.diagnostics().all(), writeTrace(run, trace));
        }
    }

    /** {@code step}, its failures on a file made errors of {@code format}'s edition. */
    private static <T> T step(Run run, Format format, Step<T> step) {
        try {
            return step.run();
        } catch (IOException e) {
            throw failed(run, format, e);
        } catch (DamagedFontException e) {
            throw failed(run, format, e);
        }
    }

    /** The edition written on another thread, or its failure as {@link #step} makes it. */
    private static PublishResult.Edition written(
            Run run, Format format, CompletableFuture<PublishResult.Edition> writing) {
        try {
            return writing.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException || cause instanceof DamagedFontException) {
                throw failed(run, format, (Exception) cause);
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static PublishException failed(Run run, Format format, Exception e) {
        if (e instanceof DamagedImageException d) {
            return damaged(run, d.file(), d.getMessage(), d.hint());
        }
        if (e instanceof DamagedFontException d) {
            return damaged(run, d.file(), d.getMessage(), d.hint());
        }
        return cannotWrite(
                run, run.target(format), format.extension().toUpperCase(Locale.ROOT) + " edition", (IOException) e);
    }

    /** An image or a font that an edition cannot take, as an error at its file. */
    private static PublishException damaged(Run run, Path file, String message, String hint) {
        run.diagnostics().report(Diagnostic.error(SourcePos.of(display(run.root(), file)), message, hint));
        return new PublishException(run.diagnostics().all());
    }

    /** The model, once the theme's findings and then the sources' are reported; fails on errors in either. */
    private static Publication readSources(Run run, CompletableFuture<Theme> loading, Diagnostics themeDiagnostics) {
        PublishRequest request = run.request();
        MetadataDefaults d = request.defaults();
        MetadataDraft defaults = MetadataDraft.defaults(
                d.title().orElse(null),
                d.description().orElse(null),
                d.authors(),
                d.publisher().orElse(null),
                d.rights().orElse(null),
                d.year().orElse(null),
                d.language().orElse(null));
        Optional<Path> remote = request.allowRemoteImages()
                ? Optional.of(request.workDirectory().resolve("remote-images"))
                : Optional.empty();
        Diagnostics sourceDiagnostics = new Diagnostics();
        Publication publication = null;
        PublishException sourceFailure = null;
        try {
            publication = Sources.load(
                    request.source(),
                    new Sources.Options(
                            run.root(),
                            defaults,
                            request.identitySeed(),
                            remote,
                            Optional.of(request.workDirectory().resolve("drawings"))),
                    sourceDiagnostics);
        } catch (PublishException e) {
            sourceFailure = e;
        }
        theme(loading);
        themeDiagnostics.all().forEach(run.diagnostics()::report);
        if (sourceFailure != null) {
            sourceFailure.diagnostics().forEach(run.diagnostics()::report);
            throw new PublishException(run.diagnostics().all());
        }
        sourceDiagnostics.all().forEach(run.diagnostics()::report);
        return publication;
    }

    /** The PDF's pages set, and where they begin. */
    private static Paged setPdf(Run run, Publication publication, Theme theme) {
        long start = System.nanoTime();
        PublishRequest request = run.request();
        Diagnostics diagnostics = run.diagnostics();
        RunFiles kept = run.kept();
        PagedDocument pages = Typesetter.typeset(
                publication,
                theme,
                diagnostics,
                PdfInfo.producer() + ", "
                        + DateTimeFormatter.ISO_LOCAL_DATE.format(
                                request.timestamp().atOffset(ZoneOffset.UTC)),
                request.traces(),
                new SourceLocator(run.root()),
                kept);
        kept.damaged()
                .ifPresent(what -> diagnostics.warning(
                        SourcePos.path(display(run.root(), kept.folder())),
                        "a kept run of chapters cannot be read back: " + what + "; its chapters were set again",
                        "nothing to do: the entry is removed and the next build keeps it anew"));
        run.progress()
                .accept(String.format(
                        Locale.ROOT,
                        "set %s in %.1f s",
                        PublishResult.counted(pages.pages().size(), "page"),
                        (System.nanoTime() - start) / 1e9));
        return new Paged(pages, start);
    }

    /** The reductions of the figures, begun for the sizes they print at in the chapters' bodies. */
    private static Downsampling reductions(Run run, Publication publication, Theme theme) {
        Downsampling downsampling = new Downsampling(
                theme.images().ppi(), run.request().workDirectory().resolve("images"));
        FigureSizes.likely(publication, Typesetter.frame(publication, theme)).forEach(downsampling::begin);
        return downsampling;
    }

    /** The PDF's bytes, from its pages as set. */
    private static PublishResult.Edition writePdf(
            Run run, Publication publication, Theme theme, Paged paged, Downsampling downsampling) throws IOException {
        PublishRequest request = run.request();
        PagedDocument pages = paged.pages();
        Metadata m = publication.metadata();
        PdfWriter.Result written = PdfWriter.write(
                pages,
                new PdfInfo(
                        m.title(),
                        m.authors().stream().map(Contributor::name).toList(),
                        m.subtitle().or(m::description).orElse(null),
                        m.subjects(),
                        request.timestamp(),
                        theme.pdfConformance()),
                run.target(Format.PDF),
                downsampling);
        written.unsupported()
                .forEach((svg, what) -> run.diagnostics()
                        .warning(
                                SourcePos.of(display(run.root(), svg)),
                                "SVG figure: " + what,
                                "open and save it again in a drawing program, or use a PNG for the figure"));
        PagedDocument.Statistics f = pages.statistics();
        String details = String.format(
                Locale.ROOT,
                "%s in %s, %,d ending in a "
                        + "hyphen (%.1f %%); %,d set only in the second pass, %,d with emergency stretch, %,d overfull; "
                        + "%s; %s set by an earlier build",
                PublishResult.counted(f.paragraphs(), "paragraph"),
                PublishResult.counted(f.lines(), "line"),
                f.hyphenated(),
                f.lines() == 0 ? 0.0 : 100.0 * f.hyphenated() / f.lines(),
                f.secondPass(),
                f.emergency(),
                f.overfull(),
                PublishResult.counted(written.pages(), "page"),
                String.format(
                        Locale.ROOT,
                        "%,d %s",
                        run.kept().found(),
                        run.kept().found() == 1 ? "run of chapters" : "runs of chapters"));
        return new PublishResult.Edition(
                Format.PDF,
                written.file(),
                written.bytes(),
                publication.chapters().size(),
                written.pages(),
                Duration.ofNanos(System.nanoTime() - paged.start()),
                details);
    }

    private static PublishResult.Edition writeEpub(
            Run run, Publication publication, Theme theme, Paged paged, Path target) throws IOException {
        long start = System.nanoTime();
        PrintSide print = PrintSide.of(paged, publication, theme);
        EpubWriter.Result written = EpubWriter.write(
                publication,
                theme,
                run.request().timestamp(),
                target,
                print.pages(),
                publication.metadata().identifier().value() + " ("
                        + run.request().outputName() + ".pdf)",
                print.folios(),
                print.marks());
        return new PublishResult.Edition(
                Format.EPUB,
                written.file(),
                written.bytes(),
                written.chapters(),
                0,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The trace beside the editions, as {@code NAME.trace.txt}, written whole or not at all. */
    private static Optional<Path> writeTrace(Run run, String trace) {
        if (run.request().traces().isEmpty() || trace.isEmpty()) {
            return Optional.empty();
        }
        Path file = run.request().outputDirectory().resolve(run.request().outputName() + ".trace.txt");
        try {
            Path temporary = Files.createTempFile(
                    file.getParent(), "." + file.getFileName(), ".part", Staged.readable(file.getParent()));
            Files.writeString(temporary, trace, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw cannotWrite(run, file, "trace", e);
        }
        return Optional.of(file);
    }

    private static PublishException cannotWrite(Run run, Path target, String what, IOException e) {
        run.diagnostics()
                .report(Diagnostic.error(
                        SourcePos.of(display(run.root(), target)),
                        "cannot write the " + what + ": " + e.getMessage(),
                        "check that the output folder can be written and the disk has room"));
        return new PublishException(run.diagnostics().all());
    }

    /** The theme read on its own thread, or its failure thrown here as it was thrown there. */
    private static Theme theme(CompletableFuture<Theme> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void onOwnThread(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static String display(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
