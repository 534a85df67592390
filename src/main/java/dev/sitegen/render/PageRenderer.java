package dev.sitegen.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import dev.sitegen.extract.Example;
import dev.sitegen.load.SiteSettings;
import dev.sitegen.run.Evidence;

/** Fills the page template for one page: title, navigation, content with examples, table of contents, pager. */
final class PageRenderer {

    private static final List<String> CALLOUTS = List.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION");

    private final Template template;
    private final SiteSettings settings;
    private final Navigation navigation;
    private final MarkdownHtml markdown = new MarkdownHtml();
    private final Map<Example, Evidence> evidence;
    private final NavHtml nav;
    private final Map<Integer, Document> prepared = new java.util.concurrent.ConcurrentHashMap<>();

    // compiled once: jsoup's evaluators are thread-safe, and parsing a query per page costs more than matching it
    private static final Evaluator SLOT = Selector.evaluatorOf("[data-slot]");
    private static final Evaluator PLACEHOLDERS = Selector.evaluatorOf("[" + MarkdownHtml.PLACEHOLDER + "]");
    private static final Evaluator PLAIN_CODE = Selector.evaluatorOf("pre:has(> code)");
    private static final Evaluator OUTPUTS = Selector.evaluatorOf(".example-output samp, .example-dump samp");
    private static final Evaluator SECTION_HEADINGS = Selector.evaluatorOf("h2[id], h3[id], h4[id]");
    private static final Evaluator LINKS = Selector.evaluatorOf("a[href]");
    private static final Evaluator TABLES = Selector.evaluatorOf("table");
    private static final Evaluator TASK_BOXES = Selector.evaluatorOf("input.task-list-item-checkbox");
    private static final Evaluator QUOTES = Selector.evaluatorOf("blockquote");

    PageRenderer(Template template, SiteSettings settings, Navigation navigation, Map<Example, Evidence> evidence) {
        this.template = template;
        this.settings = settings;
        this.navigation = navigation;
        this.evidence = evidence;
        this.nav = new NavHtml(navigation, settings);
    }

    /** A page as published, and its article, detached, for the one-page view to reuse without parsing the page again. */
    record Rendered(SiteFile.Generated file, Optional<Element> article) {
    }

    Rendered render(ParsedPage page) {
        String out = page.page().outputPath();
        Document doc = shell(out, page.title());
        Map<String, Element> slots = slots(doc);
        Optional<String> description = page.page().front().description();
        Element meta = doc.selectFirst("meta[name=description]");
        if (description.isPresent()) {
            if (meta == null) meta = doc.head().appendElement("meta").attr("name", "description");
            meta.attr("content", description.get());
        } else if (meta != null) {
            meta.remove();
        }
        settings.baseUrl().ifPresent(base -> {
            doc.head().appendElement("link").attr("rel", "canonical").attr("href", base + out);
            doc.head().appendElement("meta").attr("property", "og:title").attr("content", page.title());
            doc.head().appendElement("meta").attr("property", "og:type").attr("content", "article");
            doc.head().appendElement("meta").attr("property", "og:url").attr("content", base + out);
            description.ifPresent(d -> doc.head().appendElement("meta").attr("property", "og:description").attr("content", d));
        });
        boolean hasNav = slot(slots, "nav").map(nav -> nav.empty().append(NavHtml.MARKER)).isPresent();
        slot(slots, "content").ifPresent(article -> fillContent(article, page));
        slot(slots, "toc").ifPresent(toc -> {
            fillToc(toc, page);
            slot(slots, "content").ifPresent(article -> inlineToc(article, toc));
        });
        slot(slots, "pager").ifPresent(pager -> fillPager(pager, page, out));
        slot(slots, "edit").ifPresent(edit -> {
            if (settings.editUrl().isPresent()) edit.attr("href", settings.editUrl().get() + page.page().path());
            else edit.remove();
        });
        String html = doc.outerHtml();
        SiteFile.Generated file = new SiteFile.Generated(out, hasNav ? nav.insert(html, page) : html.getBytes(StandardCharsets.UTF_8));
        return new Rendered(file, slot(slots, "content").map(article -> {
            article.remove(); // detached, so the rest of the page's tree can go
            return article;
        }));
    }

