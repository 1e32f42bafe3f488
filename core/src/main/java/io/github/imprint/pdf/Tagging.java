package io.github.imprint.pdf;

import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.PagedDocument;
import io.github.imprint.layout.Placed;
import io.github.imprint.layout.Role;
import io.github.imprint.layout.StructureNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Tagged PDF (ISO 32000-1, 14.8): every painted item is either marked content that belongs to an
 * element of the structure tree, or an artifact.
 *
 * <p><b>Marks.</b> Before any content stream is written, one pass over the pages gives each placed item
 * its mark: a marked-content id (MCID), unique on its page, or {@link #ARTIFACT}. Consecutive items of
 * the same leaf block and the same link share one id, so a paragraph's lines on a page are usually one
 * marked-content sequence. Items whose role is an artifact (running heads, folios, rules, ornaments),
 * items of a block the structure does not hold (an image with no text to describe it) and the header
 * rows a table repeats on later pages are artifacts: a reader hears the header once.
 *
 * <p><b>Tree.</b> After the pages exist, the structure nodes from the typesetter become structure
 * elements in reading order, under one {@code Document} element. A leaf's kids are marked-content
 * references, in page order; text that is a link sits in a {@code Link} element inside the leaf (inside
 * a {@code Reference} when Imprint wrote the words for a cross-reference or an index locator),
 * together with an object reference to each of its annotations. The parent tree maps each page's
 * marked-content ids, and each annotation, back to their elements, so a reader can go from what is on
 * the page to where it stands in the document.
 */
final class Tagging {

    static final int ARTIFACT = -1;

    /** What one mark stands for: a leaf block, the link when the text is one, its language when set apart. */
    private record Owner(BlockId block, Destination link, String language) {}

    private final PagedDocument document;
    private final int[][] marks;
    private final List<List<Owner>> owners = new ArrayList<>();
    private final Map<BlockId, StructureNode> leaves = new HashMap<>();

    private COSDictionary root;
    private COSArray parentTree;
    private int nextStructParent;
    /** The Link element of each page's marks, where the mark is a link. */
    private final List<Map<Integer, COSDictionary>> linkElements = new ArrayList<>();

    private Tagging(PagedDocument document) {
        this.document = document;
        for (StructureNode node : document.structure()) {
            if (node.id().isLeaf()) {
                leaves.put(node.id(), node);
            }
        }
        this.marks = new int[document.pages().size()][];
        Set<BlockId> seenHeaders = new HashSet<>();
        for (int p = 0; p < document.pages().size(); p++) {
            Page page = document.pages().get(p);
            int[] pageMarks = new int[page.items().size()];
            List<Owner> pageOwners = new ArrayList<>();
            Set<BlockId> headersHere = new HashSet<>();
            Owner last = null;
            for (int i = 0; i < pageMarks.length; i++) {
                Owner owner = owner(page.items().get(i), seenHeaders);
                if (owner == null) {
                    pageMarks[i] = ARTIFACT;
                    last = null;
                    continue;
                }
                if (leaves.get(owner.block()).kind() == StructureNode.Kind.TH) {
                    headersHere.add(owner.block());
                }
                if (!owner.equals(last)) {
                    pageOwners.add(owner);
                    last = owner;
                }
                pageMarks[i] = pageOwners.size() - 1;
            }
            seenHeaders.addAll(headersHere);
            marks[p] = pageMarks;
            owners.add(pageOwners);
        }
    }

    /** Gives every item of every page its mark. */
    static Tagging mark(PagedDocument document) {
        return new Tagging(document);
    }

    private Owner owner(Placed placed, Set<BlockId> seenHeaders) {
        BlockId block;
        Destination link = null;
        String language = null;
        if (placed instanceof Placed.GlyphRun run) {
            if (run.role() == Role.ARTIFACT) {
                return null;
            }
            block = run.block();
            link = run.link();
            language = run.language();
        } else if (placed instanceof Placed.Image image) {
            block = image.block();
        } else {
            return null;
        }
        StructureNode leaf = leaves.get(block);
        if (leaf == null || leaf.kind() == StructureNode.Kind.TH && seenHeaders.contains(block)) {
            return null;
        }
        return new Owner(block, link, language);
    }

    /** The marks of a page's items, in their order: an MCID or {@link #ARTIFACT}. */
    int[] marks(int page) {
        return marks[page];
    }

    /** The language of a page's marked-content sequence {@code mcid} when a span sets it apart, else null. */
    String language(int page, int mcid) {
        return owners.get(page).get(mcid).language();
    }

    /** The tag a page's marked-content sequence {@code mcid} is written with. */
    String tag(int page, int mcid) {
        Owner owner = owners.get(page).get(mcid);
        return owner.link() != null ? "Link" : leaves.get(owner.block()).kind().pdfName();
    }

    /**
     * Builds the structure tree over the written pages and hangs it on the catalog's dictionary
     * {@code catalog}; each page gets its /StructParents key.
     */
    void buildTree(COSDictionary catalog, List<PDPage> pages, String language) {
        root = new COSDictionary();
        root.setItem(COSName.TYPE, COSName.getPDFName("StructTreeRoot"));
        COSDictionary documentElement = element("Document", root);
        root.setItem(COSName.K, documentElement);
        Map<BlockId, COSDictionary> elements = new HashMap<>();
        elements.put(BlockId.DOCUMENT, documentElement);
        Map<BlockId, COSDictionary> leafElements = new HashMap<>();
        for (StructureNode node : document.structure()) {
            COSDictionary parent = elements.get(node.parent());
            COSDictionary element = element(node.kind().pdfName(), parent);
            if (node.alt() != null) {
                element.setItem(COSName.getPDFName("Alt"), new COSString(node.alt()));
            }
            if (node.language() != null) {
                element.setItem(COSName.LANG, new COSString(node.language()));
            }
            if (node.kind() == StructureNode.Kind.TH) {
                element.setItem(COSName.A, attributes("Table", "Scope", COSName.getPDFName("Column")));
            }
            if (node.kind() == StructureNode.Kind.NOTE) {
                element.setItem(
                        COSName.getPDFName("ID"),
                        new COSString("note" + node.id().number()));
            }
            kids(parent).add(element);
            elements.put(node.id(), element);
            if (node.id().isLeaf()) {
                leafElements.put(node.id(), element);
            }
        }
        parentTree = new COSArray();
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = pages.get(p);
            page.getCOSObject().setInt(COSName.STRUCT_PARENTS, p);
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            COSArray byMcid = new COSArray();
            Map<Integer, COSDictionary> links = new HashMap<>();
            COSDictionary lastLink = null;
            Owner lastOwner = null;
            List<Owner> pageOwners = owners.get(p);
            for (int mcid = 0; mcid < pageOwners.size(); mcid++) {
                Owner owner = pageOwners.get(mcid);
                COSDictionary leaf = leafElements.get(owner.block());
                COSDictionary holder = leaf;
                if (owner.link() != null) {
                    boolean continues = lastLink != null
                            && lastOwner != null
                            && lastOwner.block().equals(owner.block())
                            && Objects.equals(lastOwner.link(), owner.link());
                    if (!continues) {
                        // a cross-reference's or an index locator's words: a Reference holding the Link
                        COSDictionary parent = leaf;
                        if (owner.link() instanceof Destination.Reference) {
                            parent = element("Reference", leaf);
                            kids(leaf).add(parent);
                        }
                        lastLink = element("Link", parent);
                        kids(parent).add(lastLink);
                    }
                    holder = lastLink;
                    links.put(mcid, lastLink);
                } else {
                    lastLink = null;
                }
                lastOwner = owner;
                // an element's kids on its own page (/Pg) are bare MCIDs; elsewhere, references naming the page
                COSBase elementPage = holder.getDictionaryObject(COSName.PG);
                if (elementPage == null) {
                    holder.setItem(COSName.PG, page.getCOSObject());
                    elementPage = page.getCOSObject();
                }
                if (elementPage == page.getCOSObject()) {
                    kids(holder).add(COSInteger.get(mcid));
                } else {
                    COSDictionary reference = new COSDictionary();
                    reference.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
                    reference.setItem(COSName.PG, page.getCOSObject());
                    reference.setInt(COSName.MCID, mcid);
                    reference.setDirect(true);
                    kids(holder).add(reference);
                }
                byMcid.add(holder);
            }
            boundingBoxes(p, leafElements);
            parentTree.add(COSInteger.get(p));
            parentTree.add(byMcid);
            linkElements.add(links);
        }
        nextStructParent = pages.size();
        COSDictionary numberTree = new COSDictionary();
        numberTree.setItem(COSName.NUMS, parentTree);
        root.setItem(COSName.PARENT_TREE, numberTree);
        catalog.setItem(COSName.STRUCT_TREE_ROOT, root);
        COSDictionary markInfo = new COSDictionary();
        markInfo.setBoolean(COSName.getPDFName("Marked"), true);
        catalog.setItem(COSName.MARK_INFO, markInfo);
        if (language != null) {
            documentElement.setItem(COSName.LANG, new COSString(language));
        }
    }

    /**
     * Ties a link annotation on page {@code page} over item {@code item} to its Link element: an object
     * reference among the element's kids, and the annotation's /StructParent in the parent tree.
     * Returns false when the item is not tagged as a link.
     */
    boolean annotation(int page, int item, COSDictionary annotation, PDPage pdPage) {
        int mcid = marks[page][item];
        COSDictionary link = mcid < 0 ? null : linkElements.get(page).get(mcid);
        if (link == null) {
            return false;
        }
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("OBJR"));
        reference.setItem(COSName.PG, pdPage.getCOSObject());
        reference.setItem(COSName.OBJ, annotation);
        reference.setDirect(true);
        kids(link).add(reference);
        annotation.setInt(COSName.STRUCT_PARENT, nextStructParent);
        parentTree.add(COSInteger.get(nextStructParent));
        parentTree.add(link);
        nextStructParent++;
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, nextStructParent);
        return true;
    }

    /** A figure's bounding box on its page, in PDF's coordinates, as a layout attribute. */
    private void boundingBoxes(int p, Map<BlockId, COSDictionary> leafElements) {
        Page page = document.pages().get(p);
        for (int i = 0; i < page.items().size(); i++) {
            if (marks[p][i] >= 0 && page.items().get(i) instanceof Placed.Image image) {
                COSArray box = new COSArray();
                float bottom = (page.height() - image.y() - image.height()) / 1000f;
                box.add(new COSFloat(image.x() / 1000f));
                box.add(new COSFloat(bottom));
                box.add(new COSFloat((image.x() + image.width()) / 1000f));
                box.add(new COSFloat(bottom + image.height() / 1000f));
                COSDictionary layout = attributes("Layout", "Placement", COSName.getPDFName("Block"));
                layout.setItem(COSName.BBOX, box);
                leafElements.get(image.block()).setItem(COSName.A, layout);
            }
        }
    }

    private static COSDictionary element(String type, COSDictionary parent) {
        COSDictionary element = new COSDictionary();
        element.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        element.setItem(COSName.S, COSName.getPDFName(type));
        element.setItem(COSName.P, parent);
        return element;
    }

    private static COSArray kids(COSDictionary element) {
        COSArray kids = element.getCOSArray(COSName.K);
        if (kids == null) {
            kids = new COSArray();
            kids.setDirect(true);
            element.setItem(COSName.K, kids);
        }
        return kids;
    }

    private static COSDictionary attributes(String owner, String key, COSName value) {
        COSDictionary attributes = new COSDictionary();
        attributes.setItem(COSName.O, COSName.getPDFName(owner));
        attributes.setItem(COSName.getPDFName(key), value);
        attributes.setDirect(true);
        return attributes;
    }
}
