package dev.sitegen.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.SourcePos;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExtractedPage;
import dev.sitegen.load.Asset;
import dev.sitegen.load.Site;
import dev.sitegen.run.Evidence;

import org.jsoup.nodes.Element;

/** Renders every page and lists every file of the site; reports broken links. */
public final class SiteRenderer {

    private final Reporter reporter;

    public SiteRenderer(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * @param evidence what each checked example did (examples without it are shown without output)
     * @return every file of the site, sorted by path
     */
    public List<SiteFile> render(Site site, List<ExtractedPage> pages, Map<Example, Evidence> evidence, Path templates) {
        Template template = Template.load(templates);
        PageParser parser = new PageParser();
        List<ParsedPage> parsed = pages.parallelStream().map(parser::parse).toList();

        Set<String> assetPaths = new HashSet<>();
        site.assets().forEach(a -> assetPaths.add(a.path()));
        new LinkChecker(reporter).check(parsed, assetPaths);

        Navigation navigation = new Navigation(parsed);
        PageRenderer renderer = new PageRenderer(template, site.settings(), navigation, evidence);
        List<PageRenderer.Rendered> rendered = parsed.parallelStream().map(renderer::render).toList();
        List<SiteFile> files = new ArrayList<>();
        Map<String, Element> articles = new HashMap<>();
        for (PageRenderer.Rendered r : rendered) {
            files.add(r.file());
            r.article().ifPresent(article -> articles.put(r.file().path(), article));
        }
        files.add(PrintView.of(renderer, navigation.pages(), articles, site.settings().title()));
        if (files.stream().noneMatch(f -> f.path().equals(NotFoundPage.PATH))) files.add(NotFoundPage.of(renderer, site.settings().baseUrl())); // a 404.md of the author's wins
        files.addAll(template.assets());
        files.add(SearchIndex.script(navigation.pages()));
        files.add(SearchIndex.lunr());
        for (Asset a : site.assets()) files.add(new SiteFile.Copied(a.path(), a.source()));
        site.settings().baseUrl().ifPresent(base -> files.add(sitemap(base, navigation)));
        checkCollisions(site, files);
        files.sort(java.util.Comparator.comparing(SiteFile::path));
        return files;
    }

    private static SiteFile sitemap(String base, Navigation navigation) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        navigation.pages().stream().map(p -> p.page().outputPath()).sorted()
                .forEach(path -> xml.append("  <url><loc>").append(org.jsoup.nodes.Entities.escape(base + path)).append("</loc></url>\n"));
        xml.append("</urlset>\n");
        return new SiteFile.Generated("sitemap.xml", xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void checkCollisions(Site site, List<SiteFile> files) {
        Map<String, SiteFile> seen = new HashMap<>();
        for (SiteFile f : files) {
            SiteFile before = seen.putIfAbsent(f.path(), f);
            if (before != null) {
                reporter.report(Diagnostic.error(SourcePos.of(site.displayRoot() + "/" + (f instanceof SiteFile.Copied ? f.path() : f.path().replaceFirst("\\.html$", ".md")), 1),
                        "two files would be published as " + f.path()).withHint("rename one of them"));
            }
        }
    }
}
