package dev.sitegen.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.nodes.Entities;

/**
 * The navigation list, the same on every page but for the links' depth and the current
 * page. A site of N pages repeats N links on each of its N pages, so the list is written
 * once per folder depth, as text, and each page gets a copy with its own entry marked,
 * rather than building and serialising N elements for every page.
 */
final class NavHtml {

    /** Stands for the list in a page until it is serialised. */
    static final String MARKER = "<!--sitegen-nav-->";

    private final List<ParsedPage> pages;
    private final Map<ParsedPage, Integer> index = new IdentityHashMap<>();
    private final Map<Integer, List<String>> itemsByDepth = new ConcurrentHashMap<>();

    NavHtml(Navigation navigation) {
        this.pages = navigation.pages();
        for (int i = 0; i < pages.size(); i++) index.put(pages.get(i), i);
    }

    /** The {@code <ul>} for {@code current}, its entry marked {@code aria-current="page"}. */
    String forPage(ParsedPage current) {
        String out = current.page().outputPath();
        List<String> items = itemsByDepth.computeIfAbsent(Links.depth(out), this::items);
        int at = index.getOrDefault(current, -1);
        StringBuilder sb = new StringBuilder(items.stream().mapToInt(String::length).sum() + 64).append("<ul>");
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == at ? item(current, out, true) : items.get(i));
        }
        return sb.append("</ul>").toString();
    }

    private List<String> items(int depth) {
        String from = "x/".repeat(depth) + "page.html";
        List<String> items = new ArrayList<>(pages.size());
        for (ParsedPage p : pages) items.add(item(p, from, false));
        return items;
    }

    private static String item(ParsedPage p, String from, boolean current) {
        String href = Entities.escape(Links.relative(from, p.page().outputPath()));
        return "<li><a href=\"" + href + "\"" + (current ? " aria-current=\"page\" class=\"current\"" : "") + ">"
                + Entities.escape(p.title()) + "</a></li>";
    }
}
