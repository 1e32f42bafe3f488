package io.github.imprint.markdown;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * MkDocs' admonitions (Python-Markdown's and pymdownx.details'): a line {@code !!! type "Title"} (or
 * {@code ???} and {@code ???+}, collapsible on a site) opens a note box whose content is the lines
 * indented by four spaces after it; without a title the type is the title, and {@code ""} leaves it
 * off. They become the same note boxes as GitHub's alerts.
 */
final class Admonitions extends AbstractBlockParserFactory {

    private static final Pattern OPENING =
            Pattern.compile("^(?:!!!|\\?\\?\\?\\+?)\\s+([A-Za-z][\\w-]*)(?:\\s+[\\w-]+)*(?:\\s+\"([^\"]*)\")?\\s*$");

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
        if (state.getIndent() >= 4) {
            return BlockStart.none();
        }
        CharSequence content = state.getLine().getContent();
        String line = content.subSequence(state.getNextNonSpaceIndex(), content.length())
                .toString();
        Matcher opening = OPENING.matcher(line);
        if (!opening.matches()) {
            return BlockStart.none();
        }
        String type = opening.group(1).toLowerCase(Locale.ROOT);
        String title =
                opening.group(2) != null ? opening.group(2) : Character.toUpperCase(type.charAt(0)) + type.substring(1);
        FencedDivs.DivBlock block = new FencedDivs.DivBlock(List.of("note", "admonition", type), title);
        return BlockStart.of(new Parser(block)).atIndex(content.length());
    }

    private static final class Parser extends AbstractBlockParser {
        private final FencedDivs.DivBlock block;

        Parser(FencedDivs.DivBlock block) {
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
            if (state.isBlank()) {
                return BlockContinue.atIndex(state.getNextNonSpaceIndex());
            }
            if (state.getIndent() >= 4) {
                return BlockContinue.atColumn(state.getColumn() + 4);
            }
            return BlockContinue.none();
        }
    }
}
