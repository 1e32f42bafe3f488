package io.github.imprint.maven;

import io.github.imprint.diag.PublishException;
import io.github.imprint.publish.PublishResult;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The forked JVM's side of {@link Fork}: {@code ForkedPublish JOB RESULT} reads the job {@link Wire}
 * wrote, runs the same build step as the plugin in Maven's JVM ({@link Rebuild#unlessUpToDate}, under
 * the build's lock, with the up-to-date check made again there), and writes how it ended to RESULT.
 * Progress and warnings go to standard output, one per line, marked for the plugin to tell apart
 * from anything the JVM itself prints. When standard input closes (Maven has ended, or was killed)
 * the process halts at once, so a killed build leaves no publish running behind it.
 *
 * <p>Once the result is written the fork says {@link #DONE}, and Maven closes its standard input
 * then, not later: the watchdog's read returns and its thread ends. A JVM that exits while one of its
 * threads sits in a native read waits for it a third of a second (HotSpot's exit gives threads in
 * native code 300 ms to come back), which was a tenth of a rebuild.
 */
public final class ForkedPublish {

    static final String PROGRESS = "\u0001progress ";
    static final String WARNING = "\u0001warning ";
    static final String DONE = "\u0001done";

    /** Set once the result is written: from then on the end of standard input is Maven letting go. */
    private static volatile boolean finished;

    private ForkedPublish() {}

    public static void main(String[] args) throws IOException {
        watch(System.in);
        Wire.Job job;
        try (DataInputStream in =
                new DataInputStream(new BufferedInputStream(Files.newInputStream(Path.of(args[0]))))) {
            job = Wire.readRequest(in);
        }
        Path result = Path.of(args[1]);
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(result))) {
            run(job, out);
        }
        finished = true;
        System.out.println(DONE);
        System.out.flush();
        System.exit(0);
    }

    private static void run(Wire.Job job, DataOutputStream out) throws IOException {
        try {
            Optional<PublishResult> published = Rebuild.unlessUpToDate(
                    job.request(),
                    job.state().open(),
                    Rebuild.planned(job.request()),
                    job.force(),
                    step -> say(PROGRESS, step),
                    warning -> say(WARNING, warning));
            if (published.isPresent()) {
                out.writeUTF(Wire.Outcome.PUBLISHED.name());
                Wire.writeResult(out, published.get());
            } else {
                out.writeUTF(Wire.Outcome.UP_TO_DATE.name());
            }
        } catch (PublishException e) {
            out.writeUTF(Wire.Outcome.REFUSED.name());
            Wire.writeDiagnostics(out, e.diagnostics());
        } catch (RuntimeException | Error e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            out.writeUTF(Wire.Outcome.FAILED.name());
            Wire.writeString(out, e.toString());
            Wire.writeString(out, trace.toString());
        }
    }

    private static synchronized void say(String kind, String text) {
        // one line each: a message's own line breaks would otherwise read as lines of the JVM's
        System.out.println(kind + escape(text));
        System.out.flush();
    }

    /** Halts when the parent closes this process's standard input (or dies) before the result is written. */
    private static void watch(InputStream parent) {
        Thread watchdog = new Thread(
                () -> {
                    try {
                        while (parent.read() >= 0) {
                            // the parent writes nothing; any byte is ignored
                        }
                    } catch (IOException e) {
                        // a broken pipe means the same as its end
                    }
                    if (!finished) {
                        Runtime.getRuntime().halt(3);
                    }
                },
                "imprint-parent-watch");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** A message on one line: its backslashes and line breaks escaped. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Undoes {@link #escape}. */
    static String unescape(String line) {
        StringBuilder text = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                text.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
