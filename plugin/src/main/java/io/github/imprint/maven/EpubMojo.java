package io.github.imprint.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Writes the EPUB 3 edition and attaches it to the project. */
@Mojo(name = "epub", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class EpubMojo extends AbstractPublishMojo {

    @Override
    List<String> formats() {
        return List.of("epub");
    }
}
