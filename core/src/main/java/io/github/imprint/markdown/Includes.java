package io.github.imprint.markdown;

import io.github.imprint.diag.Diagnostics;
import io.github.imprint.diag.PublishException;
import io.github.imprint.model.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mdBook's includes, expanded before a chapter is parsed, in text and in code blocks alike:
 * {@code {{#include file}}}, {@code {{#include file:10:20}}} (lines 10 to 20; either end may be left
 * open), {@code {{#include file:name}}} (the lines between {@code ANCHOR: name} and
 * {@code ANCHOR_END: name}), {@code {{#rustdoc_include …}}} and {@code {{#playground …}}} the same way.
 * Anchor comment lines never reach an edition. Paths are relative to the including file and must stay
 * inside the source or the project folder; a missing file, an escape or a cycle (named as a chain) is an
 * error at the include's line and column. Each line of the result remembers the file and line it came
 * from, so every later message points at the real place.
 */
final class Includes {

    private static final Pattern DIRECTIVE =
            Pattern.compile("\\{\\{#(include|rustdoc_include|playground)\\s+([^}\\s]+)[^}]*}}");
    private static final Pattern ANCHOR = Pattern.compile("ANCHOR(_END)?:\\s*([\\w-]+)");
    private static final int MAX_DEPTH = 16;

    /** The expanded text, and for each of its lines the place it came from. */
    record Expanded(String text, List<SourcePos> origins) {}

    private final List<Path> roots;
    private final Function<Path, String> display;
    private final Diagnostics diagnostics;
    private final Deque<Path> chain = new ArrayDeque<>();

    private Includes(List<Path> roots, Function<Path, String> display, Diagnostics diagnostics) {
        this.roots = roots;
        this.display = display;
        this.diagnostics = diagnostics;
    }

    /**
     * The body of {@code file}, which starts on line {@code bodyLine + 1}, with its includes expanded;
     * null when it has none, so plain chapters cost one scan.
     */
    static Expanded expand(
            String body,
            Path file,
            int bodyLine,
            List<Path> roots,
            Function<Path, String> display,
            Diagnostics diagnostics) {
        if (!body.contains("{{#")) {
            return null;
        }
        Includes includes = new Includes(roots, display, diagnostics);
        includes.chain.push(file.toAbsolutePath().normalize());
        List<String> lines = new ArrayList<>();
        List<SourcePos> origins = new ArrayList<>();
        includes.lines(body, file, bodyLine, lines, origins);
        return new Expanded(String.join("\n", lines), origins);
    }

    private void lines(String text, Path file, int firstLine, List<String> out, List<SourcePos> origins) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            SourcePos at = new SourcePos(display.apply(file), firstLine + i + 1, 1);
            Matcher m = DIRECTIVE.matcher(line);
            if (!m.find()) {
                out.add(line);
                origins.add(at);
                continue;
            }
            String before = line.substring(0, m.start());
            String after = line.substring(m.end());
            SourcePos pos = new SourcePos(at.file(), at.line(), m.start() + 1);
            List<String> included = new ArrayList<>();
            List<SourcePos> includedOrigins = new ArrayList<>();
            include(m.group(2), file, pos, included, includedOrigins);
            if (included.isEmpty()) {
                out.add(before + after);
                origins.add(at);
                continue;
            }
            // the first and last included lines join the text around the directive
            included.set(0, before + included.get(0));
            included.set(included.size() - 1, included.get(included.size() - 1) + after);
            out.addAll(included);
            origins.addAll(includedOrigins);
        }
    }

    private void include(String spec, Path including, SourcePos pos, List<String> out, List<SourcePos> origins) {
        String[] parts = spec.split(":", -1);
        Path file =
                Links.resolved(including.toAbsolutePath().getParent(), parts[0]).orElse(null);
        if (file == null) {
            diagnostics.error(
                    pos, "include '" + parts[0] + "' is not a valid path", "name the file by a relative path");
            return;
        }
        if (roots.stream().noneMatch(file::startsWith)) {
            diagnostics.error(
                    pos,
                    "include '" + parts[0] + "' lies outside the source and project folders",
                    "include files of the book or the project only; nothing from elsewhere goes into an edition");
            return;
        }
        if (!Files.isRegularFile(file)) {
            diagnostics.error(
                    pos,
                    "included file not found: " + parts[0],
                    "check the path; it is relative to the file that includes it");
            return;
        }
        try {
            Path real = file.toRealPath();
            if (roots.stream().noneMatch(r -> real.startsWith(realOrSelf(r)))) {
                diagnostics.error(
                        pos,
                        "include '" + parts[0] + "' is a symbolic link that leads out of the folders",
                        "copy the file into the book instead of linking to it");
                return;
            }
        } catch (IOException e) {
            diagnostics.error(pos, "cannot read included file " + parts[0] + ": " + e.getMessage(), "check the file");
            return;
        }
        if (chain.contains(file) || chain.size() > MAX_DEPTH) {
            List<String> names = new ArrayList<>();
            chain.descendingIterator().forEachRemaining(p -> names.add(display.apply(p)));
            names.add(display.apply(file));
            diagnostics.error(
                    pos,
                    "includes go round in a circle: " + String.join(" → ", names),
                    "remove one of the includes in the chain");
            return;
        }
        String text;
        try {
            text = SourceText.read(file, display.apply(file));
        } catch (PublishException e) {
            e.diagnostics().forEach(diagnostics::report);
            return;
        }
        List<String> all = List.of(text.split("\n", -1));
        int from = 0;
        int to = all.size();
        if (parts.length >= 2 && !parts[1].isEmpty() && !parts[1].chars().allMatch(Character::isDigit)) {
            int[] range = anchor(all, parts[1]);
            if (range == null) {
                diagnostics.error(
                        pos,
                        "included file " + parts[0] + " has no anchor '" + parts[1] + "'",
                        "mark the lines with ANCHOR: " + parts[1] + " and ANCHOR_END: " + parts[1] + " comments");
                return;
            }
            from = range[0];
            to = range[1];
        } else if (parts.length >= 2) {
            try {
                from = parts[1].isEmpty() ? 0 : Math.max(0, Integer.parseInt(parts[1]) - 1);
                to = parts.length >= 3 && !parts[2].isEmpty()
                        ? Math.min(all.size(), Integer.parseInt(parts[2]))
                        : parts.length >= 3 ? all.size() : Math.min(all.size(), from + 1);
            } catch (NumberFormatException e) {
                diagnostics.error(
                        pos,
                        "'" + spec + "' is not a line range mdBook knows",
                        "write file:10:20 for lines 10 to 20, file:10: from line 10, file::20 up to line 20");
                return;
            }
        }
        chain.push(file);
        List<String> kept = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i < to && i < all.size(); i++) {
            if (!ANCHOR.matcher(all.get(i)).find()) {
                kept.add(all.get(i));
                numbers.add(i);
            }
        }
        // the kept lines, each expanded in turn, with their own line numbers
        for (int k = 0; k < kept.size(); k++) {
            lines(kept.get(k), file, numbers.get(k), out, origins);
        }
        chain.pop();
    }

    /** The lines between {@code ANCHOR: name} and {@code ANCHOR_END: name}, without them; null if absent. */
    private static int[] anchor(List<String> lines, String name) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ANCHOR.matcher(lines.get(i));
            if (m.find() && m.group(2).equals(name)) {
                if (m.group(1) == null && start < 0) {
                    start = i + 1;
                } else if (m.group(1) != null && start >= 0) {
                    return new int[] {start, i};
                }
            }
        }
        return start >= 0 ? new int[] {start, lines.size()} : null;
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
