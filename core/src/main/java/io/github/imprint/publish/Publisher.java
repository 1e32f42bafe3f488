package io.github.imprint.publish;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.diag.PublishException;
import io.github.imprint.epub.EpubWriter;
import io.github.imprint.layout.PagedDocument;
import io.github.imprint.model.Contributor;
import io.github.imprint.model.Metadata;
import io.github.imprint.pdf.PdfInfo;
import io.github.imprint.pdf.PdfWriter;
import io.github.imprint.typeset.Typesetter;
import io.github.imprint.markdown.MetadataDraft;
import io.github.imprint.markdown.Sources;
import io.github.imprint.model.Publication;
import io.github.imprint.model.SourcePos;
import io.github.imprint.theme.Theme;
import io.github.imprint.theme.ThemeLoader;


import io.github.imprint.layout.PrintPages;
import io.github.imprint.model.PrintPage;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes: sources to model, theme, then each requested edition. Problems in the sources end as a
 * {@link PublishException} carrying every diagnostic; an edition that cannot be written leaves the
 * previous file untouched.
 */
public final class Publisher {

    private Publisher() {
    }

    public static PublishResult publish(PublishRequest request) {
        return publish(request, step -> { });
    }

    /**
     * Publishes, telling {@code progress} of each step as it ends (the sources read, the pages set, each
     * edition written), so a long book can show that it moves.
     */
    public static PublishResult publish(PublishRequest request, java.util.function.Consumer<String> progress) {
        long began = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Path root = request.projectRoot().toAbsolutePath().normalize();
        // the theme is read on another thread while the sources are parsed; its findings come first
        Diagnostics themeDiagnostics = new Diagnostics();
        CompletableFuture<Theme> loading = CompletableFuture.supplyAsync(() -> ThemeLoader.load(request.theme(),
                request.theme().map(t -> display(root, t)).orElse(""), themeDiagnostics), Publisher::onOwnThread);
        MetadataDefaults d = request.defaults();
        MetadataDraft defaults = MetadataDraft.defaults(d.title().orElse(null), d.description().orElse(null), d.authors(),
                d.publisher().orElse(null), d.rights().orElse(null), d.year().orElse(null), d.language().orElse(null));
        Optional<Path> remote = request.allowRemoteImages()
                ? Optional.of(request.workDirectory().resolve("remote-images")) : Optional.empty();
        Diagnostics sourceDiagnostics = new Diagnostics();
        Publication publication = null;
        PublishException sourceFailure = null;
        try {
            publication = Sources.load(request.source(),
                    new Sources.Options(root, defaults, request.identitySeed(), remote), sourceDiagnostics);
        } catch (PublishException e) {
            sourceFailure = e;
        }
        Theme theme = theme(loading);
        themeDiagnostics.all().forEach(diagnostics::report);
        if (sourceFailure != null) {
            sourceFailure.diagnostics().forEach(diagnostics::report);
            throw new PublishException(diagnostics.all());
        }
        sourceDiagnostics.all().forEach(diagnostics::report);
        progress.accept(String.format(java.util.Locale.ROOT, "read %d chapter%s in %.1f s", publication.chapters().size(),
                publication.chapters().size() == 1 ? "" : "s", (System.nanoTime() - began) / 1e9));

        Map<Format, PublishResult.Edition> editions = new EnumMap<>(Format.class);
        // the PDF is set first (Format's order), so that the EPUB can mark where its pages begin
        List<PrintPage> printPages = List.of();
        for (Format format : new java.util.TreeSet<>(request.formats())) {
            long start = System.nanoTime();
            Path target = request.outputDirectory().resolve(request.outputName() + "." + format.extension());
            try {
                if (format == Format.EPUB) {
                    EpubWriter.Result written = EpubWriter.write(publication, theme, request.timestamp(), target, printPages,
                            publication.metadata().identifier().value() + " (" + request.outputName() + ".pdf)");
                    editions.put(format, new PublishResult.Edition(format, written.file(), written.bytes(), written.chapters(),
                            0, Duration.ofNanos(System.nanoTime() - start)));
                } else {
                    PagedDocument pages = Typesetter.typeset(publication, theme, diagnostics, PdfInfo.producer() + ", "
                            + java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(
                                    request.timestamp().atOffset(java.time.ZoneOffset.UTC)));
                    progress.accept(String.format(java.util.Locale.ROOT, "set %,d pages in %.1f s", pages.pages().size(),
                            (System.nanoTime() - start) / 1e9));
                    Metadata m = publication.metadata();
                    List<io.github.imprint.model.Chapter> chapters = publication.chapters();
                    printPages = PrintPages.of(pages, i -> chapters.get(i).id());
                    PdfWriter.Result written = PdfWriter.write(pages, new PdfInfo(m.title(),
                            m.authors().stream().map(Contributor::name).toList(), m.subtitle().or(m::description).orElse(null),
                            m.subjects(), request.timestamp(), theme.pdfConformance()), target);
                    written.unsupported().forEach((svg, what) -> diagnostics.warning(SourcePos.of(display(root, svg)),
                            "SVG figure: " + what,
                            "turn text into paths in your drawing program (Inkscape: Path > Object to Path), "
                                    + "or use a PNG for the figure"));
                    PagedDocument.Statistics f = pages.statistics();
                    String details = String.format(java.util.Locale.ROOT, "%,d paragraphs in %,d lines, %,d ending in a "
                                    + "hyphen (%.1f %%); %,d set only in the second pass, %,d with emergency stretch, %,d overfull; "
                                    + "%,d pages", f.paragraphs(), f.lines(), f.hyphenated(),
                            f.lines() == 0 ? 0.0 : 100.0 * f.hyphenated() / f.lines(), f.secondPass(), f.emergency(),
                            f.overfull(), written.pages());
                    editions.put(format, new PublishResult.Edition(format, written.file(), written.bytes(),
                            publication.chapters().size(), written.pages(), Duration.ofNanos(System.nanoTime() - start),
                            details));
                }
            } catch (PdfWriter.DamagedImageException e) {
                diagnostics.report(Diagnostic.error(SourcePos.of(display(root, e.file())), e.getMessage(), e.hint()));
                throw new PublishException(diagnostics.all());
            } catch (IOException e) {
                diagnostics.report(Diagnostic.error(SourcePos.of(display(root, target)),
                        "cannot write the " + format.extension().toUpperCase(java.util.Locale.ROOT) + " edition: "
                                + e.getMessage(), "check that the output folder can be written and the disk has room"));
                throw new PublishException(diagnostics.all());
            }
        }
        return new PublishResult(editions, diagnostics.all());
    }

    /** The theme read on its own thread, or its failure thrown here as it was thrown there. */
    private static Theme theme(CompletableFuture<Theme> loading) {
        try {
            return loading.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void onOwnThread(Runnable task) {
        Thread thread = new Thread(task, "imprint-theme");
        thread.setDaemon(true);
        thread.start();
    }

    private static String display(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
