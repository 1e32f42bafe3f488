package io.github.imprint.typeset.flow;

/** What a chapter's paragraphs cost, counted as they are set: for logs, traces and benchmarks. */
public final class Statistics {
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
