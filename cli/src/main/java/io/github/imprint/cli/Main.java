package io.github.imprint.cli;

import io.github.imprint.check.EpubReport;
import io.github.imprint.check.PdfReport;
import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.PublishException;
import io.github.imprint.publish.Format;
import io.github.imprint.publish.PublishRequest;
import io.github.imprint.publish.PublishResult;
import io.github.imprint.publish.Publisher;
import io.github.imprint.typeset.Trace;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code java -jar imprint-cli.jar COMMAND …}: publishes Markdown as PDF and EPUB, or checks editions,
 * without Maven. Diagnostics go to standard error exactly as the plugin logs them
 * ({@code [ERROR] path:line:column: message} and its hint); what was written goes to standard output.
 *
 * <p>Exit codes: 0 when all went well, 1 when the sources (or an edition checked) have errors, 2 when
 * the command line is wrong, 3 when Imprint itself failed (a bug, to be reported).
 */
public final class Main {

    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;

    private static final Map<String, Set<String>> COMMANDS = Map.of(
            "publish", Set.of("out", "formats", "theme", "name", "root", "trace"),
            "check", Set.of());

    static final String USAGE_TEXT = """
            usage: imprint publish SOURCE [--out DIR] [--formats pdf,epub] [--theme FILE] [--name NAME]
                                          [--root DIR] [--trace paragraphs,pages]
                   imprint check FILE.epub|FILE.pdf ...
                   imprint --help | --version

            publish  writes the PDF and EPUB editions of SOURCE, a Markdown file (an article) or a folder
                     (a book, or an article when it holds one file)
                     --out      where to write them (default: the current folder)
                     --formats  which editions (default: pdf,epub)
                     --theme    a theme.yaml over the default theme, or a bundled theme: classic, compact
                     --name     the editions' file name without extension (default: SOURCE's name)
                     --root     the project folder: images and includes must stay inside it (default:
                                the folder that holds SOURCE)
                     --trace    write NAME.trace.txt: how each paragraph was broken, why each page ends
            check    runs EPUBCheck on an EPUB (its errors fail) and reports what a PDF claims

            exit codes: 0 ok, 1 errors in the content, 2 wrong usage, 3 Imprint failed
            SOURCE_DATE_EPOCH, when set, is the editions' timestamp, as reproducible builds expect.
            """;

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err).run(args));
    }

    int run(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            out.print(USAGE_TEXT);
            return OK;
        }
        if (args.length == 1 && args[0].equals("--version")) {
            out.println(Publisher.version());
            return OK;
        }
        try {
            Arguments arguments = Arguments.parse(args, COMMANDS);
            return arguments.command().equals("publish") ? publish(arguments) : check(arguments);
        } catch (Arguments.UsageException e) {
            err.println("imprint: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (RuntimeException e) {
            err.println("[ERROR] Imprint failed unexpectedly: " + e);
            err.println("[ERROR]   hint: this is a bug in Imprint; please report it with the sources that cause it");
            return FAILED;
        }
    }

    private int publish(Arguments a) throws Arguments.UsageException {
        if (a.operands().size() != 1) {
            throw new Arguments.UsageException("publish takes one SOURCE, a Markdown file or a folder");
        }
        Path source = Path.of(a.operands().get(0));
        Map<String, String> o = a.options();
        Path absolute = source.toAbsolutePath().normalize();
        Path root = o.containsKey("root")
                ? Path.of(o.get("root"))
                : absolute.getParent() == null ? absolute : absolute.getParent();
        String name = o.getOrDefault(
                "name",
                absolute.getFileName() == null
                        ? "edition"
                        : absolute.getFileName().toString().replaceFirst("\\.(md|markdown)$", ""));
        Path output = Path.of(o.getOrDefault("out", "."));
        Set<Format> formats = new LinkedHashSet<>();
        for (String format : o.getOrDefault("formats", "pdf,epub").split(",")) {
            formats.add(Format.parse(format.strip())
                    .orElseThrow(() -> new Arguments.UsageException(
                            "unknown format '" + format.strip() + "'; Imprint writes pdf and epub")));
        }
        Set<Trace> traces = Trace.parse(o.getOrDefault("trace", ""))
                .orElseThrow(() -> new Arguments.UsageException(
                        "unknown trace '" + o.get("trace") + "'; name paragraphs, pages or all"));
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        Instant timestamp = epoch != null && epoch.strip().matches("\\d+")
                ? Instant.ofEpochSecond(Long.parseLong(epoch.strip()))
                : Instant.now();
        PublishRequest request = PublishRequest.of(source, root, output, name)
                .theme(Optional.ofNullable(o.get("theme")).map(Path::of))
                .formats(formats)
                .timestamp(timestamp)
                .traces(traces)
                .workDirectory(output.resolve(".imprint"))
                .build();
        long began = System.nanoTime();
        boolean terminal = System.console() != null;
        PublishResult result;
        try {
            result = Publisher.publish(request, step -> {
                // progress on a terminal, for books that take a while; a short article stays quiet
                if (terminal && System.nanoTime() - began > 3_000_000_000L) {
                    err.println("Imprint: " + step);
                }
            });
        } catch (PublishException e) {
            log(e.diagnostics());
            long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println("[ERROR] Imprint: " + errors + (errors == 1 ? " error" : " errors")
                    + " in the sources; see the messages above");
            return CONTENT_ERRORS;
        }
        log(result.diagnostics());
        result.trace().ifPresent(file -> out.println("Imprint: trace in " + file));
        for (PublishResult.Edition edition : result.editions().values()) {
            out.println("Imprint: " + edition.summary());
        }
        return OK;
    }

    private int check(Arguments a) throws Arguments.UsageException {
        if (a.operands().isEmpty()) {
            throw new Arguments.UsageException("check takes one or more editions, FILE.epub or FILE.pdf");
        }
        int status = OK;
        for (String name : a.operands()) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                err.println("[ERROR] " + name + ": no such file");
                status = CONTENT_ERRORS;
            } else if (name.endsWith(".epub")) {
                EpubReport report = EpubReport.of(file);
                report.errors().forEach(line -> err.println("[ERROR] " + line));
                report.warnings().forEach(line -> err.println("[WARNING] " + line));
                if (report.passes()) {
                    out.println("Imprint: " + report.summary());
                } else {
                    err.println("[ERROR] " + report.summary());
                    err.println("[ERROR]   hint: " + EpubReport.hint());
                    status = CONTENT_ERRORS;
                }
            } else if (name.endsWith(".pdf")) {
                try {
                    out.println("Imprint: " + PdfReport.of(file).summary());
                } catch (IOException e) {
                    err.println("[ERROR] " + name + " cannot be read as a PDF: " + e.getMessage());
                    status = CONTENT_ERRORS;
                }
            } else {
                throw new Arguments.UsageException(name + " is neither an .epub nor a .pdf");
            }
        }
        return status;
    }

    /** Each diagnostic's lines, as the plugin logs them through Maven. */
    private void log(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            for (String line : d.toString().split("\\R")) {
                err.println((d.isError() ? "[ERROR] " : d.isInfo() ? "[INFO] " : "[WARNING] ") + line);
            }
        }
    }
}
