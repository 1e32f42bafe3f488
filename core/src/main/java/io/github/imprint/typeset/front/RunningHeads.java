package io.github.imprint.typeset.front;

import io.github.imprint.font.FontFace;
import io.github.imprint.layout.Role;
import io.github.imprint.theme.Element;
import io.github.imprint.theme.Style;
import io.github.imprint.theme.Theme;
import io.github.imprint.typeset.linebreak.FirstFit;
import io.github.imprint.typeset.linebreak.Item;
import io.github.imprint.typeset.linebreak.ParagraphItems;
import io.github.imprint.typeset.linebreak.SetLine;
import io.github.imprint.typeset.linebreak.TextRun;
import io.github.imprint.typeset.paginate.PageFrame;
import io.github.imprint.typeset.shape.Shaper;
import java.util.List;
import java.util.function.Function;

/**
 * Running heads and folios: a line of the byline's type, centred on the measure, as an artifact. A
 * head too long for one line is cut at a word and ends with an ellipsis.
 */
public final class RunningHeads {

    private RunningHeads() {}

    /** Sets a running head or a folio from its words. */
    public static Function<String, SetLine> setter(Theme theme, PageFrame frame, Shaper shaper) {
        Style style = theme.style(Element.BYLINE);
        FontFace face = new FontFace(theme.fonts().family(style.font()), false, false);
        return text -> {
            String words = text.strip();
            String shown = words;
            while (true) {
                ParagraphItems items = new ParagraphItems(shaper, false, false, cp -> {});
                items.add(TextRun.of(
                                shown.replace(' ', '\u00A0'), face, style.size().millipoints())
                        .rgb(style.color().rgb())
                        .role(Role.ARTIFACT)
                        .build());
                List<Item> list = items.finish();
                long width = list.stream()
                        .mapToLong(item -> item instanceof Item.Box b ? b.width() : 0)
                        .sum();
                int cut = words.lastIndexOf(' ');
                if (width <= frame.measure() || cut <= 0) {
                    return SetLine.set(
                                    list,
                                    FirstFit.breakLines(list, frame.measure()).lines(),
                                    frame.measure(),
                                    SetLine.Alignment.CENTER)
                            .get(0);
                }
                words = words.substring(0, cut).replaceAll("[,:;–—-]+$", "");
                shown = words + " …";
            }
        };
    }
}
