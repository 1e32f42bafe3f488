package io.github.imprint.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Writes the typeset PDF edition and attaches it to the project. */
@Mojo(name = "pdf", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PdfMojo extends AbstractPublishMojo {

    @Override
    List<String> formats() {
        return List.of("pdf");
    }
}
