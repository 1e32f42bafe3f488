package io.github.imprint.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Writes every configured edition of the publication and attaches them to the project. */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PublishMojo extends AbstractPublishMojo {

    /** The editions to write: {@code pdf}, {@code epub}, or both. */
    @Parameter(property = "imprint.formats", defaultValue = "pdf,epub")
    List<String> formats;

    @Override
    List<String> formats() {
        return formats;
    }
}
