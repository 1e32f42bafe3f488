package io.github.imprint.typeset.hyphen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which bundled patterns a language tag takes, and the language's shortest fragments, read from
 * {@code languages.txt} (TeX Live's own figures). A tag is looked up whole, then by its language
 * subtag; English of the Commonwealth takes the British patterns.
 */
final class Languages {

    /** The patterns' name ({@code hyph-NAME.pat.txt}) and the shortest fragments before and after a hyphen. */
    record Entry(String patterns, int left, int right) {}

    private static final Map<String, Entry> TABLE = read();

    private Languages() {}

    static Optional<Entry> of(String languageTag) {
        String tag = languageTag.toLowerCase(Locale.ROOT).replace('_', '-');
        String primary = tag.split("-", -1)[0];
        if (primary.equals("en")) {
            boolean british = tag.matches("en-(gb|au|nz|ie|za|in)(-.*)?");
            return Optional.ofNullable(TABLE.get(british ? "en-gb" : "en"));
        }
        Entry whole = TABLE.get(tag);
        return Optional.ofNullable(whole != null ? whole : TABLE.get(primary));
    }

    /** The entry whose patterns are {@code name}. */
    static Entry patterns(String name) {
        return TABLE.values().stream()
                .filter(e -> e.patterns().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Entry> read() {
        Map<String, Entry> table = new HashMap<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Languages.class.getResourceAsStream("languages.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length == 4 && !fields[0].startsWith("#")) {
                    table.put(
                            fields[0], new Entry(fields[1], Integer.parseInt(fields[2]), Integer.parseInt(fields[3])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
