package io.github.imprint.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The OCF container: a ZIP whose first entry is {@code mimetype}, stored uncompressed and without
 * extra fields, so that its bytes sit at offset 38 as reading systems check; images that are
 * compressed already are stored, the rest deflated. Every
 * entry carries the build's timestamp (as local DOS time, the same in every time zone), so the same
 * sources give the same bytes.
 */
final class OcfZip implements AutoCloseable {

    private final ZipOutputStream zip;
    private final LocalDateTime time;

    OcfZip(OutputStream out, Instant timestamp) throws IOException {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        LocalDateTime t = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
        this.time = t.getYear() < 1980 ? LocalDateTime.of(1980, 1, 1, 0, 0) : t;
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        store(entry, mimetype);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(mimetype);
        zip.closeEntry();
    }

    void add(String name, String text) throws IOException {
        add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    void add(String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        if (compressed(name)) {
            store(entry, bytes);
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Marks an entry as stored, which ZIP asks to carry its sizes and checksum up front. */
    private static void store(ZipEntry entry, byte[] bytes) {
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
    }

    /** JPEG, PNG, GIF and WebP are compressed already; deflating them again costs time and saves nothing. */
    private static boolean compressed(String name) {
        return name.matches("(?i).*\\.(jpe?g|png|gif|webp)");
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
