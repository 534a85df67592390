package dev.sitegen.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.Suggestions;

/** Checks every internal link and {@code #anchor}: a link to a missing page, file or anchor is an error. */
final class LinkChecker {

    private final Reporter reporter;

    LinkChecker(Reporter reporter) {
        this.reporter = reporter;
    }

    /** @param files the paths of every other file the site publishes (assets), under the content directory */
    void check(List<ParsedPage> pages, Set<String> files) {
        Map<String, Set<String>> anchors = new HashMap<>();
        for (ParsedPage p : pages) {
            Set<String> ids = new HashSet<>();
            p.headings().forEach(h -> ids.add(h.id()));
            p.examples().values().forEach(e -> ids.add(e.id()));
            anchors.put(p.page().path(), ids);
        }
        for (ParsedPage p : pages) {
            for (ParsedPage.LinkRef link : p.links()) check(p, link, anchors, files);
        }
    }

    private void check(ParsedPage from, ParsedPage.LinkRef link, Map<String, Set<String>> anchors, Set<String> files) {
        String url = link.url().strip();
        if (url.isEmpty()) {
            reporter.report(Diagnostic.error(link.pos(), "this " + (link.image() ? "image" : "link") + " has no target").withHint("write the target in the parentheses: [text](page.md)"));
            return;
        }
        if (Links.isScript(url)) {
            error(link, "the link `" + url + "` runs code in the reader's browser, and the build does not publish it",
                    "link to a page or an http(s) address instead");
            return;
        }
        if (Links.isExternal(url)) return;
        if (url.startsWith("/")) {
            String relative = relativeTo(from.page().path(), url.substring(1));
            error(link, "the " + (link.image() ? "image" : "link") + " `" + url + "` is root-absolute: it breaks when the site is opened from disk or served under a sub-path",
                    "write it relative to this page: `" + relative + "`");
            return;
        }
        Optional<String> fragment = Links.fragment(url);
        String path = Links.path(url);
        String target = from.page().path();
        if (!path.isEmpty()) {
            Optional<String> resolved = Links.resolve(from.page().path(), path);
            if (resolved.isEmpty()) {
                error(link, "the link `" + url + "` points outside the site", "link to a page or file under the content directory");
                return;
            }
            target = resolved.get();
            if (target.endsWith(".html") && anchors.containsKey(target.substring(0, target.length() - 5) + ".md")) {
                String md = path.substring(0, path.length() - 5) + ".md";
                error(link, "the link `" + url + "` names the published file", "link to the markdown file, `" + md
                        + fragment.map(f -> "#" + f).orElse("") + "`: the build rewrites it to .html, as GitHub shows it");
                return;
            }
            if (target.endsWith(".md")) {
                if (!anchors.containsKey(target)) {
                    error(link, "the link `" + url + "` points to a page that does not exist: " + target,
                            Suggestions.closest(target, anchors.keySet()).map(s -> "did you mean `" + relativeTo(from.page().path(), s) + "`?")
                                    .orElse("the path is relative to this page's folder"));
                    return;
                }
            } else if (!files.contains(target) && !isFolderWithIndex(target, anchors.keySet())) {
                error(link, "the " + (link.image() ? "image" : "link") + " `" + url + "` points to a file that does not exist: " + target,
                        "put the file under the content directory, or fix the path (relative to this page's folder)");
                return;
            }
        }
        if (fragment.isPresent() && !fragment.get().isEmpty() && target.endsWith(".md")) {
            Set<String> ids = anchors.get(target);
            if (!ids.contains(fragment.get())) {
                String where = target.equals(from.page().path()) ? "this page" : target;
                error(link, "the link `" + url + "` points to `#" + fragment.get() + "`, which is not a heading or example id on " + where,
                        Suggestions.closest(fragment.get(), ids).map(s -> "did you mean `#" + s + "`?")
                                .orElse("heading ids are lower case with spaces as `-`, as on GitHub"));
            }
        }
    }

    /** A link to a folder is fine when the folder has an index page. */
    private static boolean isFolderWithIndex(String target, Set<String> pages) {
        String prefix = target.isEmpty() || target.endsWith("/") ? target : target + "/";
        return pages.contains(prefix + "index.md");
    }

    private static String relativeTo(String fromPage, String target) {
        String[] from = fromPage.split("/");
        String[] to = target.split("/");
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) common++;
        StringBuilder sb = new StringBuilder("../".repeat(from.length - 1 - common));
        for (int i = common; i < to.length; i++) sb.append(to[i]).append(i < to.length - 1 ? "/" : "");
        return sb.toString();
    }

    private void error(ParsedPage.LinkRef link, String message, String hint) {
        reporter.report(Diagnostic.error(link.pos(), message).withHint(hint));
    }
}
