package io.github.imprint.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Fenced divs, as pandoc writes them: a line of three or more colons with a class opens a box, a line
 * of colons alone closes the innermost open one.
 *
 * <pre>
 * ::: aside Insider's account        a class, then an optional title
 * ::: {.note .wide title="Note"}     or pandoc's attribute form
 * Markdown, nested divs too.
 * :::
 * </pre>
 *
 * commonmark asks every open block, outermost first, whether a line continues it. A closing fence
 * must close the innermost div only, so the factory keeps the stack of open divs and an outer div
 * lets the fence through to the inner one. One factory serves one parse.
 */
final class FencedDivs extends AbstractBlockParserFactory {

    private static final Pattern OPENING = Pattern.compile("^(:{3,})\\s*(.*?)\\s*:*\\s*$");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{([^}]*)}");
    private static final Pattern CLASS = Pattern.compile("\\.([\\w-]+)");
    private static final Pattern TITLE = Pattern.compile("title\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern BARE_CLASS = Pattern.compile("([\\w-]+)\\s*(.*)");

    private final Deque<DivParser> open = new ArrayDeque<>();
    private final List<DivBlock> unclosed = new ArrayList<>();

    /** Divs that the document ended without closing, for a warning each. */
    List<DivBlock> unclosed() {
        return unclosed;
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
        if (state.getIndent() >= 4) {
            return BlockStart.none();
        }
        CharSequence content = state.getLine().getContent();
        String rest = content.subSequence(state.getNextNonSpaceIndex(), content.length())
                .toString();
        Matcher opening = OPENING.matcher(rest);
        if (!opening.matches() || opening.group(2).isEmpty()) {
            return BlockStart.none();
        }
        DivBlock block = parseHeader(opening.group(2));
        if (block == null) {
            return BlockStart.none();
        }
        DivParser parser = new DivParser(block);
        open.push(parser);
        return BlockStart.of(parser).atIndex(content.length());
    }

    private static DivBlock parseHeader(String header) {
        List<String> classes = new ArrayList<>();
        String title = "";
        Matcher attributes = ATTRIBUTES.matcher(header);
        if (attributes.lookingAt()) {
            Matcher cls = CLASS.matcher(attributes.group(1));
            while (cls.find()) {
                classes.add(cls.group(1));
            }
            Matcher t = TITLE.matcher(attributes.group(1));
            if (t.find()) {
                title = t.group(1);
            }
        } else {
            Matcher bare = BARE_CLASS.matcher(header);
            if (!bare.matches()) {
                return null;
            }
            classes.add(bare.group(1));
            title = bare.group(2);
        }
        return classes.isEmpty() ? null : new DivBlock(classes, title.strip());
    }

    /** The commonmark node of a fenced div. */
    static final class DivBlock extends CustomBlock {
        final List<String> classes;
        final String title;

        DivBlock(List<String> classes, String title) {
            this.classes = List.copyOf(classes);
            this.title = title;
        }
    }

    private final class DivParser extends AbstractBlockParser {
        private final DivBlock block;
        private boolean fenced;

        DivParser(DivBlock block) {
            this.block = block;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block childBlock) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            CharSequence content = state.getLine().getContent();
            if (state.getIndent() < 4 && open.peek() == this && isClosingFence(content, state.getNextNonSpaceIndex())) {
                fenced = true;
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void closeBlock() {
            open.remove(this);
            if (!fenced) {
                unclosed.add(block);
            }
        }

        private boolean isClosingFence(CharSequence content, int from) {
            int colons = 0;
            int i = from;
            while (i < content.length() && content.charAt(i) == ':') {
                colons++;
                i++;
            }
            while (i < content.length() && Character.isWhitespace(content.charAt(i))) {
                i++;
            }
            return colons >= 3 && i == content.length();
        }
    }
}
