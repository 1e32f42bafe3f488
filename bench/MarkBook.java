import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gives a copy of a book's chapters what a reference book has, for the index benchmark: a label on
 * each chapter's first heading ({#sec-N}), a reference by page to another chapter in every other
 * chapter, and index marks after capitalised words ("Valjean", "Valjean!prison") until the index has
 * the entries asked for.
 *
 * <p>Usage: java bench/MarkBook.java FOLDER ENTRIES [index] — rewrites FOLDER's [0-9]*.md in place (with
 * {@code index}, the marks and labels only), and prints how many marks, entries and references it wrote.
 */
public class MarkBook {

    private static final Pattern NAME = Pattern.compile("(?<= )([A-Z][a-z]{4,})(?= ([a-z]{3,})[ ,.;])");

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int wanted = Integer.parseInt(args[1]);
        boolean withReferences = args.length < 3 || !args[2].equals("index");
        List<Path> chapters;
        try (Stream<Path> files = Files.list(folder)) {
            chapters = files.filter(p -> p.getFileName().toString().matches("[0-9].*\\.md"))
                    .sorted()
                    .toList();
        }
        Set<String> entries = new LinkedHashSet<>();
        int marks = 0;
        String[] texts = new String[chapters.size()];
        List<Integer> labelled = new java.util.ArrayList<>();
        for (int c = 0; c < chapters.size(); c++) {
            String text = Files.readString(chapters.get(c), StandardCharsets.UTF_8);
            String withLabel = text.replaceFirst("(?m)^(#{1,6} [^\\n{]+?)\\s*$", "$1 {#sec-" + c + "}");
            if (!withLabel.equals(text)) {
                labelled.add(c);
            }
            StringBuilder out = new StringBuilder();
            Matcher m = NAME.matcher(withLabel);
            int last = 0;
            int inChapter = 0;
            while (m.find() && inChapter < 8) {
                int line = withLabel.lastIndexOf('\n', m.start()) + 1;
                String term = m.group(1);
                String sub = term + "!" + m.group(2);
                if (withLabel.charAt(line) == '#' || entries.contains(sub) || entries.size() >= wanted) {
                    continue;
                }
                entries.add(term);
                entries.add(sub);
                out.append(withLabel, last, m.end()).append("<!-- index: ").append(sub).append(" -->");
                last = m.end();
                marks++;
                inChapter++;
            }
            texts[c] = out.append(withLabel.substring(last)).toString();
        }
        int references = 0;
        for (int c = 0; c < chapters.size(); c++) {
            if (withReferences && c % 2 == 1 && !labelled.isEmpty()) {
                int other = labelled.get((c * 7 + 3) % labelled.size());
                texts[c] = texts[c] + "\n\nOf this, see @sec-" + other + ":page.\n";
                references++;
            }
            Files.writeString(chapters.get(c), texts[c], StandardCharsets.UTF_8);
        }
        System.out.println(marks + " marks, " + entries.size() + " entries and sub-entries, " + references
                + " references by page");
    }
}
