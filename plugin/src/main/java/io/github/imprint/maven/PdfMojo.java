package io.github.imprint.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.List;

/** Writes the typeset PDF edition and attaches it to the project. */
@Mojo(name = "pdf", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PdfMojo extends AbstractPublishMojo {

    @Override
    List<String> formats() {
        return List.of("pdf");
    }
}
