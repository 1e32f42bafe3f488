package io.github.imprint.model;

import java.text.CollationElementIterator;
import java.text.Collator;
import java.text.Normalizer;
import java.text.RuleBasedCollator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The book's index, gathered from its marks ({@link Inline.IndexMark}) in reading order.
 *
 * <p>An entry collects the places its term is marked, each a <i>locus</i>: a point, or a passage from
 * the mark that opens it ({@code |(}) to the one that closes it ({@code |)}). Entries nest, as a
 * printed index's sub-entries do ({@code ownership!moving}), and may send the reader on: <i>see</i>
 * another term instead, <i>see also</i> a related one.
 *
 * <p>Entries sort as the publication's language sorts words ({@link Collator}): in German "Äpfel" with
 * the a's, in Swedish after "z". Each sorts by the key its mark gives ({@code Ångström@Angstrom}),
 * else by its term. They fall into letter groups by their first letter: a letter the language holds
 * equal to a plain one at the first strength goes with it (German "Ä" with "A"), one it sorts as a
 * letter of its own heads its own group (Swedish "Ä"). Entries that begin with no letter come first,
 * under the language's word for symbols. Where the pages are is the editions' business: this class
 * knows only the marks.
 */
public final class Index {

    /** A mark's place: its chapter and its id there. */
    public record Mark(String chapterId, String id) {}

    /** A place the term is marked: one point ({@code begin} equals {@code end}), or a passage. */
    public record Locus(Mark begin, Mark end) {

        public boolean passage() {
            return !begin.equals(end);
        }
    }

    /** An entry: its term, where it is marked, where it sends the reader, and its sub-entries. */
    public record Entry(
            String term,
            String sortKey,
            List<Locus> loci,
            List<List<String>> see,
            List<List<String>> seeAlso,
            List<Entry> subentries) {

        public Entry {
            loci = List.copyOf(loci);
            see = List.copyOf(see);
            seeAlso = List.copyOf(seeAlso);
            subentries = List.copyOf(subentries);
        }
    }

    /** The entries that begin with one letter, under their heading. */
    public record Group(String heading, List<Entry> entries) {

        public Group {
            entries = List.copyOf(entries);
        }
    }

    /** Where a mark is in print: the page's number among all pages, and its folio. */
    public record Place(int number, String folio) {}

    /** A locator as printed: "97" or "97–99", linking to the mark where it begins. */
    public record Locator(String text, Mark link) {}

