package io.github.imprint.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Definition lists as mdBook writes them (pulldown-cmark's, after PHP Markdown Extra): a paragraph of
 * terms, one per line, then a line opening with a colon and a space that starts the definition. The
 * definition's further lines, and its further paragraphs, are indented past the colon; another colon
 * line gives the same terms another definition; a blank line and a new paragraph of terms go on with
 * the same list. The reader sees the colon line, takes the paragraph above it as the terms, and opens
 * a container for the definition; consecutive items become one list when the model is built.
 */
final class DefinitionLists extends AbstractBlockParserFactory {

    /** One definition, with the terms it defines (none when it is a further definition of the terms above). */
    static final class Item extends CustomBlock {}

    /** One term, its inlines parsed as a paragraph's are. */
    static final class Term extends CustomNode {}

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
        if (state.getIndent() >= 4) {
            return BlockStart.none();
        }
        CharSequence line = state.getLine().getContent();
        int colon = state.getNextNonSpaceIndex();
        if (colon + 1 >= line.length()
                || line.charAt(colon) != ':'
                || (line.charAt(colon + 1) != ' ' && line.charAt(colon + 1) != '\t')) {
            return BlockStart.none();
        }
        SourceLines terms = matched.getParagraphLines();
        boolean follows = state.getActiveBlockParser() instanceof ItemParser
                || matched.getMatchedBlockParser().getBlock().getLastChild() instanceof Item;
        if (terms.isEmpty() && !follows) {
            return BlockStart.none();
        }
        int content = colon + 2;
        while (content < line.length() && (line.charAt(content) == ' ' || line.charAt(content) == '\t')) {
            content++;
        }
        // the definition's own lines are indented to its content, as a list item's are (at most four past the colon)
        int indent = Math.min(content, colon + 5) - state.getIndex();
        BlockStart start = BlockStart.of(new ItemParser(terms, indent)).atIndex(content);
        return terms.isEmpty()
                ? start
                : start.replaceParagraphLines(terms.getLines().size());
    }

    private static final class ItemParser extends AbstractBlockParser {
        private final Item block = new Item();
        private final List<SourceLine> terms;
        private final int indent;

        ItemParser(SourceLines terms, int indent) {
            this.terms = new ArrayList<>(terms.getLines());
            this.indent = indent;
            terms.getSourceSpans().forEach(block::addSourceSpan);
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
            if (state.isBlank()) {
                return block.getFirstChild() == null
                        ? BlockContinue.none()
                        : BlockContinue.atIndex(state.getNextNonSpaceIndex());
            }
            if (state.getIndent() >= indent) {
                return BlockContinue.atColumn(state.getColumn() + indent);
            }
            return BlockContinue.none();
        }

        @Override
        public void parseInlines(InlineParser inlineParser) {
            Block first = (Block) block.getFirstChild();
            for (SourceLine line : terms) {
                Term term = new Term();
                if (line.getSourceSpan() != null) {
                    term.addSourceSpan(line.getSourceSpan());
                }
                inlineParser.parse(
                        SourceLines.of(
                                SourceLine.of(line.getContent().toString().strip(), line.getSourceSpan())),
                        term);
                if (first == null) {
                    block.appendChild(term);
                } else {
                    first.insertBefore(term);
                }
            }
        }
    }
}
