package io.github.imprint.maven;

import io.github.imprint.check.EpubReport;
import io.github.imprint.check.PdfReport;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

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
            EpubReport report = EpubReport.of(epub.toPath());
            report.errors().forEach(getLog()::error);
            report.warnings().forEach(getLog()::warn);
            if (!report.passes()) {
                throw new MojoFailureException(report.summary() + "\n  hint: " + EpubReport.hint());
            }
            getLog().info("Imprint: " + report.summary());
        }
        if (pdf.isFile()) {
            try {
                getLog().info("Imprint: " + PdfReport.of(pdf.toPath()).summary());
            } catch (IOException e) {
                throw new MojoFailureException(pdf + " cannot be read as a PDF: " + e.getMessage()
                        + "\n  hint: publish it again with -Dimprint.force");
            }
        }
    }
}
