package dev.sitegen.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.nodes.Entities;

import dev.sitegen.load.SiteSettings;
import org.jspecify.annotations.Nullable;

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
    /** Each page's part title, or null; consecutive pages of one part form a section. */
    private final List<@Nullable String> parts = new ArrayList<>();
    private final Map<ParsedPage, Integer> index = new IdentityHashMap<>();
    private final Map<Integer, List<String>> itemsByDepth = new ConcurrentHashMap<>();
    /** Where each page's entry is among the items (section openings and closings are items too). */
    private final int[] itemOfPage;

    NavHtml(Navigation navigation, SiteSettings settings) {
        this.pages = navigation.pages();
        for (int i = 0; i < pages.size(); i++) {
            index.put(pages.get(i), i);
            parts.add(settings.partOf(pages.get(i).page().path()).orElse(null));
        }
        itemOfPage = new int[pages.size()];
        int item = 0;
        for (int i = 0; i < pages.size(); i++) {
            if (opensSection(i)) item++;
            itemOfPage[i] = item++;
            if (closesSection(i)) item++;
        }
    }

    private boolean opensSection(int i) {
        return parts.get(i) != null && (i == 0 || !parts.get(i).equals(parts.get(i - 1)));
    }

    private boolean closesSection(int i) {
        return parts.get(i) != null && (i == pages.size() - 1 || !parts.get(i).equals(parts.get(i + 1)));
    }

    /** The {@code <ul>} for {@code current}, its entry marked {@code aria-current="page"}. */
    String forPage(ParsedPage current) {
        String out = current.page().outputPath();
        List<String> items = itemsByDepth.computeIfAbsent(Links.depth(out), this::items);
        int page = index.getOrDefault(current, -1);
        int at = page < 0 ? -1 : itemOfPage[page];
        StringBuilder sb = new StringBuilder(items.stream().mapToInt(String::length).sum() + 64).append("<ul>");
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == at ? item(current, out, true) : items.get(i));
        }
        return sb.append("</ul>").toString();
    }

    private List<String> items(int depth) {
        String from = "x/".repeat(depth) + "page.html";
        List<String> items = new ArrayList<>(pages.size() + 2 * parts.size());
        for (int i = 0; i < pages.size(); i++) {
            if (opensSection(i)) {
                items.add("<li class=\"nav-part\"><span class=\"nav-part-title\">" + Entities.escape(parts.get(i)) + "</span><ul>");
            }
            items.add(item(pages.get(i), from, false));
            if (closesSection(i)) items.add("</ul></li>");
        }
        return items;
    }

    private static String item(ParsedPage p, String from, boolean current) {
        String href = Entities.escape(Links.relative(from, p.page().outputPath()));
        return "<li><a href=\"" + href + "\"" + (current ? " aria-current=\"page\" class=\"current\"" : "") + ">"
                + Entities.escape(p.title()) + "</a></li>";
    }
}
