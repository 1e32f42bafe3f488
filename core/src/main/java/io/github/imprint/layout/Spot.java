package io.github.imprint.layout;

import io.github.imprint.model.PrintPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A place inside a block: the block, and how many letters and digits of its text come before the
 * place. A paragraph may run over a page; a mark in it is on the page where its next letter is, or,
 * at the paragraph's end, where its last one is. Letters are counted as {@link PrintPage#letters}
 * counts them, over the block's running text (not its note calls), so the count does not depend on
 * where lines break or words are hyphenated.
 */
public record Spot(BlockId block, int letters) {

    /** Where a spot stands in print: its page and the baseline of its line. */
    public record Found(Page page, long baseline) {}

    /** Where each spot stands on {@code pages}; spots whose block is on none are left out. */
    public static <K> Map<K, Found> find(List<Page> pages, Map<K, Spot> spots) {
        Map<K, Found> found = new HashMap<>();
        if (spots.isEmpty()) {
            return found;
        }
        Map<BlockId, List<Map.Entry<K, Spot>>> waiting = new HashMap<>();
        for (Map.Entry<K, Spot> e : spots.entrySet()) {
            waiting.computeIfAbsent(e.getValue().block(), b -> new ArrayList<>())
                    .add(e);
        }
        Map<BlockId, Integer> counted = new HashMap<>();
        Map<BlockId, Found> last = new HashMap<>();
        for (Page page : pages) {
            for (Placed placed : page.items()) {
                if (!(placed instanceof Placed.GlyphRun run)
                        || run.role() == Role.ARTIFACT
                        || run.link() instanceof Destination.Note
                        || run.link() instanceof Destination.NoteCall) {
                    continue;
                }
                List<Map.Entry<K, Spot>> here = waiting.get(run.block());
                if (here == null) {
                    continue;
                }
                int after = counted.merge(run.block(), PrintPage.letters(run.text()), Integer::sum);
                Found at = new Found(page, run.baseline());
                last.put(run.block(), at);
                here.removeIf(e -> {
                    if (e.getValue().letters() < after) {
                        found.put(e.getKey(), at);
                        return true;
                    }
                    return false;
                });
            }
        }
        waiting.forEach((block, rest) -> {
            Found end = last.get(block);
            if (end != null) {
                rest.forEach(e -> found.put(e.getKey(), end));
            }
        });
        return found;
    }
}
