package io.github.imprint.typeset.flow;

/** What a chapter's paragraphs cost, counted as they are set: for logs, traces and benchmarks. */
public final class Statistics {

    /** Counts as a chapter set earlier came to (read back from the typesetting cache). */
    public static Statistics of(
            int paragraphs, int lines, int hyphenated, int overfull, int secondPass, int emergency) {
        Statistics s = new Statistics();
        s.paragraphs = paragraphs;
        s.lines = lines;
        s.hyphenated = hyphenated;
        s.overfull = overfull;
        s.secondPass = secondPass;
        s.emergency = emergency;
        return s;
    }

    int paragraphs;
    int lines;
    int hyphenated;
    int overfull;
    int secondPass;
    int emergency;

    public int paragraphs() {
        return paragraphs;
    }

    public int lines() {
        return lines;
    }

    public int hyphenated() {
        return hyphenated;
    }

    public int overfull() {
        return overfull;
    }

    public int secondPass() {
        return secondPass;
    }

    public int emergency() {
        return emergency;
    }
}
