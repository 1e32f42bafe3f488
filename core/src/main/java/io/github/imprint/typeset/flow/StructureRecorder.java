package io.github.imprint.typeset.flow;

import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Role;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.SourcePos;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Records a chapter's logical structure while its blocks are set: containers opened and closed around
 * what they hold, and a leaf for each block that places text or an image. Hands out the block ids in
 * reading order, so the placed items and the structure agree.
 */
public final class StructureRecorder {

    private final int chapter;
    private final List<StructureNode> structure = new ArrayList<>();
    private final Deque<BlockId> open = new ArrayDeque<>(List.of(BlockId.DOCUMENT));
    private int leaves;
    private int containers;

    StructureRecorder(int chapter) {
        this.chapter = chapter;
    }

    /** The id the next leaf will get, for anchors that point at the block about to be set. */
    BlockId nextLeaf() {
        return BlockId.leaf(chapter, leaves + 1);
    }

    /** A new leaf holding items of {@code role} (none for artifacts), set from the source at {@code at}. */
    public BlockId leaf(Role role, SourcePos at) {
        return leaf(StructureNode.Kind.of(role), null, at);
    }

    /**
     * A new block id, and a leaf of {@code kind} for it under the innermost open container; none when
     * {@code kind} is null (artifacts, and figures with nothing to say of them).
     */
    public BlockId leaf(StructureNode.Kind kind, String alt, SourcePos at) {
        BlockId id = BlockId.leaf(chapter, ++leaves);
        if (kind != null) {
            structure.add(new StructureNode(id, open.peek(), kind, alt, null, at));
        }
        return id;
    }

    /** Opens a container; what follows goes inside it until {@link #close()}. */
    public void open(StructureNode.Kind kind, String language) {
        BlockId id = BlockId.container(chapter, ++containers);
        structure.add(new StructureNode(id, open.peek(), kind, null, language));
        open.push(id);
    }

    public void close() {
        open.pop();
    }

    List<StructureNode> nodes() {
        return structure;
    }
}
