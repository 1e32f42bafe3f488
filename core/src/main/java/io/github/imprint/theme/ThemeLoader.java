package io.github.imprint.theme;

import io.github.imprint.diag.Diagnostic;
import io.github.imprint.diag.Diagnostics;
import io.github.imprint.diag.PublishException;
import io.github.imprint.font.FontFace;
import io.github.imprint.font.FontLibrary;
import io.github.imprint.model.Numbering;
import io.github.imprint.model.SourcePos;
import io.github.imprint.yaml.YamlNode;
import io.github.imprint.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads a theme: the bundled {@code default-theme.yaml}, then a project's {@code theme.yaml} over it.
 * The default theme is also the schema: a section or key it does not have is an error at its
 * position, and so is a value of the wrong form, with the form expected as the hint.
 */
public final class ThemeLoader {

    static final Set<String> STYLE_KEYS = Set.of(
            "font",
            "size",
            "leading",
            "color",
            "style",
            "weight",
            "align",
            "indent",
            "space-before",
            "space-after",
            "background",
            "border");
    public static final List<String> BUNDLED_FAMILIES = List.of(
            "Noto Serif",
            "Noto Sans",
            "Noto Sans Mono",
            "Noto Naskh Arabic",
            "Noto Sans Arabic",
            "Noto Serif Hebrew",
            "Noto Sans Hebrew",
            "Noto Serif Devanagari",
            "Noto Sans Devanagari",
            "Noto Serif Bengali",
            "Noto Sans Bengali",
            "Noto Serif Tamil",
            "Noto Sans Tamil",
            "Noto Serif Thai",
            "Noto Sans Thai",
            "Noto Serif Armenian",
            "Noto Sans Armenian",
            "Noto Serif Georgian",
            "Noto Sans Georgian",
            "Noto Serif Ethiopic",
            "Noto Sans Ethiopic",
            "Noto Emoji",
            // in the imprint-fonts-cjk artifact, when it is on the class path
            "Noto Serif CJK",
            "Noto Sans CJK");
    private static final String DEFAULT = "default-theme.yaml";

    private final Map<String, YamlNode.Scalar> values = new LinkedHashMap<>();
    private Path themeBase;
    private final Map<String, Object> parsed = new HashMap<>();
    private final Diagnostics diagnostics;

    private ThemeLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The default theme, overridden by {@code themeFile} when present; {@code display} names it in messages. */
    public static Theme load(Optional<Path> themeFile, String display, Diagnostics diagnostics) {
        ThemeLoader loader = new ThemeLoader(diagnostics);
        loader.merge(defaultText(), "default-theme.yaml", false);
        Optional<String> bundled = themeFile
                .map(f -> f.getFileName() == null ? "" : f.getFileName().toString())
                .filter(BUNDLED_THEMES::contains)
                .filter(name -> !Files.exists(themeFile.get()));
        if (bundled.isPresent()) {
            loader.merge(resourceText("themes/" + bundled.get() + ".yaml"), bundled.get() + ".yaml", true);
        } else if (themeFile.isPresent()) {
            if (!Files.isRegularFile(themeFile.get())) {
                throw new PublishException(Diagnostic.error(
                        SourcePos.of(display),
                        "theme file not found",
                        "check the <theme> path, name a bundled theme (" + String.join(", ", BUNDLED_THEMES)
                                + "), or leave it out for the default theme"));
            }
            try {
                String text = new String(Files.readAllBytes(themeFile.get()), StandardCharsets.UTF_8);
                loader.themeBase = themeFile.get().toAbsolutePath().getParent();
                loader.merge(text, display, true);
            } catch (IOException e) {
                throw new PublishException(Diagnostic.error(
                        SourcePos.of(display), "cannot read theme: " + e.getMessage(), "check the file's permissions"));
            }
        }
        Theme theme = loader.build();
        diagnostics.throwIfErrors();
        return theme;
    }

    /** The themes bundled besides the default, which a project may name instead of a file. */
    public static final List<String> BUNDLED_THEMES = List.of("classic", "compact");

    /** The bundled default theme's text, which documents every key. */
    public static String defaultText() {
        return resourceText(DEFAULT);
    }

