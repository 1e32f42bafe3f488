package io.github.imprint.model;

/**
 * Where a page of the print edition begins, said in terms of the sources so that the EPUB can mark
 * the same place: the block whose text the page opens with, and how many letters and digits of that
 * block came on earlier pages. Counting only letters and digits makes the count the same for both
 * editions, whatever each does with spaces, punctuation and hyphens.
 *
 * @param label   the page's number as printed
 * @param chapter the id of the chapter the page is in
 * @param block   the block the page's text begins in; null for a page with no text (a blank verso),
 *                which is marked where the next page begins
 * @param letters letters and digits of the block set before the page
 * @param anchor  for a page of the index, the id in the EPUB's index document where its text begins
 *                (an entry, a letter's heading, the title); else null
 */
public record PrintPage(String label, String chapter, SourcePos block, int letters, String anchor) {

    /** A page of the chapters. */
    public PrintPage(String label, String chapter, SourcePos block, int letters) {
        this(label, chapter, block, letters, null);
    }

    /** The letters and digits of {@code text}, as both editions count them. */
    public static int letters(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (counts(text, i)) {
                n++;
            }
        }
        return n;
    }

    /** Whether the char at {@code i} begins a letter or digit, as {@link #letters} counts them. */
    public static boolean counts(CharSequence text, int i) {
        return !Character.isLowSurrogate(text.charAt(i)) && Character.isLetterOrDigit(Character.codePointAt(text, i));
    }
}
