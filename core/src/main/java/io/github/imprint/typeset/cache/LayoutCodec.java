package io.github.imprint.typeset.cache;

import io.github.imprint.font.FontFace;
import io.github.imprint.layout.BlockId;
import io.github.imprint.layout.Destination;
import io.github.imprint.layout.Page;
import io.github.imprint.layout.Placed;
import io.github.imprint.layout.Role;
import io.github.imprint.layout.Spot;
import io.github.imprint.layout.StructureNode;
import io.github.imprint.model.ImageFormat;
import io.github.imprint.model.ImageRef;
import io.github.imprint.model.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pages and what stands on them, in the cache's format. Each kind of thing is a tag and its parts in
 * the order of its record's components; enums are written by their ordinal, which is safe because an
 * entry is only ever read by the Imprint that wrote it (the code is part of {@link RunKey}). Faces
 * are written once each and named by their place in that table afterwards.
 *
 * <p>Reading checks what it can (tags, ordinals, counts against the bytes left), so that a damaged
 * entry fails as {@link DamagedRun} rather than as a page with nonsense on it.
 */
final class LayoutCodec {

    private static final int GLYPHS = 1;
    private static final int RULE = 2;
    private static final int IMAGE = 3;

    private static final Role[] ROLES = Role.values();
    private static final StructureNode.Kind[] KINDS = StructureNode.Kind.values();
    private static final ImageFormat[] FORMATS = ImageFormat.values();

    /** Writes through one table of faces. */
    static final class Writer {
        final Bytes.Out out;
        private final Map<FontFace, Integer> faces = new HashMap<>();

        Writer(Bytes.Out out) {
            this.out = out;
        }

        void page(Page page) {
            out.signed(page.number());
            out.string(page.folio());
            out.signed(page.width());
            out.signed(page.height());
            out.unsigned(page.items().size());
            for (Placed item : page.items()) {
                placed(item);
            }
            Page.Turn turn = page.turn();
            out.bool(turn != null);
            if (turn != null) {
                out.signed(turn.from());
                out.signed(turn.to());
                out.signed(turn.left());
                out.signed(turn.foot());
            }
        }

        void placed(Placed item) {
            if (item instanceof Placed.GlyphRun g) {
                out.unsigned(GLYPHS);
                face(g.face());
                out.signed(g.size());
                out.signed(g.baseline());
                out.unsigned(g.glyphs().length);
                for (int glyph : g.glyphs()) {
                    out.signed(glyph);
                }
                out.unsigned(g.xs().length);
                long x = 0;
                for (long next : g.xs()) {
                    out.signed(next - x);
                    x = next;
                }
                out.string(g.text());
                out.bool(g.ligated());
                out.signed(g.rgb());
                out.unsigned(g.role().ordinal());
                block(g.block());
                out.real(g.scale());
                destination(g.link());
                out.string(g.language());
                out.signed(g.rises() == null ? -1 : g.rises().length);
                if (g.rises() != null) {
                    for (long rise : g.rises()) {
                        out.signed(rise);
                    }
                }
                out.bool(g.rightToLeft());
            } else if (item instanceof Placed.Rule r) {
                out.unsigned(RULE);
                out.signed(r.x());
                out.signed(r.y());
                out.signed(r.width());
                out.signed(r.height());
                out.signed(r.rgb());
                out.unsigned(r.role().ordinal());
            } else if (item instanceof Placed.Image i) {
                out.unsigned(IMAGE);
                image(i.image());
                out.signed(i.x());
                out.signed(i.y());
                out.signed(i.width());
                out.signed(i.height());
                out.string(i.alt());
                out.unsigned(i.role().ordinal());
                block(i.block());
            }
        }

        void face(FontFace face) {
            Integer known = faces.get(face);
            if (known != null) {
                out.signed(known);
                return;
            }
            out.signed(-1);
            out.string(face.family());
            out.bool(face.bold());
            out.bool(face.italic());
            faces.put(face, faces.size());
        }

        private void image(ImageRef image) {
            out.string(image.file().toString());
            out.unsigned(image.format().ordinal());
            out.signed(image.width());
            out.signed(image.height());
            out.string(image.widthHint().orElse(null));
            out.string(image.printFile().map(Path::toString).orElse(null));
        }

        void block(BlockId id) {
            out.signed(id.chapter());
            out.signed(id.serial());
            out.bool(id.container());
        }

        void destination(Destination d) {
            if (d == null) {
                out.unsigned(0);
            } else if (d instanceof Destination.Uri u) {
                out.unsigned(1);
                out.string(u.uri());
            } else if (d instanceof Destination.Anchor a) {
                out.unsigned(2);
                anchor(a);
            } else if (d instanceof Destination.Reference r) {
                out.unsigned(3);
                anchor(r.anchor());
            } else if (d instanceof Destination.Note n) {
                out.unsigned(4);
                out.signed(n.chapter());
                out.signed(n.number());
            } else if (d instanceof Destination.NoteCall c) {
                out.unsigned(5);
                out.signed(c.chapter());
                out.signed(c.number());
            } else {
                throw new IllegalArgumentException("no form for " + d);
            }
        }

        private void anchor(Destination.Anchor a) {
            out.string(a.chapterId());
            out.string(a.anchor());
        }