    /** A bundled theme's text. */
    public static String resourceText(String resource) {
        try (InputStream in = ThemeLoader.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void merge(String text, String file, boolean checked) {
        Optional<YamlNode> root = YamlReader.read(text, file, 0);
        if (root.isEmpty()) {
            return;
        }
        if (!(root.get() instanceof YamlNode.Mapping sections)) {
            throw new PublishException(Diagnostic.error(
                    root.get().pos(),
                    "a theme must be a mapping of sections",
                    "start with a section such as 'body:' and indent its keys under it"));
        }
        for (Map.Entry<YamlNode.Key, YamlNode> section : sections.entries().entrySet()) {
            String name = section.getKey().name();
            boolean styleSection =
                    name.equals("headings") || Element.ofKey(name).isPresent();
            if (checked && !styleSection && values.keySet().stream().noneMatch(k -> k.startsWith(name + "."))) {
                diagnostics.error(
                        section.getKey().pos(),
                        "unknown theme section '" + name + "'",
                        "sections are page, fonts, toc, numbering, index, images, tables, chapters, pdf, cover, syntax, hyphenation, headings and the elements body, h1…h6, standfirst, "
                                + "byline, blockquote, code, caption, aside, footnote, table, link");
                continue;
            }
            if (!(section.getValue() instanceof YamlNode.Mapping keys)) {
                diagnostics.error(
                        section.getValue().pos(),
                        "theme section '" + name + "' must be a mapping, not "
                                + section.getValue().describe(),
                        "indent its keys under it, such as '  size: 10pt'");
                continue;
            }
            for (Map.Entry<YamlNode.Key, YamlNode> entry : keys.entries().entrySet()) {
                String key = name + "." + entry.getKey().name();
                if (key.equals("fonts.scripts") && entry.getValue() instanceof YamlNode.Mapping scripts) {
                    scripts(scripts);
                    continue;
                }
                // an element's style keys, or a key the default theme has (code.columns, code.min-size)
                boolean known =
                        styleSection && STYLE_KEYS.contains(entry.getKey().name()) || values.containsKey(key);
                if (checked && !known) {
                    diagnostics.error(
                            entry.getKey().pos(),
                            "unknown theme key '" + key + "'",
                            styleSection
                                    ? "element keys are " + String.join(", ", new TreeSet<>(STYLE_KEYS))
                                    : "see the default theme for the keys of '" + name + "'");
                } else if (entry.getValue() instanceof YamlNode.Scalar scalar) {
                    values.put(key, scalar);
                } else {
                    diagnostics.error(
                            entry.getValue().pos(),
                            "theme key '" + key + "' must be a single value, not "
                                    + entry.getValue().describe(),
                            "write it as " + entry.getKey().name() + ": value");
                }
            }
        }
    }

    /**
     * {@code fonts.scripts}: a family for the letters of a script, named by its ISO 15924 code
     * ({@code deva: Noto Sans Devanagari}, {@code arab: fonts/Amiri}), checked as the other families are.
     */
    private void scripts(YamlNode.Mapping scripts) {
        for (Map.Entry<YamlNode.Key, YamlNode> entry : scripts.entries().entrySet()) {
            String code = entry.getKey().name().strip().toLowerCase(Locale.ROOT);
            boolean known;
            try {
                known = code.length() == 4 && Character.UnicodeScript.forName(code) != null;
            } catch (IllegalArgumentException e) {
                known = false;
            }
            if (!known) {
                diagnostics.error(
                        entry.getKey().pos(),
                        "'" + entry.getKey().name() + "' is not a script code",
                        "name the script by its ISO 15924 code, such as arab, hebr, deva, beng, taml or thai");
            } else if (entry.getValue() instanceof YamlNode.Scalar scalar) {
                values.put("fonts.scripts." + code, scalar);
            } else {
                diagnostics.error(
                        entry.getValue().pos(),
                        "fonts.scripts." + code + " must be a family, not "
                                + entry.getValue().describe(),
                        "write it as " + code + ": Noto Sans Devanagari");
            }
        }
    }

    private Map<Character.UnicodeScript, String> scriptFamilies() {
        Map<Character.UnicodeScript, String> families = new EnumMap<>(Character.UnicodeScript.class);
        for (String key : List.copyOf(values.keySet())) {
            if (key.startsWith("fonts.scripts.")) {
                families.put(Character.UnicodeScript.forName(key.substring("fonts.scripts.".length())), family(key));
            }
        }
        return families;
    }

    private Theme build() {
        PageGeometry page = pageGeometry();
        Theme.Fonts fonts = new Theme.Fonts(
                family("fonts.serif"),
                family("fonts.sans"),
                family("fonts.mono"),
                bool("fonts.embed"),
                bool("fonts.ligatures"),
                bool("fonts.protrusion"),
                bool("fonts.expansion"),
                choice("fonts.missing", "error", "warning"),
                scriptFamilies());
        Map<Element, Style> styles = new EnumMap<>(Element.class);
        for (Element element : Element.values()) {
            styles.put(element, style(element));
        }
        int depth = level("toc.depth", 2);
        int newPageDepth = level("chapters.new-page-depth", 1);
        Theme.CoverColors cover =
                new Theme.CoverColors(color("cover.background"), color("cover.color"), color("cover.accent"));
        String exceptions = values.get("hyphenation.exceptions").text().strip();
        Theme.Hyphenation hyphenation = new Theme.Hyphenation(
                bool("hyphenation.capitalised"), exceptions.isEmpty() ? List.of() : List.of(exceptions.split("\\s+")));
        Theme.Syntax syntax = new Theme.Syntax(
                color("syntax.keyword"),
                color("syntax.string"),
                color("syntax.comment"),
                color("syntax.number"),
                color("syntax.tag"),
                color("syntax.attribute"));
        Theme.Code code = new Theme.Code(whole("code.columns", 20, 400, 80), length("code.min-size"));
        Theme.Captions captions = new Theme.Captions(
                enumValue("numbering.mode", Numbering.Mode.class),
                values.get("numbering.figure").text().strip(),
                values.get("numbering.table").text().strip(),
                values.get("numbering.listing").text().strip(),
                lists());
        Theme theme = new Theme(
                page,
                fonts,
                styles,
                depth,
                newPageDepth,
                cover,
                hyphenation,
                syntax,
                bool("pdf.conformance"),
                code,
                captions,
                new Theme.Index(
                        whole("index.columns", 1, 3, 2),
                        values.get("index.title").text().strip()),
                new Theme.Images(whole("images.ppi", 0, 2400, 300)),
                new Theme.Tables(bool("tables.landscape")));
        if (!diagnostics.hasErrors()) {
            ThemeLimits.check(theme, key -> values.get(key).pos(), this::styleKey, diagnostics);
        }
        return theme;
    }

    /** The kinds {@code toc.figures}, {@code toc.tables} and {@code toc.listings} ask lists of. */
    private Set<Numbering.Kind> lists() {
        Set<Numbering.Kind> lists = EnumSet.noneOf(Numbering.Kind.class);
        Map.of(
                        "toc.figures",
                        Numbering.Kind.FIGURE,
                        "toc.tables",
                        Numbering.Kind.TABLE,
                        "toc.listings",
                        Numbering.Kind.LISTING)
                .forEach((key, kind) -> {
                    if (bool(key)) {
                        lists.add(kind);
                    }
                });
        return lists;
    }

    /** The key that gives {@code element}'s {@code property}: its own, or the headings' or body's. */
    private String styleKey(Element element, String property) {
        List<String> chain = element == Element.BODY
                ? List.of("body")
                : element.isHeading() ? List.of(element.key(), "headings", "body") : List.of(element.key(), "body");
        return chain.stream()
                .map(s -> s + "." + property)
                .filter(values::containsKey)
                .findFirst()
                .orElseThrow();
    }

    private Style style(Element element) {
        Function<String, String> find = key -> styleKey(element, key);
        return new Style(
                enumValue(find.apply("font"), Style.FontRole.class),
                length(find.apply("size")),
                length(find.apply("leading")),
                color(find.apply("color")),
                choice(find.apply("style"), "italic", "normal"),
                choice(find.apply("weight"), "bold", "normal"),
                enumValue(find.apply("align"), Style.Align.class),
                length(find.apply("indent")),
                length(find.apply("space-before")),
                length(find.apply("space-after")),
                color(find.apply("background")),
                color(find.apply("border")));
    }

    private PageGeometry pageGeometry() {
        Length[] size = value(
                "page.size",
                PageGeometry::size,
                "A4, A5, Letter, 6x9in, or WIDTHxHEIGHT such as 170mmx240mm",
                new Length[] {Length.points(419.53), Length.points(595.28)});
        return new PageGeometry(
                size[0],
                size[1],
                length("page.margin-top"),
                length("page.margin-bottom"),
                length("page.margin-inside"),
                length("page.margin-outside"));
    }

    /** A depth or heading level: a whole number from 1 to 6. */
    private int level(String key, int fallback) {
        return whole(key, 1, 6, fallback);
    }

    /** A whole number from {@code min} to {@code max}. */
    private int whole(String key, int min, int max, int fallback) {
        return value(
                key,
                text -> {
                    try {
                        int d = Integer.parseInt(text);
                        return d >= min && d <= max ? Optional.of(d) : Optional.<Integer>empty();
                    } catch (NumberFormatException e) {
                        return Optional.<Integer>empty();
                    }
                },
                "a whole number from " + min + " to " + max,
                fallback);
    }

    private <T> T value(String key, Function<String, Optional<T>> parser, String expected, T fallback) {
        @SuppressWarnings("unchecked")
        T known = (T) parsed.get(key);
        if (known != null) {
            return known;
        }
        T result = parse(key, parser, expected, fallback);
        parsed.put(key, result);
        return result;
    }

    private <T> T parse(String key, Function<String, Optional<T>> parser, String expected, T fallback) {
        YamlNode.Scalar scalar = values.get(key);
        Optional<T> parsed = parser.apply(scalar.text());
        if (parsed.isEmpty()) {
            diagnostics.error(
                    scalar.pos(), "'" + scalar.text() + "' is not a valid value for " + key, "expected " + expected);
            return fallback;
        }
        return parsed.get();
    }

    private Length length(String key) {
        return value(key, Length::parse, "a length with a unit, such as 10pt or 4mm", Length.ZERO);
    }

    private Color color(String key) {
        return value(key, Color::parse, "a colour such as #1a1a1a", new Color(0));
    }

    private boolean bool(String key) {
        return value(
                key,
                t -> t.equals("true") ? Optional.of(true) : t.equals("false") ? Optional.of(false) : Optional.empty(),
                "true or false",
                true);
    }

    private boolean choice(String key, String yes, String no) {
        return value(
                key,
                t -> t.equals(yes) ? Optional.of(true) : t.equals(no) ? Optional.of(false) : Optional.empty(),
                no + " or " + yes,
                false);
    }

    /**
     * A bundled family's name, or the path of a project's font files without their style, relative to
     * the theme ({@code fonts/Lora} for {@code fonts/Lora-Regular.ttf} and its Bold, Italic and
     * BoldItalic siblings), which becomes an absolute path.
     */
    private String family(String key) {
        return value(
                key,
                t -> {
                    String name = t.strip();
                    if (BUNDLED_FAMILIES.contains(name)) {
                        if (FontLibrary.bundled(new FontFace(name, false, false))
                                .isEmpty()) {
                            diagnostics.error(
                                    values.get(key).pos(),
                                    name + " is in the imprint-fonts-cjk artifact, which is not on the class path",
                                    "add io.github.imprint:imprint-fonts-cjk to the plugin's <dependencies>");
                            return Optional.of(BUNDLED_FAMILIES.get(0));
                        }
                        return Optional.of(name);
                    }
                    if (themeBase == null || !name.matches("[^:*?\"<>|]+")) {
                        return Optional.empty();
                    }
                    Path prefix = themeBase.resolve(name).toAbsolutePath().normalize();
                    Path regular = FontLibrary.file(new FontFace(prefix.toString(), false, false));
                    if (!Files.isRegularFile(regular)) {
                        return Optional.empty();
                    }
                    Optional<String> problem = FontLibrary.problem(regular);
                    if (problem.isPresent()) {
                        // the name is right and the file is there: say what is wrong with the file
                        diagnostics.error(
                                values.get(key).pos(),
                                name
                                        + regular.toString()
                                                .substring(prefix.toString().length()) + " " + problem.get(),
                                "replace it with the family's TrueType (.ttf) or OpenType (.otf) file, or name a bundled family");
                        return Optional.of(BUNDLED_FAMILIES.get(0));
                    }
                    return Optional.of(prefix.toString());
                },
                "a bundled family (Noto Serif, Noto Sans, Noto Sans Mono) or the path of font files (.ttf or .otf)"
                        + " without their style, relative to the theme: fonts/Lora for fonts/Lora-Regular.ttf",
                BUNDLED_FAMILIES.get(0));
    }

    private <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        E[] constants = type.getEnumConstants();
        return value(
                key,
                t -> {
                    for (E e : constants) {
                        if (e.name().equalsIgnoreCase(t.strip())) {
                            return Optional.of(e);
                        }
                    }
                    return Optional.empty();
                },
                "one of "
                        + Arrays.stream(constants)
                                .map(e -> e.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")),
                constants[0]);
    }
}
