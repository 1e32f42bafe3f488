package io.github.imprint.check;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.WriterReportImpl;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What EPUBCheck says of an EPUB: its error and warning lines as EPUBCheck prints them, and the
 * counts. An EPUB passes when it has no fatal error and no error.
 *
 * @param errors   the fatal error and error lines
 * @param warnings the warning lines
 * @param millis   how long the check took
 */
public record EpubReport(Path file, List<String> errors, List<String> warnings, long millis) {

    public EpubReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Runs EPUBCheck on {@code epub}, in this JVM. */
    public static EpubReport of(Path epub) {
        long start = System.nanoTime();
        StringWriter text = new StringWriter();
        // quiet: EPUBCheck's feature report (sizes, resources) is not printed; its messages are
        WriterReportImpl report = new WriterReportImpl(new PrintWriter(text, true), null, true);
        new EpubCheck(epub.toFile(), report).doValidate();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String line : text.toString().split("\\R")) {
            if (line.startsWith("FATAL") || line.startsWith("ERROR")) {
                errors.add(line);
            } else if (line.startsWith("WARNING") && !line.equals("WARNING: : ")) {
                warnings.add(line);
            }
        }
        int count = report.getFatalErrorCount() + report.getErrorCount();
        while (errors.size() < count) {
            errors.add("ERROR: " + epub.getFileName() + ": (EPUBCheck counted an error it did not print)");
        }
        return new EpubReport(epub, errors, warnings, (System.nanoTime() - start) / 1_000_000);
    }

    public boolean passes() {
        return errors.isEmpty();
    }

    /** One line for a log: "book.epub passes EPUBCheck (0 warnings, 812 ms)", or how many errors it has. */
    public String summary() {
        if (passes()) {
            return String.format(
                    "%s passes EPUBCheck (%d warning%s, %d ms)",
                    file.getFileName(), warnings.size(), warnings.size() == 1 ? "" : "s", millis);
        }
        return "EPUBCheck finds " + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + " in "
                + file.getFileName();
    }

    /** What to do about errors. */
    public static String hint() {
        return "the messages above say where; please report it, Imprint should never write an EPUB that fails";
    }
}
