package io.github.imprint.typeset.hyphen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Frank Liang's hyphenation (Word Hy-phen-a-tion by Com-put-er, Stanford 1983), as TeX does it.
 *
 * <p><b>Data.</b> A pattern such as {@code 1tio} or {@code .ach4} is letters with digits between them;
 * the digits are weights for the gaps. We keep each pattern's letters as the key of a hash map whose
 * value is the weights, one more than the letters; for lookup they are packed into a trie, as TeX
 * packs them ({@link PatternTrie}).
 *
 * <p><b>Example.</b> For "hyphenation" the word is framed as {@code .hyphenation.}; every substring
 * that is a pattern lays its weights over the gaps it spans, the largest weight winning:
 * {@code hy3ph}, {@code he2n}, {@code hena4}, {@code n2at}, {@code 1tio} and others give
 * {@code h y3p h e2n5a4t i o n}. Odd weights allow a break, so: hy-phen-ation. Breaks closer than the
 * language's left and right minimums to the word's ends are dropped (English: 2 and 3).
 *
 * <p><b>Exceptions</b> ({@code hyph-LANG.hyp.txt}, and the user's own) are whole words with their
 * hyphens, looked up before the patterns. The patterns are immutable once loaded and shared between
 * threads, with a bounded cache of the words already hyphenated.
 */
public final class Hyphenator {

    private static final Map<String, Optional<Hyphenator>> CACHE = new ConcurrentHashMap<>();

    private final PatternTrie patterns;
    private final Map<String, int[]> exceptions;
    /** Words already hyphenated: a book repeats its words, so most lookups end here. */
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

    private static final int CACHE_LIMIT = 200_000;
    private final int leftMin;
    private final int rightMin;

    private Hyphenator(PatternTrie patterns, Map<String, int[]> exceptions, int leftMin, int rightMin) {
        this.patterns = patterns;
        this.exceptions = exceptions;
        this.leftMin = leftMin;
        this.rightMin = rightMin;
    }

    /** The hyphenator for a BCP 47 language tag, or empty when Imprint has no patterns for it. */
    public static Optional<Hyphenator> forLanguage(String languageTag) {
        String resource = resourceName(languageTag);
        if (resource == null) {
            return Optional.empty();
        }
        return CACHE.computeIfAbsent(resource, Hyphenator::load);
    }

    static String resourceName(String languageTag) {
        return Languages.of(languageTag).map(Languages.Entry::patterns).orElse(null);
    }

    private static Optional<Hyphenator> load(String name) {
        Map<String, byte[]> patterns = new HashMap<>();
        try (BufferedReader in = reader("hyph-" + name + ".pat.txt")) {
            String line;
            while ((line = in.readLine()) != null) {
                for (String pattern : line.strip().split("\\s+")) {
                    if (!pattern.isEmpty()) {
                        addPattern(patterns, pattern);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, int[]> exceptions = new HashMap<>();
        InputStream hyp = Hyphenator.class.getResourceAsStream("hyph-" + name + ".hyp.txt");
        if (hyp != null) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(hyp, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    for (String word : line.strip().split("\\s+")) {
                        if (!word.isEmpty()) {
                            addException(exceptions, word);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int[] mins = minimums(name);
        return Optional.of(new Hyphenator(PatternTrie.of(patterns), exceptions, mins[0], mins[1]));
    }

    private static BufferedReader reader(String resource) {
        InputStream in = Hyphenator.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Left and right minimums, TeX Live's for the language. */
    private static int[] minimums(String name) {
        Languages.Entry entry = Languages.patterns(name);
        return new int[] {entry.left(), entry.right()};
    }

    private static void addPattern(Map<String, byte[]> patterns, String pattern) {
        StringBuilder letters = new StringBuilder();
        byte[] weights = new byte[pattern.length() + 1];
        int n = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c >= '0' && c <= '9') {
                weights[n] = (byte) (c - '0');
            } else {
                letters.append(c);
                n++;
            }
        }
        patterns.put(letters.toString(), Arrays.copyOf(weights, n + 1));
    }

    static void addException(Map<String, int[]> exceptions, String word) {
        StringBuilder letters = new StringBuilder();
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-') {
                points.add(letters.length());
            } else {
                letters.append(c);
            }
        }
        exceptions.put(
                letters.toString().toLowerCase(Locale.ROOT),
                points.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A copy that also knows the user's exceptions, written with hyphens: {@code ta-ble}. */
    public Hyphenator withExceptions(Collection<String> words) {
        if (words.isEmpty()) {
            return this;
        }
        Map<String, int[]> all = new HashMap<>(exceptions);
        words.forEach(w -> addException(all, w.strip()));
        return new Hyphenator(patterns, all, leftMin, rightMin);
    }

    /**
     * The positions, counted in chars from the word's start, where {@code word} may break with a hyphen;
     * ascending. The word must be letters only (the caller splits off punctuation).
     */
    public int[] hyphenate(String word) {
        int n = word.length();
        if (n < leftMin + rightMin) {
            return new int[0];
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int[] exception = exceptions.get(lower);
        if (exception != null) {
            return exception;
        }
        int[] known = cache.get(lower);
        if (known != null) {
            return known;
        }
        int[] points = patterns(lower);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(lower, points);
        }
        return points;
    }

    private int[] patterns(String lower) {
        int n = lower.length();
        char[] framed = new char[n + 2];
        framed[0] = '.';
        lower.getChars(0, n, framed, 1);
        framed[n + 1] = '.';
        byte[] points = new byte[framed.length + 1];
        patterns.apply(framed, points);
        int[] result = new int[n];
        int count = 0;
        for (int position = leftMin; position <= n - rightMin; position++) {
            if ((points[position + 1] & 1) == 1) {
                result[count++] = position;
            }
        }
        return Arrays.copyOf(result, count);
    }
}
