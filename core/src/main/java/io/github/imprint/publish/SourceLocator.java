package io.github.imprint.publish;

import io.github.imprint.model.SourcePos;
import io.github.imprint.typeset.Locator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a character in the source file its block came from, from the block's line on: a report then
 * points at the character itself, on whichever line of a long paragraph it is. Only files the
 * sources were read from are named in positions, and only those under the project folder are read
 * here; a character written as an entity, or made by typography (a curly quote), is not found, and
 * the block's position stands. It is asked only when there is something to report.
 */
final class SourceLocator implements Locator {

    private final Path root;
    private final Map<String, Optional<String>> texts = new HashMap<>();

    SourceLocator(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public SourcePos locate(SourcePos block, int codePoint) {
        if (block.line() <= 0 || block.file().isEmpty()) {
            return block;
        }
        Optional<String> text = texts.computeIfAbsent(block.file(), this::read);
        if (text.isEmpty()) {
            return block;
        }
        String source = text.get();
        int offset = 0;
        for (int line = 1; line < block.line() && offset >= 0; line++) {
            offset = source.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        int found = offset < 0 ? -1 : source.indexOf(new String(Character.toChars(codePoint)), offset);
        if (found < 0) {
            return block;
        }
        int lineStart = source.lastIndexOf('\n', found - 1) + 1;
        int line = block.line();
        for (int i = offset; i < lineStart; i++) {
            line += source.charAt(i) == '\n' ? 1 : 0;
        }
        return new SourcePos(block.file(), line, source.codePointCount(lineStart, found) + 1);
    }

    private Optional<String> read(String file) {
        Path path = root.resolve(file).normalize();
        if (!path.startsWith(root) || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
