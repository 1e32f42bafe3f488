package io.github.imprint.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a book's text an edition gives back, in order, as independent readers see both: pandoc
 * reads the Markdown sources (HTML and all) and the EPUB, poppler's {@code pdftotext -raw} the PDF.
 *
 * <p>The measure is the longest common subsequence of the two word sequences over the source's length.
 * An exact LCS of two 175,000-word sequences is out of reach, so it is approached as patience diff
 * does: five-word runs that occur once on each side are anchors, the longest chain of anchors in
 * order is kept, and the short gaps between them are aligned exactly. Extra words in the edition
 * (running heads, folios, the contents) cost nothing; a lost or misplaced word costs one.
 */
final class ReadBack {

    private static final int GRAM = 5;
    /** A word: a run of letters, digits and marks; in scripts written without spaces, one character. */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}]|[\\p{L}\\p{N}\\p{M}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}]]+");

    private ReadBack() {}

    /**
     * Words, lower-cased and in Unicode's composed form (pandoc composes what it reads, so a nukta
     * letter written precomposed comes back decomposed); soft hyphens at line ends (ours) join the
     * halves of a word.
     */
    static List<String> words(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        Matcher m = WORD.matcher(composed.replaceAll("\u00AD\\s*\\n\\s*", "").replace("\u00AD", ""));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The share of {@code source}'s words that {@code edition} gives back in the same order. */
    static double inOrder(List<String> source, List<String> edition) {
        if (source.isEmpty()) {
            return 1;
        }
        int[][] anchors = anchors(source, edition);
        long matched = 0;
        int i = 0;
        int j = 0;
        for (int[] anchor : anchors) {
            if (anchor[0] < i || anchor[1] < j) {
                continue;
            }
            matched += gap(source, i, anchor[0], edition, j, anchor[1]) + 1;
            i = anchor[0] + 1;
            j = anchor[1] + 1;
        }
        matched += gap(source, i, source.size(), edition, j, edition.size());
        return (double) matched / source.size();
    }

    /** Anchor pairs (source index, edition index) in order, as the longest increasing chain of unique runs. */
    private static int[][] anchors(List<String> source, List<String> edition) {
        Map<String, Integer> inEdition = unique(edition);
        Map<String, Integer> inSource = unique(source);
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i + GRAM <= source.size(); i++) {
            String gram = String.join(" ", source.subList(i, i + GRAM));
            Integer j = inEdition.get(gram);
            if (j != null && j >= 0 && inSource.get(gram) >= 0) {
                pairs.add(new int[] {i, j});
            }
        }
        // longest increasing subsequence of edition indexes (source indexes already increase)
        int[] tails = new int[pairs.size()];
        int[] previous = new int[pairs.size()];
        int length = 0;
        for (int k = 0; k < pairs.size(); k++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tails[mid])[1] < pairs.get(k)[1]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = k;
            length = Math.max(length, lo + 1);
        }
        int[][] chain = new int[length][];
        for (int k = length == 0 ? -1 : tails[length - 1], n = length - 1; k >= 0; k = previous[k], n--) {
            chain[n] = pairs.get(k);
        }
        return chain;
    }

    /** Each five-word run's index, or -1 where it occurs more than once. */
    private static Map<String, Integer> unique(List<String> words) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i + GRAM <= words.size(); i++) {
            first.merge(String.join(" ", words.subList(i, i + GRAM)), i, (a, b) -> -1);
        }
        return first;
    }

    /** The exact LCS of two short stretches; stretches too long for that are matched greedily. */
    private static int gap(List<String> a, int a0, int a1, List<String> b, int b0, int b1) {
        int n = a1 - a0;
        int m = b1 - b0;
        if (n <= 0 || m <= 0) {
            return 0;
        }
        if ((long) n * m > 4_000_000L) {
            int matched = 0;
            int j = b0;
            for (int i = a0; i < a1 && j < b1; i++) {
                int found = b.subList(j, Math.min(b1, j + 200)).indexOf(a.get(i));
                if (found >= 0) {
                    matched++;
                    j += found + 1;
                }
            }
            return matched;
        }
        int[] row = new int[m + 1];
        for (int i = 0; i < n; i++) {
            int diagonal = 0;
            for (int k = 1; k <= m; k++) {
                int above = row[k];
                row[k] = a.get(a0 + i).equals(b.get(b0 + k - 1)) ? diagonal + 1 : Math.max(row[k], row[k - 1]);
                diagonal = above;
            }
        }
        return Arrays.stream(row).max().orElse(0);
    }

    /** The source Markdown as pandoc reads it (GitHub's dialect, heading attributes, definition lists), as text. */
    static String markdownText(Path file) throws IOException, InterruptedException {
        String html = run(List.of("pandoc", "-f", "gfm+attributes+definition_lists", "-t", "html", file.toString()));
        return org.jsoup.Jsoup.parse(html).text();
    }

    static String epubText(Path epub) throws IOException, InterruptedException {
        return run(List.of("pandoc", "-f", "epub", "-t", "plain", "--wrap=none", epub.toString()));
    }

    static String pdfText(Path pdf) throws IOException, InterruptedException {
        return run(List.of("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-"));
    }

    /**
     * The text of a right-to-left PDF in poppler's reading order: its raw mode follows the content
     * stream glyph by glyph and does not put right-to-left lines back in reading order; its default
     * mode does (the stripped marks of its bidi output aside).
     */
    static String pdfTextRightToLeft(Path pdf) throws IOException, InterruptedException {
        return run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"))
                .replaceAll("[\u202A-\u202E\u2066-\u2069]", " ");
    }

    static boolean available(String command) {
        return Fixtures.runs(command, command.equals("pdftotext") ? "-v" : "--version");
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed on " + command.get(command.size() - 1));
        }
        return out;
    }
}