    /**
     * The locators of {@code loci} in print, in page order: a passage prints its first and last pages
     * ("97–99"), or one page when it stays on it; places on one page print once; passages that meet or
     * overlap, and the places inside them, merge into one; three or more pages in a row print as a
     * range, as makeindex does. Loci whose marks are on no page are left out.
     */
    public static List<Locator> locators(List<Locus> loci, Map<Mark, Place> places) {
        record Span(int from, int to, String first, String last, Mark link, boolean passage) {}
        List<Span> spans = new ArrayList<>();
        for (Locus locus : loci) {
            Place begin = places.get(locus.begin());
            if (begin == null) {
                continue;
            }
            Place end = places.getOrDefault(locus.end(), begin);
            if (end.number() < begin.number()) {
                end = begin;
            }
            spans.add(
                    new Span(begin.number(), end.number(), begin.folio(), end.folio(), locus.begin(), locus.passage()));
        }
        spans.sort(Comparator.comparingInt(Span::from).thenComparingInt(Span::to));
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean meets = last != null
                    && (span.from() <= last.to() || span.from() == last.to() + 1 && (span.passage() || last.passage()));
            if (meets) {
                Span to = span.to() > last.to() ? span : last;
                merged.set(
                        merged.size() - 1,
                        new Span(
                                last.from(),
                                to.to(),
                                last.first(),
                                to.last(),
                                last.link(),
                                last.passage() || span.passage() || to.to() > last.from()));
            } else {
                merged.add(span);
            }
        }
        List<Locator> out = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            int j = i;
            while (j + 1 < merged.size()
                    && merged.get(j + 1).from() == merged.get(j).to() + 1) {
                j++;
            }
            Span first = merged.get(i);
            Span last = merged.get(j);
            if (last.to() - first.from() >= 2) {
                out.add(new Locator(first.first() + "\u2013" + last.last(), first.link()));
                i = j;
            } else {
                out.add(new Locator(
                        first.to() > first.from() ? first.first() + "\u2013" + first.last() : first.first(),
                        first.link()));
            }
        }
        return out;
    }

    private final List<Group> groups;

    /** Each entry's id by its path (term, sub-entry …), numbered in reading order from 1. */
    private final Map<List<String>, String> ids = new HashMap<>();

    private Index(List<Group> groups) {
        this.groups = List.copyOf(groups);
        for (Group group : this.groups) {
            group.entries().forEach(entry -> number(entry, List.of()));
        }
    }

    private void number(Entry entry, List<String> parent) {
        List<String> path = new ArrayList<>(parent);
        path.add(entry.term());
        ids.put(List.copyOf(path), entryId(ids.size() + 1));
        entry.subentries().forEach(sub -> number(sub, path));
    }

    /** The id of the {@code n}th entry or sub-entry in reading order, as both editions name it. */
    public static String entryId(int n) {
        return "index-entry-" + n;
    }

    /** The id of the entry at {@code path} (its term, then its sub-entries' terms), or null. */
    public String id(List<String> path) {
        return ids.get(path);
    }

    public List<Group> groups() {
        return groups;
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** How many entries and sub-entries the index has. */
    public int size() {
        int n = 0;
        List<Entry> open = new ArrayList<>();
        groups.forEach(g -> open.addAll(g.entries()));
        while (!open.isEmpty()) {
            Entry e = open.remove(open.size() - 1);
            n++;
            open.addAll(e.subentries());
        }
        return n;
    }

    /** The publication's index, sorted as its language sorts, with its word for symbols. */
    public static Index of(Publication publication, String symbols) {
        Node root = new Node("", "");
        Map<List<String>, ArrayList<Mark>> open = new HashMap<>();
        String[] chapter = {null};
        publication.accept(new Visitor() {
            @Override
            public void enterChapter(Chapter c) {
                chapter[0] = c.id();
            }

            @Override
            public void visitInline(Inline inline) {
                if (inline instanceof Inline.IndexMark mark && !mark.term().isEmpty()) {
                    Mark here = new Mark(chapter[0], mark.id());
                    Node node = root.child(mark.term(), mark.sortAs());
                    switch (mark.kind()) {
                        case PLACE -> node.loci.add(new Locus(here, here));
                        case BEGIN ->
                            open.computeIfAbsent(mark.term(), t -> new ArrayList<>())
                                    .add(here);
                        case END -> {
                            ArrayList<Mark> begun = open.get(mark.term());
                            if (begun != null && !begun.isEmpty()) {
                                node.loci.add(new Locus(begun.remove(begun.size() - 1), here));
                            }
                        }
                        case SEE -> addOnce(node.see, mark.target());
                        case SEE_ALSO -> addOnce(node.seeAlso, mark.target());
                    }
                }
            }
        });
        // a passage never closed counts as a point where it opens; the check reports it
        open.forEach(
                (term, marks) -> marks.forEach(m -> root.child(term, term).loci.add(new Locus(m, m))));
        Locale locale = Locale.forLanguageTag(publication.metadata().language());
        Collator collator = Collator.getInstance(locale);
        List<Entry> entries = root.entries(collator);
        return new Index(grouped(entries, collator, locale, symbols));
    }

    private static void addOnce(List<List<String>> list, List<String> target) {
        if (!target.isEmpty() && !list.contains(target)) {
            list.add(target);
        }
    }

    /** The letter groups of sorted entries: symbols first, then each letter in the entries' order. */
    private static List<Group> grouped(List<Entry> entries, Collator collator, Locale locale, String symbols) {
        Collator primary = (Collator) collator.clone();
        primary.setStrength(Collator.PRIMARY);
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        groups.put(symbols, new ArrayList<>());
        for (Entry entry : entries) {
            groups.computeIfAbsent(heading(entry.sortKey(), primary, locale, symbols), h -> new ArrayList<>())
                    .add(entry);
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((heading, list) -> {
            if (!list.isEmpty()) {
                out.add(new Group(heading, list));
            }
        });
        return out;
    }

    /** The heading of the group a sort key falls in. */
    static String heading(String sortKey, Collator primary, Locale locale, String symbols) {
        String key = sortKey.strip();
        if (key.isEmpty() || !Character.isLetter(key.codePointAt(0))) {
            return symbols;
        }
        String first = new String(Character.toChars(key.codePointAt(0)));
        String base = Normalizer.normalize(first, Normalizer.Form.NFD).substring(0, 1);
        String letter = !base.equals(first) && primary.compare(first, base) == 0
                ? base
                : latinExpansion(first, primary).orElse(first);
        return letter.toUpperCase(locale);
    }

    /**
     * The plain Latin letter a ligature or a letter such as "Œ", "Æ" or "ß" sorts with when the language
     * spells it out ("oe", "ae", "ss"): the letter whose first weight it shares. Empty where the
     * language sorts it as a letter of its own (Danish "Æ").
     */
    private static Optional<String> latinExpansion(String first, Collator primary) {
        if (!(primary instanceof RuleBasedCollator rules)
                || Character.UnicodeScript.of(first.codePointAt(0)) != Character.UnicodeScript.LATIN) {
            return Optional.empty();
        }
        int weight = firstWeight(rules, first);
        for (char c = 'a'; c <= 'z'; c++) {
            String plain = String.valueOf(c);
            if (weight != -1 && firstWeight(rules, plain) == weight && rules.compare(first, plain) != 0) {
                return Optional.of(plain);
            }
        }
        return Optional.empty();
    }

    private static int firstWeight(RuleBasedCollator rules, String text) {
        CollationElementIterator it = rules.getCollationElementIterator(text);
        for (int e = it.next(); e != CollationElementIterator.NULLORDER; e = it.next()) {
            int weight = CollationElementIterator.primaryOrder(e);
            if (weight != 0) {
                return weight;
            }
        }
        return -1;
    }

    /** An entry while the marks are read. */
    private static final class Node {
        final String term;
        final String sortKey;
        final List<Locus> loci = new ArrayList<>();
        final List<List<String>> see = new ArrayList<>();
        final List<List<String>> seeAlso = new ArrayList<>();
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(String term, String sortKey) {
            this.term = term;
            this.sortKey = sortKey;
        }

        Node child(List<String> path, List<String> sortAs) {
            Node node = this;
            for (int i = 0; i < path.size(); i++) {
                String term = path.get(i);
                String sort = i < sortAs.size() ? sortAs.get(i) : term;
                node = node.children.computeIfAbsent(term, t -> new Node(t, sort));
            }
            return node;
        }

        List<Entry> entries(Collator collator) {
            Comparator<Node> order = Comparator.<Node, String>comparing(n -> n.sortKey, collator)
                    .thenComparing(n -> n.term, collator)
                    .thenComparing(n -> n.term);
            return children.values().stream()
                    .sorted(order)
                    .map(n -> new Entry(n.term, n.sortKey, n.loci, n.see, n.seeAlso, n.entries(collator)))
                    .toList();
        }
    }
}
