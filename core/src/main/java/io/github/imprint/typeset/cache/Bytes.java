package io.github.imprint.typeset.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The primitives of the cache's format: numbers as variable-length integers (seven bits a byte, the
 * high bit saying more follow; signed numbers zig-zagged first, so small magnitudes take one byte),
 * strings as their UTF-8 length and bytes, null as length -1. A glyph run's positions are written as
 * the differences between neighbours, which are a glyph's advance and fit in two or three bytes.
 *
 * <p>{@link Out} grows an array of its own rather than wrapping a stream, and {@link In} reads one,
 * because a book's pages are millions of numbers and the streams of the JDK pay for a lock on each.
 */
final class Bytes {

    private Bytes() {}

    /** A growing buffer the writer fills. */
    static final class Out {
        private byte[] bytes = new byte[1 << 16];
        private int size;

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        void unsigned(long value) {
            room(10);
            while ((value & ~0x7FL) != 0) {
                bytes[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        void signed(long value) {
            unsigned((value << 1) ^ (value >> 63));
        }

        void bool(boolean value) {
            room(1);
            bytes[size++] = (byte) (value ? 1 : 0);
        }

        void real(double value) {
            signed(Double.doubleToRawLongBits(value));
        }

        void string(String value) {
            if (value == null) {
                signed(-1);
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            signed(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** A reader over what {@link Out} wrote; a read past the end is a {@link DamagedRun} entry. */
    static final class In {
        private final byte[] bytes;
        private int at;
        private final int end;

        In(byte[] bytes, int from, int end) {
            this.bytes = bytes;
            this.at = from;
            this.end = end;
        }

        long unsigned() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (at >= end) {
                    throw new DamagedRun("ends in the middle of a number");
                }
                byte b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new DamagedRun("holds a number of more than 64 bits");
        }

        long signed() {
            long raw = unsigned();
            return (raw >>> 1) ^ -(raw & 1);
        }

        int integer() {
            long value = signed();
            if (value != (int) value) {
                throw new DamagedRun("holds a number out of range");
            }
            return (int) value;
        }

        /** A count of things to follow, at most what the bytes left could hold. */
        int count() {
            long n = unsigned();
            if (n < 0 || n > end - at) {
                throw new DamagedRun("counts " + n + " items where " + (end - at) + " bytes are left");
            }
            return (int) n;
        }

        boolean bool() {
            if (at >= end) {
                throw new DamagedRun("ends early");
            }
            return bytes[at++] != 0;
        }

        double real() {
            return Double.longBitsToDouble(signed());
        }

        String string() {
            int n = integer();
            if (n == -1) {
                return null;
            }
            if (n < 0 || n > end - at) {
                throw new DamagedRun("holds a string longer than what is left");
            }
            String value = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
            return value;
        }

        /** How many bytes are left to read. */
        int left() {
            return end - at;
        }

        boolean atEnd() {
            return at == end;
        }
    }
}
