package io.github.imprint.markdown;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.model.SourcePos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Jazzer fuzz test of image loading: any bytes under a figure's name are sniffed and measured, and end
 * as an image or a positioned error; never an exception. Seeds (a PNG, a JPEG, a GIF, a WebP header, an
 * SVG) are replayed in every {@code mvn verify}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class ImageFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void imageLoading(byte[] bytes) throws IOException {
        ImageProbe.probe(bytes);
        Path project = Files.createTempDirectory("imprint-image-fuzz");
        try {
            Path image = project.resolve("figure.img");
            Files.write(image, bytes);
            if (bytes.length > 0 && bytes[0] == '<') {
                ImageFiles.svgDanger(new String(bytes, StandardCharsets.UTF_8));
            }
            new ImageFiles(project, Optional.empty())
                    .resolve(
                            new Diagnostics(),
                            "figure.img",
                            project.resolve("a.md"),
                            SourcePos.of("a.md"),
                            Optional.empty());
        } finally {
            Files.deleteIfExists(project.resolve("figure.img"));
            Files.deleteIfExists(project);
        }
    }
}
