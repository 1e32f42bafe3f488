package io.github.imprint.maven;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.PublishException;
import io.github.imprint.publish.PublishRequest;
import io.github.imprint.publish.PublishResult;
import io.github.imprint.publish.Publisher;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * What the publishing goals share: their parameters, the mapping to a request, logging diagnostics as
 * {@code path:line:column: message}, and attaching the editions to the project.
 */
abstract class AbstractPublishMojo extends AbstractMojo {

    /** The Markdown sources: a folder (a book, or an article when it holds one file) or a single file. */
    @Parameter(property = "imprint.sourceDirectory", defaultValue = "${project.basedir}/src/main/markdown")
    File sourceDirectory;

    /** A theme.yaml whose keys override the default theme, or the name of a bundled theme: classic, compact. */
    @Parameter(property = "imprint.theme")
    File theme;

    /** Where the editions are written. */
    @Parameter(property = "imprint.outputDirectory", defaultValue = "${project.build.directory}")
    File outputDirectory;

    /** The editions' file name, without extension. */
    @Parameter(property = "imprint.finalName", defaultValue = "${project.build.finalName}")
    String finalName;

    /** A classifier for the attached editions, for projects that publish several. */
    @Parameter(property = "imprint.classifier")
    String classifier;

    /** Whether to attach the editions to the project, so install and deploy carry them. */
    @Parameter(property = "imprint.attach", defaultValue = "true")
    boolean attach;

    /** The publication's language (BCP 47) when the sources do not say. */
    @Parameter(property = "imprint.language")
    String language;

    /** Download images given by http(s) URLs. Off by default: no network access during a build. */
    @Parameter(property = "imprint.allowRemoteImages", defaultValue = "false")
    boolean allowRemoteImages;

    /** The build's timestamp, for reproducible editions. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    /**
     * What the typesetter is to tell of its decisions, written beside the editions as
     * {@code finalName.trace.txt}: {@code paragraphs} (every feasible line break, with badness, penalty
     * and demerits, as TeX's {@code \tracingparagraphs}), {@code pages} (why each page ends where it
     * does), or {@code all}.
     */
    @Parameter(property = "imprint.trace", defaultValue = "")
    String trace;

    /** Publishes even when the sources, theme and configuration are unchanged since the last build. */
    @Parameter(property = "imprint.force", defaultValue = "false")
    boolean force;

    /**
     * Whether to publish in a JVM of its own, started with flags that suit a run of a few seconds (C1
     * alone, the serial collector, a class-data archive): {@code auto} does for sources of a book's
     * size (256 KiB and up) and not for an article, where the JVM's start would cost more than it
     * saves; {@code always}; {@code never}. The fork's heap is Maven's own ({@code -Xmx} in MAVEN_OPTS).
     */
    @Parameter(property = "imprint.fork", defaultValue = "auto")
    String fork;

    /** Where the forked JVM's class-data archive is kept: beside the local repository, in imprint/jvm. */
    @Parameter(defaultValue = "${settings.localRepository}", readonly = true)
    File localRepository;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    /** Skips the goal. */
    @Parameter(property = "imprint.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Component
    MavenProjectHelper projectHelper;

    /** The formats this goal writes. */
    abstract List<String> formats();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Imprint: skipped (imprint.skip)");
            return;
        }
        PublishRequest request;
        Fork.Mode forking;
        try {
            forking = Fork.Mode.parse(fork);
            request = RequestMapping.request(
                    new RequestMapping.Configuration(
                            project.getBasedir().toPath(),
                            sourceDirectory.toPath(),
                            theme == null ? null : theme.toPath(),
                            outputDirectory.toPath(),
                            finalName,
                            formats(),
                            outputTimestamp,
                            allowRemoteImages,
                            language,
                            new File(project.getBuild().getDirectory(), "imprint").toPath(),
                            project.getGroupId() + ":" + project.getArtifactId(),
                            trace),
                    project.getModel(),
                    System.getenv("SOURCE_DATE_EPOCH"));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        List<Path> planned = Rebuild.planned(request);
        Wire.State recorded = new Wire.State(
                request.workDirectory()
                        .resolve(request.outputName()
                                + (classifier == null || classifier.isBlank() ? "" : "-" + classifier) + ".state"),
                pluginVersion + "\n" + request.withoutTimestampIfUnset(outputTimestamp),
                request.source(),
                request.theme());
        BuildState state = recorded.open();
        Optional<PublishResult> published;
        try {
            long began = System.nanoTime();
            // progress is shown for books that take a while; a short article's build stays quiet
            Consumer<String> progress = step -> {
                if (System.nanoTime() - began > 3_000_000_000L) {
                    getLog().info("Imprint: " + step);
                } else {
                    getLog().debug("Imprint: " + step);
                }
            };
            Consumer<String> warn = warning -> getLog().warn("Imprint: " + warning);
            if (!Fork.pays(forking, request.source())) {
                published = Rebuild.unlessUpToDate(request, state, planned, force, progress, warn);
            } else if (!force && Publisher.exclusively(request, () -> state.upToDate(planned))) {
                published = Optional.empty(); // asked here first, so that an unchanged book starts no JVM
            } else {
                getLog().debug("Imprint: publishing in a forked JVM (C1, serial collector, Maven's heap)");
                published =
                        Fork.publish(new Wire.Job(request, recorded.taken(state), force), archive(), progress, warn);
            }
        } catch (PublishException e) {
            log(e.diagnostics());
            long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
            throw new MojoFailureException("Imprint: " + errors + (errors == 1 ? " error" : " errors")
                    + " in the sources; see the messages above");
        } catch (Fork.Failure e) {
            throw new MojoExecutionException("Imprint failed unexpectedly: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Imprint failed unexpectedly: " + e, e);
        }
        if (published.isEmpty()) {
            getLog().info("Imprint: " + planned.size() + (planned.size() == 1 ? " edition is" : " editions are")
                    + " up to date (sources, theme and configuration unchanged); -Dimprint.force to publish anyway");
            for (Path file : planned) {
                String name = file.getFileName().toString();
                attach(name.substring(name.lastIndexOf('.') + 1), file);
            }
            return;
        }
        PublishResult result = published.get();
        log(result.diagnostics());
        result.trace().ifPresent(file -> getLog().info("Imprint: trace in " + file));
        for (PublishResult.Edition edition : result.editions().values()) {
            getLog().info("Imprint: " + edition.summary());
            if (!edition.details().isEmpty()) {
                getLog().debug("Imprint: typesetting " + edition.file().getFileName() + ": " + edition.details());
            }
            attach(edition.format().extension(), edition.file());
        }
    }

    private ClassArchive archive() {
        if (localRepository == null || localRepository.toPath().getParent() == null) {
            return ClassArchive.none();
        }
        return new ClassArchive(
                localRepository.toPath().getParent().resolve("imprint").resolve("jvm"));
    }

    private void attach(String type, Path file) {
        if (!attach) {
            return;
        }
        if (classifier == null || classifier.isBlank()) {
            projectHelper.attachArtifact(project, type, file.toFile());
        } else {
            projectHelper.attachArtifact(project, type, classifier, file.toFile());
        }
    }

    private void log(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            String[] lines = d.toString().split("\\R");
            for (String line : lines) {
                if (d.isError()) {
                    getLog().error(line);
                } else if (d.isInfo()) {
                    getLog().info(line);
                } else {
                    getLog().warn(line);
                }
            }
        }
    }
}
