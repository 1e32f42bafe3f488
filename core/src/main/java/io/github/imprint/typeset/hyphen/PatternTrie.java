package io.github.imprint.typeset.hyphen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * Liang's patterns packed into a trie of flat arrays, as TeX packs them: from each position of a
 * framed word one walk down the trie meets every pattern that starts there, with no substring made and
 * no hash computed. Each node's children lie side by side in {@link #letter} order, so a step is a
 * short scan. Immutable once built; shared by every thread.
 */
final class PatternTrie {

    private final char[] letter;
    private final int[] firstChild;
    private final int[] childCount;
    private final byte[][] weights;

    private PatternTrie(char[] letter, int[] firstChild, int[] childCount, byte[][] weights) {
        this.letter = letter;
        this.firstChild = firstChild;
        this.childCount = childCount;
        this.weights = weights;
    }

    private static final class Building {
        final TreeMap<Character, Building> children = new TreeMap<>();
        byte[] weights;
    }

    /** Packs patterns, given as their letters and the weights between them (one more than the letters). */
    static PatternTrie of(Map<String, byte[]> patterns) {
        Building root = new Building();
        int nodes = 1;
        for (Map.Entry<String, byte[]> pattern : patterns.entrySet()) {
            Building node = root;
            for (char c : pattern.getKey().toCharArray()) {
                Building next = node.children.get(c);
                if (next == null) {
                    next = new Building();
                    node.children.put(c, next);
                    nodes++;
                }
                node = next;
            }
            node.weights = pattern.getValue();
        }
        char[] letter = new char[nodes];
        int[] firstChild = new int[nodes];
        int[] childCount = new int[nodes];
        byte[][] weights = new byte[nodes][];
        Deque<Building> queue = new ArrayDeque<>();
        Deque<Integer> index = new ArrayDeque<>();
        queue.add(root);
        index.add(0);
        int next = 1;
        while (!queue.isEmpty()) {
            Building node = queue.poll();
            int at = index.poll();
            weights[at] = node.weights;
            firstChild[at] = next;
            childCount[at] = node.children.size();
            for (Map.Entry<Character, Building> child : node.children.entrySet()) {
                letter[next] = child.getKey();
                queue.add(child.getValue());
                index.add(next);
                next++;
            }
        }
        return new PatternTrie(letter, firstChild, childCount, weights);
    }

    /** Lays the weights of every pattern found in {@code framed} over {@code points}, the largest winning. */
    void apply(char[] framed, byte[] points) {
        for (int i = 0; i < framed.length; i++) {
            int node = 0;
            for (int j = i; j < framed.length; j++) {
                node = child(node, framed[j]);
                if (node < 0) {
                    break;
                }
                byte[] w = weights[node];
                if (w != null) {
                    for (int k = 0; k < w.length; k++) {
                        if (w[k] > points[i + k]) {
                            points[i + k] = w[k];
                        }
                    }
                }
            }
        }
    }

    private int child(int node, char c) {
        int from = firstChild[node];
        int to = from + childCount[node];
        if (to - from > 8) {
            int lo = from;
            int hi = to - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                char m = letter[mid];
                if (m < c) {
                    lo = mid + 1;
                } else if (m > c) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }
        for (int k = from; k < to; k++) {
            if (letter[k] == c) {
                return k;
            }
        }
        return -1;
    }
}
