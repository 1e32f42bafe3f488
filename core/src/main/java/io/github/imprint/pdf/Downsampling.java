package io.github.imprint.pdf;

import io.github.imprint.layout.PrintedImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Raster figures no sharper than print needs. A photograph of 6,000 pixels printed 11 cm wide holds
 * 1,400 pixels to the inch; a press prints 300 at most, so four fifths of its bytes are ink no one can
 * see, and they are what make an image-heavy PDF slow to write and heavy to send. Print exports follow
 * one rule, which this class takes: an image sharper than one and a half times the target at its
 * printed size (the largest, if it is shown more than once) is reduced to the target; one below that
 * is left alone, since a small reduction blurs more than it saves.
 *
 * <p>An 8-bit PNG is reduced as its rows are read ({@link PngRows}), never decoded whole; a JPEG or any
 * other image is decoded whole while the heap has room for it ({@link DecodedWhole}). A book of 30
 * figures of 2,000 to 6,000 pixels built with {@code -Xmx256m} took 232 s when three were decoded at
 * once and takes 7.5 s now, as with a large heap.
 *
 * <p>The reduction ({@link AreaAverage}) is made once: the smaller image is kept in the work folder
 * under a digest of the original's bytes and the size it was reduced to, and later builds embed it
 * as they would any image. A PNG or GIF becomes the planes a PDF holds, its colours and its alpha if it
 * has one, filtered and deflated ({@link KeptPlanes}), so it is copied into the PDF with no decoding;
 * a JPEG becomes a JPEG again (quality 0.92, sRGB), copied as it is. The folder is
 * kept under {@link #KEPT_BYTES}, the least recently used going first. An image that cannot be read
 * is left as it is, for the writer to report.
 *
 * <p>A reduction can {@linkplain #begin begin} before the pages are set, from the size a figure is
 * likely to print at, on a thread of its own while the text is set; when the PDF is written, a
 * reduction begun for the size it needs is taken (or run there, if its thread has not reached it),
 * and any other is made then. Either way the same file comes out, so what was begun changes only
 * when the work is done.
 */
public final class Downsampling implements AutoCloseable {

    /** Above this times the target the image is reduced. */
    static final double THRESHOLD = 1.5;

    static final long KEPT_BYTES = 512L * 1024 * 1024;

    private final int ppi;
    private final Path cache;

    /** Reductions begun before the pages were set, by the image and the size it is reduced to. */
    private final Map<Begun, FutureTask<Optional<Path>>> begun = new ConcurrentHashMap<>();

    private ExecutorService worker;

    private record Begun(Path image, int width, int height) {}

    private record Reduced(BufferedImage image, boolean alpha) {}

    /**
     * @param ppi   the target resolution; 0 keeps every image as it is
     * @param cache where the reduced images are kept between builds
     */
    public Downsampling(int ppi, Path cache) {
        this.ppi = ppi;
        this.cache = cache;
    }

    /** No reduction. */
    public static Downsampling none() {
        return new Downsampling(0, null);
    }

    /** The reduced stand-ins for the images that print too sharp: the original file to the smaller one. */
    Map<Path, Path> standIns(Map<Path, PrintedImage> printed) {
        Map<Path, Path> standIns = new ConcurrentHashMap<>();
        if (ppi <= 0 || cache == null) {
            return standIns;
        }
        printed.entrySet().parallelStream()
                .forEach(e -> target(e.getValue())
                        .flatMap(size -> reduction(e.getKey(), size[0], size[1]))
                        .ifPresent(file -> standIns.put(e.getKey(), file)));
        if (!standIns.isEmpty()) {
            evict();
        }
        return standIns;
    }

    /** Begins reducing {@code image} for the size it is likely to print at, if that asks for a reduction. */
    public synchronized void begin(Path image, PrintedImage likely) {
        if (ppi <= 0 || cache == null) {
            return;
        }
        target(likely).ifPresent(size -> {
            Begun key = new Begun(image, size[0], size[1]);
            if (!begun.containsKey(key)) {
                FutureTask<Optional<Path>> task = new FutureTask<>(() -> reduced(image, size[0], size[1]));
                begun.put(key, task);
                if (worker == null) {
                    worker = Executors.newSingleThreadExecutor(work -> {
                        Thread thread = new Thread(work, "imprint-images");
                        thread.setDaemon(true);
                        return thread;
                    });
                }
                worker.execute(task);
            }
        });
    }

    /** The reduction of {@code image} to {@code width} × {@code height}: the one begun, or made now. */
    private Optional<Path> reduction(Path image, int width, int height) {
        FutureTask<Optional<Path>> task = begun.get(new Begun(image, width, height));
        if (task == null) {
            return reduced(image, width, height);
        }
        task.run(); // here and now, unless its thread has begun it or done it
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            return Optional.empty();
        }
    }

    /**
     * Reductions begun and not yet reached are dropped; one under way is let finish (its file is
     * written whole or not at all), so no thread of this build outlives it.
     */
    @Override
    public synchronized void close() {
        if (worker != null) {
            begun.values().forEach(task -> task.cancel(false));
            worker.shutdown();
            try {
                worker.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The pixel size to reduce {@code image} to, or empty when it is sharp enough as it is. */
    Optional<int[]> target(PrintedImage image) {
        if (image.pixelsWide() <= 0 || image.pixelsHigh() <= 0 || image.width() <= 0) {
            return Optional.empty();
        }
        double inches = image.width() / 1000.0 / 72;
        double resolution = image.pixelsWide() / inches;
        if (resolution <= THRESHOLD * ppi) {
            return Optional.empty();
        }
        int width = Math.max(1, (int) Math.round(inches * ppi));
        int height = Math.max(1, (int) Math.round((double) image.pixelsHigh() * width / image.pixelsWide()));
        return Optional.of(new int[] {width, height});
    }

    private Optional<Path> reduced(Path image, int width, int height) {
        try {
            byte[] bytes = Files.readAllBytes(image);
            boolean jpeg = bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
            Path kept = cache.resolve(digest(bytes, width, height) + (jpeg ? ".jpg" : KeptPlanes.SUFFIX));
            if (whole(kept)) {
                Files.setLastModifiedTime(kept, FileTime.from(Instant.now()));
                return Optional.of(kept);
            }
            Optional<PngRows> png = jpeg ? Optional.empty() : PngRows.open(bytes);
            Reduced reduced;
            if (png.isPresent()) { // read a row at a time, never decoded whole
                PngRows rows = png.get();
                try {
                    reduced = new Reduced(
                            AreaAverage.reduce(rows, rows.width(), rows.height(), width, height, rows.alpha()),
                            rows.alpha());
                } finally {
                    rows.end();
                }
            } else {
                reduced = DecodedWhole.with(bytes, source -> {
                    boolean alpha = !jpeg && source.getColorModel().hasAlpha();
                    return new Reduced(AreaAverage.reduce(source, width, height, alpha), alpha);
                });
                if (reduced == null) {
                    return Optional.empty();
                }
            }
            BufferedImage small = reduced.image();
            boolean alpha = reduced.alpha();
            ByteArrayOutputStream encoded = new ByteArrayOutputStream();
            if (jpeg) {
                writeJpeg(small, encoded);
            } else {
                encoded.writeBytes(KeptPlanes.bytes(KeptPlanes.of(small, alpha)));
            }
            // whole or not at all: a partial file beside it, moved into place
            Files.createDirectories(cache);
            Path writing = Files.createTempFile(cache, "reducing", ".part");
            try {
                Files.write(writing, encoded.toByteArray());
                Files.move(writing, kept, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(writing);
            }
            return Optional.of(kept);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // left as it is; the writer reports what it cannot embed
        }
    }

    /**
     * Whether a kept reduction is there and whole: a JPEG that is there (it was moved in whole), or
     * planes whose check holds; a damaged one is made again.
     */
    private static boolean whole(Path kept) throws IOException {
        if (!Files.isRegularFile(kept)) {
            return false;
        }
        return !kept.getFileName().toString().endsWith(KeptPlanes.SUFFIX)
                || KeptPlanes.read(Files.readAllBytes(kept)).isPresent();
    }

    private static void writeJpeg(BufferedImage image, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.92f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** The least recently used reductions go until the folder holds at most {@link #KEPT_BYTES}. */
    private void evict() {
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> newestFirst = files.filter(
                            f -> !f.getFileName().toString().endsWith(".part"))
                    .sorted(Comparator.comparing(Downsampling::modified).reversed())
                    .toList();
            long total = 0;
            for (Path file : newestFirst) {
                total += Files.size(file);
                if (total > KEPT_BYTES) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a cache a little over its bound harms nothing
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * The name of a reduction: the original's bytes and the size. The bytes are taken by two checksums
     * of each 64 KiB, CRC-32C and Adler-32, and SHA-256 runs over those: with the forked JVM's C1,
     * which has no SHA intrinsic, SHA-256 over 31 MB of figures takes 0.64 s of every build, the
     * checksums 0.02 s. Both checksums of a block would have to agree for two different originals to
     * share a name (about one chance in 2^64 for a block that changed); the folder is the build's own,
     * so no one else chooses what is in it.
     */
    private static String digest(byte[] bytes, int width, int height) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteBuffer sums = ByteBuffer.allocate(((bytes.length >> 16) + 1) * 8 + 8);
            for (int at = 0; at < bytes.length || at == 0; at += BLOCK) {
                int length = Math.min(BLOCK, bytes.length - at);
                CRC32C crc = new CRC32C();
                crc.update(bytes, at, length);
                Adler32 adler = new Adler32();
                adler.update(bytes, at, length);
                sums.putInt((int) crc.getValue()).putInt((int) adler.getValue());
            }
            sums.putLong(bytes.length);
            digest.update(sums.array(), 0, sums.position());
            // the filter's version: a change to AreaAverage or the encoders must change the names
            digest.update(("area-average-4 " + width + "x" + height).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }

    private static final int BLOCK = 1 << 16;
}
