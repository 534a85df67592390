package dev.sitegen.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The whole site on one page, in reading order, for printing or reading offline. Each
 * page becomes a section whose ids are prefixed with the page's, so headings that repeat
 * between pages stay distinct, and links between pages become links within this one.
 * Built from the published pages, so it shows exactly what they show.
 */
final class PrintView {

    static final String PATH = "print.html";

    private PrintView() {
    }

    /** @param articles the article of each page as published, detached from its page (this view changes it), by output path */
    static SiteFile.Generated of(PageRenderer renderer, List<ParsedPage> inOrder, Map<String, Element> articles, String siteTitle) {
        Map<String, String> sectionIds = inOrder.stream().collect(Collectors.toMap(p -> p.page().outputPath(), p -> sectionId(p.page().outputPath())));
        List<String> sections = inOrder.parallelStream()
                .map(p -> section(p.page().outputPath(), articles.get(p.page().outputPath()), sectionIds::get))
                .toList();

        Document doc = renderer.shell(PATH, "The whole tutorial");
        PageRenderer.withoutChapters(doc);
        PageRenderer.slot(doc, "print-link").ifPresent(a -> a.parent().remove());
        doc.body().addClass("print-view");
        Element article = PageRenderer.slot(doc, "content").orElseThrow(() -> new IllegalStateException("the template has no content slot"));
        article.empty();
        article.appendElement("h1").text(siteTitle);
        Element contents = article.appendElement("nav").addClass("print-contents").attr("aria-label", "Contents");
        Element list = contents.appendElement("ol");
        for (ParsedPage p : inOrder) list.appendElement("li").appendElement("a").attr("href", "#" + sectionIds.get(p.page().outputPath())).text(p.title());
        article.appendChild(new org.jsoup.nodes.Comment("sitegen:print-sections"));
        String html = doc.outerHtml().replace("<!--sitegen:print-sections-->", String.join("\n", sections));
        return new SiteFile.Generated(PATH, html.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code threads/join.html} → {@code threads-join} */
    static String sectionId(String outputPath) {
        return outputPath.replaceFirst("\\.html$", "").replace('/', '-');
    }

    private static String section(String out, Element article, Function<String, String> sectionOf) {
        if (article == null) return "";
        article.select(".toc-inline, .heading-anchor").remove();
        String prefix = sectionOf.apply(out) + "--";
        for (Element e : article.select("[id]")) e.id(prefix + e.id());
        for (Element e : article.select("[aria-controls], [aria-labelledby], [aria-describedby], label[for]")) {
            for (String attr : List.of("aria-controls", "aria-labelledby", "aria-describedby", "for")) {
                if (e.hasAttr(attr)) e.attr(attr, prefix + e.attr(attr));
            }
        }
        for (Element a : article.select("a[href]")) a.attr("href", link(out, a.attr("href"), prefix, sectionOf));
        for (Element img : article.select("img[src]")) {
            String src = img.attr("src");
            if (!Links.isExternal(src)) Links.resolve(out, src).ifPresent(resolved -> img.attr("src", resolved));
        }
        Element section = new Element("section").addClass("print-page").id(sectionOf.apply(out));
        section.appendChildren(article.childNodes());
        Element h1 = section.selectFirst("> h1");
        if (h1 != null) h1.tagName("h2").addClass("print-page-title"); // one h1 per document: the site's
        for (Element h : section.select("h2:not(.print-page-title), h3, h4, h5")) {
            h.tagName("h" + Math.min(6, Integer.parseInt(h.tagName().substring(1)) + 1));
        }
        return section.outerHtml();
    }

    private static int pathEnd(String href) {
        for (int i = 0; i < href.length(); i++) if (href.charAt(i) == '#' || href.charAt(i) == '?') return i;
        return href.length();
    }

    /** A link of the page at {@code out}, as it must read in the one-page view. */
    private static String link(String out, String href, String prefix, Function<String, String> sectionOf) {
        if (href.startsWith("#")) return "#" + prefix + href.substring(1);
        if (Links.isExternal(href)) return href;
        Optional<String> target = Links.resolve(out, Links.path(href));
        if (target.isEmpty()) return href;
        String section = sectionOf.apply(target.get());
        if (section == null) return target.get() + href.substring(pathEnd(href)); // an asset, from the site's root
        return "#" + Links.fragment(href).map(f -> section + "--" + f).orElse(section);
    }
}