    /**
     * The page template as every page at this folder depth starts: its security policy added,
     * its own links made relative. Prepared once per depth, copied for each page.
     */
    private Document templateAt(int depth) {
        return prepared.computeIfAbsent(depth, d -> {
            Document doc = template.newPage();
            contentSecurityPolicy(doc);
            doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
            relativizeTemplateUrls(doc, "x/".repeat(d) + "page.html");
            return doc;
        });
    }

    /** The template's slots by name, found in one walk before the page's content is added (the first of a name counts). */
    private static Map<String, Element> slots(Document doc) {
        Map<String, Element> slots = new java.util.HashMap<>();
        for (Element e : doc.select(SLOT)) slots.putIfAbsent(e.attr("data-slot"), e);
        return slots;
    }

    /**
     * The template for a page published at {@code out}: its policy, its own links made
     * relative to there, the title, and the site's name linking home. The slots are still
     * the template's.
     */
    Document shell(String out, String pageTitle) {
        Document doc = templateAt(Links.depth(out)).clone();
        doc.title(pageTitle.equals(settings.title()) ? pageTitle : pageTitle + " · " + settings.title());
        slot(doc, "site-title").ifPresent(a -> a.text(settings.title()).attr("href", Links.relative(out, "index.html")));
        return doc;
    }

