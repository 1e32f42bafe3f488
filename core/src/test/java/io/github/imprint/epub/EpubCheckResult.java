package io.github.imprint.epub;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.WriterReportImpl;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** EPUBCheck run in-process on a file: its counts and its messages as text. */
public record EpubCheckResult(int fatal, int errors, int warnings, String messages) {

    public static EpubCheckResult check(Path epub) {
        StringWriter text = new StringWriter();
        WriterReportImpl report = new WriterReportImpl(new PrintWriter(text, true));
        new EpubCheck(epub.toFile(), report).doValidate();
        return new EpubCheckResult(
                report.getFatalErrorCount(), report.getErrorCount(), report.getWarningCount(), text.toString());
    }

    public boolean clean() {
        return fatal == 0 && errors == 0 && warnings == 0;
    }
}
