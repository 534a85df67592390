package dev.sitegen.markdown;

import java.util.List;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * The parser options shared by the extract and render stages, so that both see the same
 * tree with the same source offsets.
 */
public final class Markdown {

    /**
     * CommonMark plus what GitHub renders: tables, strikethrough, task lists, footnotes and
     * bare URLs as links; immutable, shared by every parser built here.
     */
    public static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
                    FootnoteExtension.create(), AutolinkExtension.create()))
            .set(TablesExtension.WITH_CAPTION, false)
            .set(TablesExtension.COLUMN_SPANS, false)
            .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
            .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            // CommonMark lets a destination in <angle brackets> hold spaces: [x](<my page.md>)
            .set(Parser.SPACE_IN_LINK_URLS, true)
            // flexmark's default filter is case-sensitive: JavaScript: would pass it
            .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(?:javascript|vbscript):.*")
            .toImmutable();

    private Markdown() {
    }

    public static Parser parser() {
        return Parser.builder(OPTIONS).build();
    }
}