    /**
     * A Content-Security-Policy every page satisfies: scripts and styles only from the
     * site's own files, plus the template's inline scripts by their hashes; no plugins, no
     * base rewriting, no forms. Pages never need more, so an injected script cannot run.
     */
    private static void contentSecurityPolicy(Document doc) {
        StringBuilder scripts = new StringBuilder("'self'");
        for (Element inline : doc.select("script:not([src])")) {
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(inline.data().getBytes(StandardCharsets.UTF_8));
                scripts.append(" 'sha256-").append(java.util.Base64.getEncoder().encodeToString(digest)).append('\'');
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required of every JVM", e);
            }
        }
        Element meta = new Element("meta").attr("http-equiv", "Content-Security-Policy").attr("content",
                "default-src 'self'; script-src " + scripts + "; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'");
        Element charset = doc.head().selectFirst("meta[charset]");
        if (charset != null) charset.after(meta);
        else doc.head().prependChild(meta);
    }

    /** For a page outside the chapters (the one-page view, the 404 page): no chapter list, contents, pager or edit link. */
    static void withoutChapters(Document doc) {
        for (String name : List.of("nav", "toc", "pager", "edit")) slot(doc, name).ifPresent(Element::remove);
        doc.select(".nav-toggle").remove();
    }

    static Optional<Element> slot(Document doc, String name) {
        return Optional.ofNullable(doc.selectFirst("[data-slot=" + name + "]"));
    }

    private static Optional<Element> slot(Map<String, Element> slots, String name) {
        return Optional.ofNullable(slots.get(name));
    }

    /** The template's own links are written for a page at the site's root. */
    private static void relativizeTemplateUrls(Document doc, String out) {
        String prefix = "../".repeat(Links.depth(out));
        if (prefix.isEmpty()) return;
        for (String attr : List.of("href", "src")) {
            for (Element e : doc.select("[" + attr + "]")) {
                String url = e.attr(attr);
                if (url.isEmpty() || url.startsWith("#") || url.startsWith("/") || Links.isExternal(url)) continue;
                e.attr(attr, prefix + url);
            }
        }
    }

    private void fillContent(Element article, ParsedPage page) {
        article.empty();
        article.html(markdown.render(page));
        ExampleWidget widgets = new ExampleWidget();
        for (Element placeholder : article.select(PLACEHOLDERS)) {
            String id = placeholder.attr(MarkdownHtml.PLACEHOLDER);
            page.examples().values().stream().filter(e -> e.id().equals(id)).findFirst()
                    .ifPresent(e -> placeholder.replaceWith(widgets.build(e, Optional.ofNullable(evidence.get(e)))));
        }
        for (Element pre : article.select(PLAIN_CODE)) {
            if (pre.closest(".example") != null) continue;
            // every other code block (sh, yaml, markdown, text) gets the examples' frame and a copy button
            Element code = pre.selectFirst("> code");
            String language = code.classNames().stream().filter(c -> c.startsWith("language-")).map(c -> c.substring(9)).findFirst().orElse("text");
            Element box = new Element("div").addClass("example").addClass("example-plain");
            Element source = box.appendElement("div").addClass("example-source");
            Element bar = source.appendElement("div").addClass("example-bar");
            bar.appendElement("span").addClass("example-name").text(language);
            bar.appendElement("button").attr("type", "button").addClass("copy-button").attr("aria-label", "Copy code").text("Copy");
            pre.replaceWith(box);
            source.appendChild(pre.addClass("code"));
        }
        for (Element output : article.select(OUTPUTS)) {
            LineAnchors.linkFrames(output, page.page().path(), article);
        }
        callouts(article);
        for (Element h : article.select(SECTION_HEADINGS)) {
            h.appendElement("a").addClass("heading-anchor").attr("href", "#" + h.id()).attr("aria-label", "Link to the section " + h.text()).text("#");
        }
        // raw HTML links are written to the markdown file too, as markdown links are
        for (Element a : article.select(LINKS)) a.attr("href", Links.publish(a.attr("href")));
        for (Element table : article.select(TABLES)) table.wrap("<div class=\"table-wrap\"></div>"); // scrolls, and stays a table
        for (Element box : article.select(TASK_BOXES)) {
            box.attr("aria-label", box.hasAttr("checked") ? "done" : "not done"); // a checkbox without a name fails screen readers
        }
    }

    /** GitHub's {@code > [!NOTE]} blockquotes become callouts. */
    private static void callouts(Element article) {
        for (Element quote : article.select(QUOTES)) {
            Element first = quote.firstElementChild();
            if (first == null || !first.tagName().equals("p") || first.childNodeSize() == 0 || !(first.childNode(0) instanceof TextNode text)) continue;
            String content = text.getWholeText();
            for (String kind : CALLOUTS) {
                String marker = "[!" + kind + "]";
                if (!content.startsWith(marker)) continue;
                text.text(content.substring(marker.length()).stripLeading());
                if (first.text().isBlank() && first.children().isEmpty()) first.remove();
                else if (first.childNode(0) instanceof TextNode t && t.isBlank() && first.childNodeSize() > 1 && first.childNode(1) instanceof Element br && br.tagName().equals("br")) br.remove();
                String label = kind.charAt(0) + kind.substring(1).toLowerCase(java.util.Locale.ROOT);
                Element callout = new Element("div").addClass("callout").addClass("callout-" + kind.toLowerCase(java.util.Locale.ROOT));
                callout.attr("role", "note");
                callout.appendElement("p").addClass("callout-title").text(label);
                callout.appendChildren(quote.childNodesCopy());
                quote.replaceWith(callout);
                break;
            }
        }
    }

    /**
     * The same contents, folded, at the top of the article: the side column is hidden on
     * narrow screens, and the stylesheet shows this one only there.
     */
    private static void inlineToc(Element article, Element toc) {
        Element list = toc.selectFirst("> ul");
        if (list == null) return;
        Element details = new Element("details").addClass("toc-inline");
        details.appendElement("summary").text("On this page");
        details.appendChild(list.clone());
        Element title = article.selectFirst("> h1");
        if (title != null) title.after(details);
        else article.prependChild(details);
    }

    private static void fillToc(Element toc, ParsedPage page) {
        toc.empty();
        List<ParsedPage.Heading> entries = page.headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList();
        if (entries.size() < 2) {
            toc.attr("hidden", true);
            return;
        }
        toc.appendElement("p").addClass("toc-title").text("On this page");
        Element list = toc.appendElement("ul");
        Element sub = null;
        for (ParsedPage.Heading h : entries) {
            if (h.level() == 2 || sub == null && list.children().isEmpty()) {
                Element li = list.appendElement("li");
                li.appendElement("a").attr("href", "#" + h.id()).text(h.text());
                sub = null;
            } else {
                if (sub == null) sub = list.children().last().appendElement("ul");
                sub.appendElement("li").appendElement("a").attr("href", "#" + h.id()).text(h.text());
            }
        }
    }

    private void fillPager(Element pager, ParsedPage page, String out) {
        pager.empty();
        List<ParsedPage> pages = navigation.pages();
        int i = navigation.indexOf(page);
        if (i > 0) link(pager, pages.get(i - 1), out, "prev", "Previous");
        if (i >= 0 && i < pages.size() - 1) link(pager, pages.get(i + 1), out, "next", "Next");
    }

    private static void link(Element pager, ParsedPage to, String out, String rel, String label) {
        Element a = pager.appendElement("a").addClass("pager-" + rel).attr("rel", rel).attr("href", Links.relative(out, to.page().outputPath()));
        a.appendElement("span").addClass("pager-label").text(label);
        a.appendElement("span").addClass("pager-title").text(to.title());
    }
}
