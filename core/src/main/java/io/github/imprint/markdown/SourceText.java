package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.PublishException;
import io.github.imprint.model.SourcePos;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A source file's text, decoded strictly: invalid UTF-8 is an error at the line and column of the
 * first bad byte, never a silent U+FFFD. A byte-order mark is dropped; line ends become {@code \n}.
 */
final class SourceText {

    /** Sources larger than this are refused; a book is many files far below it. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private SourceText() {}

    static String read(Path file, String displayName) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new PublishException(Diagnostic.error(
                        SourcePos.of(displayName),
                        "file is " + size / (1024 * 1024) + " MB, more than the limit of 16 MB",
                        "split it into chapters"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PublishException(Diagnostic.error(
                    SourcePos.of(displayName),
                    "cannot read file: " + e.getMessage(),
                    "check that the file exists and is readable"));
        }
        return decode(bytes, displayName);
    }

    static String decode(byte[] bytes, String displayName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PublishException(Diagnostic.error(
                    firstBadByte(bytes, displayName),
                    "invalid UTF-8",
                    "save the file as UTF-8 (most editors offer it under 'Save as' or 'Encoding')"));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Finds the first byte that does not decode, and counts lines and characters up to it. */
    private static SourcePos firstBadByte(byte[] bytes, String displayName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        out.flip();
        int line = 1;
        int column = 1;
        while (out.hasRemaining()) {
            char c = out.get();
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new SourcePos(displayName, line, column);
    }
}
