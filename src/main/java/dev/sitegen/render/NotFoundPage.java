package dev.sitegen.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code 404.html}, which static hosts (GitHub Pages, Netlify, most servers configured for
 * it) serve for any address the site does not have. That address may lie in any folder,
 * so relative links would resolve against it: with a {@code baseUrl} the page's links are
 * made absolute, without one they are written for the site's root.
 */
final class NotFoundPage {

    static final String PATH = "404.html";

    private NotFoundPage() {
    }

    static SiteFile.Generated of(PageRenderer renderer, Optional<String> baseUrl) {
        Document doc = renderer.shell(PATH, "Page not found");
        PageRenderer.withoutChapters(doc);
        doc.body().addClass("not-found");
        Element article = PageRenderer.slot(doc, "content").orElseThrow(() -> new IllegalStateException("the template has no content slot"));
        article.empty();
        article.appendElement("h1").text("Page not found");
        article.appendElement("p").text("There is no page at this address. It may have moved: search for it with the box above, or start from the contents.");
        Element links = article.appendElement("ul");
        links.appendElement("li").appendElement("a").attr("href", "index.html").text("The contents");
        baseUrl.ifPresent(base -> {
            for (String attr : List.of("href", "src")) {
                for (Element e : doc.select("[" + attr + "]")) {
                    String url = e.attr(attr);
                    if (!url.isEmpty() && !url.startsWith("#") && !Links.isExternal(url)) e.attr(attr, base + url);
                }
            }
        });
        return new SiteFile.Generated(PATH, doc.outerHtml().getBytes(StandardCharsets.UTF_8));
    }
}
