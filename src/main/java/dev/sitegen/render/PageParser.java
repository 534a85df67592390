package dev.sitegen.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import dev.sitegen.diag.LineIndex;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExtractedPage;

/** Parses a page and collects what rendering and link checking need. */
final class PageParser {

    ParsedPage parse(ExtractedPage extracted) {
        var page = extracted.page();
        Document document = extracted.document();
        LineIndex index = new LineIndex(page.file(), page.markdown());

        Slugger slugger = new Slugger();
        for (Example e : extracted.examples()) slugger.reserve(e.id());
        List<ParsedPage.Heading> headings = new ArrayList<>();
        Map<Node, String> ids = new IdentityHashMap<>();
        List<ParsedPage.LinkRef> links = new ArrayList<>();
        String firstH1 = null;
        for (Node node : document.getDescendants()) {
            switch (node) {
                case Heading h -> {
                    String text = new TextCollectingVisitor().collectAndGetText(h).strip();
                    String id = slugger.slug(text);
                    ids.put(h, id);
                    headings.add(new ParsedPage.Heading(h.getLevel(), text, id));
                    if (h.getLevel() == 1 && firstH1 == null) firstH1 = text;
                }
                case Link l -> links.add(new ParsedPage.LinkRef(l.getUrl().toString(), index.at(l.getStartOffset()), false));
                case Image i -> links.add(new ParsedPage.LinkRef(i.getUrl().toString(), index.at(i.getStartOffset()), true));
                case Reference r -> links.add(new ParsedPage.LinkRef(r.getUrl().toString(), index.at(r.getStartOffset()), false));
                case HtmlBlock h -> rawHtmlLinks(h, index, links);
                case HtmlInline h -> rawHtmlLinks(h, index, links);
                default -> {
                }
            }
        }
        String title = page.front().title().orElse(firstH1 != null ? firstH1 : fileTitle(page.path()));
        return new ParsedPage(page, document, title, headings, ids, links, extracted.blocks(), extracted.outputBlocks());
    }

    /** The {@code href} of raw {@code <a>} and the {@code src} of raw {@code <img>}, at the place the author wrote them. */
    private static void rawHtmlLinks(Node html, LineIndex index, List<ParsedPage.LinkRef> links) {
        String text = html.getChars().toString();
        for (org.jsoup.nodes.Element e : org.jsoup.Jsoup.parseBodyFragment(text).select("a[href], img[src]")) {
            boolean image = e.tagName().equals("img");
            String url = e.attr(image ? "src" : "href");
            int at = Math.max(0, text.indexOf(url));
            links.add(new ParsedPage.LinkRef(url, index.at(html.getStartOffset() + at), image));
        }
    }

    private static String fileTitle(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".md".length()).replace('-', ' ').replace('_', ' ');
        return name.isEmpty() ? path : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