        void spot(Spot spot) {
            block(spot.block());
            out.signed(spot.letters());
        }

        void node(StructureNode node) {
            block(node.id());
            block(node.parent());
            out.unsigned(node.kind().ordinal());
            out.string(node.alt());
            out.string(node.language());
            position(node.source());
        }

        void position(SourcePos pos) {
            out.bool(pos != null);
            if (pos != null) {
                out.string(pos.file());
                out.signed(pos.line());
                out.signed(pos.column());
            }
        }
    }

    /** Reads what a {@link Writer} wrote, with the same table of faces. */
    static final class Reader {
        final Bytes.In in;
        private final List<FontFace> faces = new ArrayList<>();

        Reader(Bytes.In in) {
            this.in = in;
        }

        Page page() {
            int number = in.integer();
            String folio = in.string();
            long width = in.signed();
            long height = in.signed();
            int n = in.count();
            List<Placed> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(placed());
            }
            Page.Turn turn = in.bool() ? new Page.Turn(in.integer(), in.integer(), in.signed(), in.signed()) : null;
            return new Page(number, folio, width, height, items, turn);
        }

        Placed placed() {
            int tag = (int) in.unsigned();
            return switch (tag) {
                case GLYPHS -> glyphs();
                case RULE ->
                    new Placed.Rule(
                            in.signed(), in.signed(), in.signed(), in.signed(), in.integer(), of(ROLES, in.unsigned()));
                case IMAGE ->
                    new Placed.Image(
                            image(),
                            in.signed(),
                            in.signed(),
                            in.signed(),
                            in.signed(),
                            in.string(),
                            of(ROLES, in.unsigned()),
                            block());
                default -> throw new DamagedRun("holds an item of unknown kind " + tag);
            };
        }

        private Placed.GlyphRun glyphs() {
            FontFace face = face();
            long size = in.signed();
            long baseline = in.signed();
            int[] glyphs = new int[in.count()];
            for (int i = 0; i < glyphs.length; i++) {
                glyphs[i] = in.integer();
            }
            long[] xs = new long[in.count()];
            long x = 0;
            for (int i = 0; i < xs.length; i++) {
                x += in.signed();
                xs[i] = x;
            }
            String text = in.string();
            boolean ligated = in.bool();
            int rgb = in.integer();
            Role role = of(ROLES, in.unsigned());
            BlockId block = block();
            double scale = in.real();
            Destination link = destination();
            String language = in.string();
            int risen = in.integer();
            long[] rises = null;
            if (risen >= 0) {
                if (risen > in.left()) {
                    throw new DamagedRun("counts more rises than bytes are left");
                }
                rises = new long[risen];
                for (int i = 0; i < risen; i++) {
                    rises[i] = in.signed();
                }
            }
            boolean rightToLeft = in.bool();
            return new Placed.GlyphRun(
                    face,
                    size,
                    baseline,
                    glyphs,
                    xs,
                    text,
                    ligated,
                    rgb,
                    role,
                    block,
                    scale,
                    link,
                    language,
                    rises,
                    rightToLeft);
        }

        FontFace face() {
            int known = in.integer();
            if (known >= 0) {
                if (known >= faces.size()) {
                    throw new DamagedRun("names face " + known + " of " + faces.size());
                }
                return faces.get(known);
            }
            FontFace face = new FontFace(in.string(), in.bool(), in.bool());
            faces.add(face);
            return face;
        }

        private ImageRef image() {
            Path file = Path.of(in.string());
            ImageFormat format = of(FORMATS, in.unsigned());
            int width = in.integer();
            int height = in.integer();
            Optional<String> hint = Optional.ofNullable(in.string());
            Optional<Path> print = Optional.ofNullable(in.string()).map(Path::of);
            return new ImageRef(file, format, width, height, hint, print);
        }

        BlockId block() {
            int chapter = in.integer();
            int serial = in.integer();
            boolean container = in.bool();
            if (chapter == 0 && serial == 0) {
                return container ? BlockId.DOCUMENT : BlockId.NONE;
            }
            return new BlockId(chapter, serial, container);
        }

        Destination destination() {
            int tag = (int) in.unsigned();
            return switch (tag) {
                case 0 -> null;
                case 1 -> new Destination.Uri(in.string());
                case 2 -> anchor();
                case 3 -> new Destination.Reference(anchor());
                case 4 -> new Destination.Note(in.integer(), in.integer());
                case 5 -> new Destination.NoteCall(in.integer(), in.integer());
                default -> throw new DamagedRun("holds a link of unknown kind " + tag);
            };
        }

        private Destination.Anchor anchor() {
            return new Destination.Anchor(in.string(), in.string());
        }

        Spot spot() {
            return new Spot(block(), in.integer());
        }

        StructureNode node() {
            return new StructureNode(block(), block(), of(KINDS, in.unsigned()), in.string(), in.string(), position());
        }

        SourcePos position() {
            return in.bool() ? new SourcePos(in.string(), in.integer(), in.integer()) : null;
        }
    }

    static <E> E of(E[] values, long ordinal) {
        if (ordinal < 0 || ordinal >= values.length) {
            throw new DamagedRun("holds " + ordinal + " where one of " + values.length + " values belongs");
        }
        return values[(int) ordinal];
    }

    private LayoutCodec() {}
}
