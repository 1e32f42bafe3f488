package io.github.imprint.typeset.flow;

import io.github.imprint.layout.Role;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.Block;
import io.github.imprint.model.Inline;
import io.github.imprint.typeset.linebreak.SetLine;
import java.util.List;

/**
 * Definition lists: each term on a line of its own in bold, kept with its definition, which is set
 * in a region indented by two body lines. Tagged as PDF has no definition list of its own: a list
 * whose items hold the terms as labels and the definition as the body.
 */
final class Definitions {

    private Definitions() {}

    static void set(Cursor c, Block.DefinitionList list, Region region) {
        long indent = c.leading * 2;
        c.lines.space(c.leading / 2);
        c.structure.open(StructureNode.Kind.L, null);
        for (Block.DefinitionList.Definition item : list.items()) {
            c.at = item.pos();
            c.structure.open(StructureNode.Kind.LI, null);
            for (List<Inline> term : item.terms()) {
                c.lines.ragged(
                        term,
                        region.element(),
                        Role.LIST_LABEL,
                        region.x(),
                        region.width(),
                        SetLine.Alignment.LEFT,
                        true);
            }
            c.structure.open(StructureNode.Kind.LBODY, null);
            ChapterWalk.blocks(
                    c, item.details(), ChapterWalk.inner(c, region, indent, 0, region.element(), region.role()));
            c.structure.close();
            c.structure.close();
        }
        c.structure.close();
        c.lines.space(c.leading / 2);
        c.lines.indentNext = false;
    }
}
