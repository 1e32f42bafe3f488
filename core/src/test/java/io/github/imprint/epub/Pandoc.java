package io.github.imprint.epub;

import io.github.imprint.publish.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** pandoc, when installed, as an independent reader of our EPUBs. */
final class Pandoc {

    private Pandoc() {}

    static boolean available() {
        return Fixtures.runs("pandoc", "--version");
    }

    static String plainText(Path epub) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pandoc", "-f", "epub", "-t", "plain", "--wrap=none", epub.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("pandoc failed on " + epub);
        }
        return text;
    }
}
