package io.github.imprint.publish;

import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontLibrary;
import io.github.imprint.typeset.cache.CachedRun;
import io.github.imprint.typeset.cache.DamagedRun;
import io.github.imprint.typeset.cache.RunCodec;
import io.github.imprint.typeset.cache.Runs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Runs of chapters kept between builds, one file each in the work folder ({@code target/imprint/runs}),
 * named by their {@code RunKey}. A file is a header (the format's mark, the run's name, the payload's
 * length and its CRC-32) and the payload {@link RunCodec} wrote. It is written beside its place and
 * moved there whole, so a build killed half-way leaves no entry a later build could half read; one
 * that is read back is checked against its header, and anything wrong with it (truncated, altered,
 * another run's) makes it a miss, noted once for the build's report, and the file is removed.
 *
 * <p>The first build of a checkout keeps nothing (see {@link #forBuild}). Runs are written on a
 * thread of their own while the editions are written, which on two cores hides most of their cost in
 * the phases that use one. The folder is bounded: once a build is done, the entries least recently
 * used go until the rest fit in {@link #LIMIT}. Finding an entry touches it. Failing to write one
 * costs the next build time and nothing else, so it is not reported.
 */
final class RunFiles implements Runs {

    /** The most the entries may take, in bytes. */
    static final long LIMIT = 256L << 20;

    private static final byte[] MARK = "IMPRUN01".getBytes(StandardCharsets.US_ASCII);
    private static final int NAME = 64;
    static final int HEADER = MARK.length + NAME + 8 + 8;
    private static final String SUFFIX = ".run";

    private final Path folder;
    private final long limit;
    private final ConcurrentLinkedQueue<String> damage = new ConcurrentLinkedQueue<>();
    private final AtomicInteger found = new AtomicInteger();
    private final boolean keeps;
    private ExecutorService writer;

    RunFiles(Path folder, long limit) {
        this(folder, limit, true);
    }

    /** @param keeps whether this build finds and keeps runs at all */
    RunFiles(Path folder, long limit, boolean keeps) {
        this.folder = folder;
        this.limit = limit;
        this.keeps = keeps;
    }

    /**
     * The runs for a build whose PDF goes to {@code edition}: kept once a build replaces an edition
     * or finds runs kept, so that the first build of a checkout (on a build server, say), which has
     * nothing to reuse and may have no next build, does not pay for keeping them.
     */
    static RunFiles forBuild(Path folder, Path edition) {
        return new RunFiles(folder, LIMIT, Files.isDirectory(folder) || Files.exists(edition));
    }

    @Override
    public boolean keeps() {
        return keeps;
    }

    /** The folder the entries are in. */
    Path folder() {
        return folder;
    }

    /** The run named {@code name}, when a build kept it and it reads back whole. */
    @Override
    public Optional<CachedRun> find(String name) {
        Path file = folder.resolve(name + SUFFIX);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            damage.add(file.getFileName() + " cannot be read (" + e.getMessage() + ")");
            return Optional.empty();
        }
        try {
            CachedRun run = RunCodec.read(bytes, payload(bytes, name), bytes.length);
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            found.incrementAndGet();
            return Optional.of(run);
        } catch (RuntimeException | IOException e) {
            damage.add(file.getFileName() + " " + (e instanceof DamagedRun ? "" : e + ": ") + e.getMessage());
            try {
                Files.deleteIfExists(file);
            } catch (IOException gone) {
                // the next build finds it damaged again
            }
            return Optional.empty();
        }
    }

    private static volatile String code;

    /**
     * Which Imprint is running: its jar's (or its classes') size and time, the CJK fonts' jar's, and
     * the Java it runs on.
     */
    @Override
    public String code() {
        String known = code;
        if (known == null) {
            // the Java too: its line breaking, bidi and font layout take part in setting
            known = where(RunFiles.class.getProtectionDomain().getCodeSource().getLocation()) + " "
                    + where(RunFiles.class.getResource("/io/github/imprint/font/noto/NotoSansCJK-Regular.ttf"))
                    + " " + System.getProperty("java.vendor") + " " + Runtime.version() + " "
                    + System.getProperty("java.home");
            code = known;
        }
        return known;
    }

    @Override
    public Optional<String> font(FontFace face) {
        if (!Files.isRegularFile(FontLibrary.file(face))) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(sha256().digest(FontLibrary.bytes(face))));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String where(URL url) {
        if (url == null) {
            return "none";
        }
        try {
            String s = url.toString();
            if (s.startsWith("jar:")) {
                url = new URL(s.substring(4, s.indexOf("!/")));
            }
            Path path = Path.of(url.toURI());
            if (!Files.isDirectory(path)) {
                return stamp(path);
            }
            MessageDigest stamps = sha256();
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile)
                        .sorted()
                        .forEach(f -> stamps.update(stamp(f).getBytes(StandardCharsets.UTF_8)));
            }
            return path + " " + HexFormat.of().formatHex(stamps.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url.toString();
        }
    }

    private static String stamp(Path file) {
        try {
            return file + ":" + Files.size(file) + ":"
                    + Files.getLastModifiedTime(file).toMillis() + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the payload starts, once the header is found right. */
    private static int payload(byte[] bytes, String name) {
        if (bytes.length < HEADER || !Arrays.equals(bytes, 0, MARK.length, MARK, 0, MARK.length)) {
            throw new DamagedRun("is no entry of this cache");
        }
        String named = new String(bytes, MARK.length, NAME, StandardCharsets.US_ASCII);
        if (!named.equals(name)) {
            throw new DamagedRun("holds another run");
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, MARK.length + NAME, 16);
        long length = header.getLong();
        long crc = header.getLong();
        if (length != bytes.length - HEADER) {
            throw new DamagedRun("is " + (bytes.length - HEADER) + " bytes long where it should be " + length);
        }
        CRC32 check = new CRC32();
        check.update(bytes, HEADER, bytes.length - HEADER);
        if (check.getValue() != crc) {
            throw new DamagedRun("does not match its checksum");
        }
        return HEADER;
    }

    /**
     * Keeps {@code run} under {@code name}, on a thread of its own so that the editions are written
     * meanwhile; {@link #finish()} waits for it.
     */
    @Override
    public synchronized void keep(String name, CachedRun run) {
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "imprint-runs");
                thread.setDaemon(true);
                return thread;
            });
        }
        writer.execute(() -> write(name, run));
    }

    /** Waits until the runs given to {@link #keep} are written. */
    synchronized void finish() {
        if (writer == null) {
            return;
        }
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer = null;
    }

    private void write(String name, CachedRun run) {
        byte[] payload = RunCodec.write(run);
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        header.put(MARK)
                .put(name.getBytes(StandardCharsets.US_ASCII))
                .putLong(payload.length)
                .putLong(crc.getValue());
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            // named by process and thread: Files.createTempFile draws its names from a SecureRandom,
            // which took a quarter of a second of a novel's 372 runs
            temporary =
                    folder.resolve("." + name + "-" + ProcessHandle.current().pid() + "-"
                            + Thread.currentThread().getId() + ".part");
            try (var out = Files.newOutputStream(
                    temporary,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                out.write(header.array());
                out.write(payload);
            }
            Files.move(
                    temporary,
                    folder.resolve(name + SUFFIX),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException again) {
                // left for trim()
            }
        }
    }

    /** What was wrong with the entries found damaged in this build, the first of them; else empty. */
    Optional<String> damaged() {
        return Optional.ofNullable(damage.peek())
                .map(first -> damage.size() == 1 ? first : first + " (and " + (damage.size() - 1) + " more)");
    }

    /** How many runs this build found. */
    int found() {
        return found.get();
    }

    /**
     * Whether the process that named a part-written entry ({@code .NAME-PID-THREAD.part}) still runs;
     * one killed while writing left it.
     */
    private static boolean writing(String part) {
        String[] pieces = part.substring(0, part.length() - ".part".length()).split("-");
        try {
            long pid = Long.parseLong(pieces[pieces.length - 2]);
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return true; // not ours to judge: left for the hour to pass
        }
    }

    /**
     * Removes the entries least recently used until the rest fit the limit, and what builds killed
     * while writing left behind (their process gone, or an hour old).
     */
    void trim() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        record Entry(Path file, long size, long used) {}
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        long hourAgo = System.currentTimeMillis() - 3_600_000;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                long used = Files.getLastModifiedTime(file).toMillis();
                if (name.endsWith(".part") && (used < hourAgo || !writing(name))) {
                    Files.deleteIfExists(file);
                } else if (name.endsWith(SUFFIX)) {
                    long size = Files.size(file);
                    entries.add(new Entry(file, size, used));
                    total += size;
                }
            }
            entries.sort(Comparator.comparingLong(Entry::used));
            for (Entry e : entries) {
                if (total <= limit) {
                    break;
                }
                Files.deleteIfExists(e.file());
                total -= e.size();
            }
        } catch (IOException e) {
            // another build is trimming, or the folder went; the next build trims again
        }
    }
}
