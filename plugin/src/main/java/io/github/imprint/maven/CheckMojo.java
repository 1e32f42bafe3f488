package io.github.imprint.maven;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.WriterReportImpl;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the editions the build wrote, in the {@code verify} phase: EPUBCheck validates the EPUB and
 * the build fails on its errors (warnings are logged); the PDF's claims (PDF/A, PDF/UA, tagged) are
 * read and reported. Skip with {@code -Dimprint.check.skip}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** Where the editions were written. */
    @Parameter(property = "imprint.outputDirectory", defaultValue = "${project.build.directory}")
    File outputDirectory;

    /** The editions' file name without its extension. */
    @Parameter(property = "imprint.finalName", defaultValue = "${project.build.finalName}")
    String finalName;

    /** Skip the check. */
    @Parameter(property = "imprint.check.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Imprint: check skipped");
            return;
        }
        File epub = new File(outputDirectory, finalName + ".epub");
        File pdf = new File(outputDirectory, finalName + ".pdf");
        if (!epub.isFile() && !pdf.isFile()) {
            throw new MojoFailureException(finalName + ".epub and " + finalName + ".pdf are not in " + outputDirectory
                    + "\n  hint: bind the publish goal to an earlier phase (package, as by default), or run it first");
        }
        if (epub.isFile()) {
            checkEpub(epub);
        }
        if (pdf.isFile()) {
            reportPdf(pdf);
        }
    }

    private void checkEpub(File epub) throws MojoFailureException {
        long start = System.nanoTime();
        StringWriter text = new StringWriter();
        WriterReportImpl report = new WriterReportImpl(new PrintWriter(text, true));
        new EpubCheck(epub, report).doValidate();
        List<String> problems = new ArrayList<>();
        for (String line : text.toString().split("\\R")) {
            if (line.startsWith("FATAL") || line.startsWith("ERROR")) {
                problems.add(line);
                getLog().error(line);
            } else if (line.startsWith("WARNING") && !line.equals("WARNING: : ")) {
                getLog().warn(line);
            }
        }
        int errors = report.getFatalErrorCount() + report.getErrorCount();
        if (errors > 0) {
            throw new MojoFailureException("EPUBCheck finds " + errors + " error" + (errors == 1 ? "" : "s") + " in "
                    + epub.getName() + "\n  hint: the messages above say where; please report it, Imprint should "
                    + "never write an EPUB that fails");
        }
        getLog().info(String.format("Imprint: %s passes EPUBCheck (%d warning%s, %d ms)", epub.getName(),
                report.getWarningCount(), report.getWarningCount() == 1 ? "" : "s", (System.nanoTime() - start) / 1_000_000));
    }

    private void reportPdf(File pdf) throws MojoFailureException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String xmp = "";
            if (document.getDocumentCatalog().getMetadata() != null) {
                try (InputStream in = document.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                    xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            List<String> claims = new ArrayList<>();
            String part = value(xmp, "pdfaid:part");
            if (part != null) {
                String conformance = value(xmp, "pdfaid:conformance");
                claims.add("PDF/A-" + part + (conformance == null ? "" : conformance.toLowerCase(java.util.Locale.ROOT)));
            }
            String ua = value(xmp, "pdfuaid:part");
            if (ua != null) {
                claims.add("PDF/UA-" + ua);
            }
            boolean tagged = document.getDocumentCatalog().getMarkInfo() != null
                    && document.getDocumentCatalog().getMarkInfo().isMarked();
            getLog().info(String.format("Imprint: %s, %d pages, %s, %s", pdf.getName(), document.getNumberOfPages(),
                    tagged ? "tagged" : "not tagged", claims.isEmpty() ? "claims no standard"
                            : "claims " + String.join(" and ", claims) + " (Imprint's tests hold it to them with veraPDF)"));
        } catch (IOException e) {
            throw new MojoFailureException(pdf + " cannot be read as a PDF: " + e.getMessage()
                    + "\n  hint: publish it again with -Dimprint.force");
        }
    }

    private static String value(String xmp, String property) {
        Matcher m = Pattern.compile("<" + Pattern.quote(property) + ">\\s*([^<]+?)\\s*</" + Pattern.quote(property) + ">")
                .matcher(xmp);
        if (m.find()) {
            return m.group(1);
        }
        Matcher attribute = Pattern.compile(Pattern.quote(property) + "=\"([^\"]+)\"").matcher(xmp);
        return attribute.find() ? attribute.group(1) : null;
    }
}
