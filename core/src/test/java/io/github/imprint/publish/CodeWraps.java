package io.github.imprint.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a PDF wrapped its code lines, judged against the sources: every wrapped line (its continuation
 * starts with the arrow) is found in a fenced block of the Markdown, and the place it was cut must be
 * a space or a token boundary (after {@code , ( [ { ;}, {@code ->}, {@code =>}, {@code ::}, or a dot
 * before a name), outside a string, never inside a name or a number. The rule is written out here,
 * on the text, independently of the breaker.
 */
final class CodeWraps {

    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```[^\\n]*\\n(.*?)^\\s*```");

    private CodeWraps() {}

    /** Every code line of the sources, its runs of spaces made one. */
    static List<String> sourceLines(List<Path> files) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            Matcher m = FENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                for (String line : m.group(1).split("\n")) {
                    lines.add(normal(line));
                }
            }
        }
        return lines;
    }

    /** The wraps that cut a token, each as "before|after", out of all wraps found (the last element). */
    static List<String> badWraps(String pdfText, List<String> source) {
        List<String> bad = new ArrayList<>();
        String[] lines = pdfText.split("\n");
        int wraps = 0;
        String held = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("→") || held == null) {
                held = line.isEmpty() ? null : normal(line);
                continue;
            }
            String rest = normal(line.substring(1));
            wraps++;
            String spaced = held + " " + rest;
            String joined = held + rest;
            String found = find(source, spaced, held.length() + 1);
            boolean atSpace = found != null;
            if (found == null) {
                found = find(source, joined, held.length());
            }
            if (found == null) {
                held = spaced; // a line the sources do not hold as such (an mdBook hidden line aside): skip
                continue;
            }
            int cut = found.indexOf(atSpace ? spaced : joined) + held.length();
            // a string that the line cannot hold must break inside; no other may
            boolean ok = quotes(found, cut) % 2 == 1 ? longestString(found) >= 60 : atSpace || boundary(found, cut);
            if (!ok) {
                bad.add(held + "|" + rest);
            }
            held = atSpace ? spaced : joined;
        }
        bad.add(Integer.toString(wraps));
        return bad;
    }

    private static String find(List<String> source, String text, int cut) {
        for (String line : source) {
            if (line.contains(text)) {
                return line;
            }
        }
        return null;
    }

    private static boolean boundary(String line, int cut) {
        char before = line.charAt(cut - 1);
        char after = cut < line.length() ? line.charAt(cut) : ' ';
        if (",([{;".indexOf(before) >= 0 || before == ' ' || after == ' ') {
            return true;
        }
        String two = cut >= 2 ? line.substring(cut - 2, cut) : "";
        if (two.equals("->") || two.equals("=>") || two.equals("::")) {
            return true;
        }
        return before == '.' && (Character.isLetter(after) || after == '_') && !Character.isDigit(line.charAt(cut - 2));
    }

    private static int quotes(String line, int upTo) {
        int count = 0;
        for (int i = 0; i < upTo; i++) {
            if (line.charAt(i) == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                count++;
            }
        }
        return count;
    }

    private static int longestString(String line) {
        Matcher m = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"").matcher(line);
        int longest = 0;
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        return longest;
    }

    private static String normal(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }
}
