package dev.sitegen.render;

import java.nio.charset.StandardCharsets;
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
 * once per folder depth, as UTF-8, and each page gets a copy with its own entry marked,
 * rather than building and serialising N elements for every page.
 */
final class NavHtml {

    /** Stands for the list in a page until it is serialised. */
    static final String MARKER = "<!--sitegen-nav-->";

    private final List<ParsedPage> pages;
    /** Each page's part title, or null; consecutive pages of one part form a section. */
    private final List<@Nullable String> parts = new ArrayList<>();
    private final Map<ParsedPage, Integer> index = new IdentityHashMap<>();
    private final Map<Integer, Encoded> encodedByDepth = new ConcurrentHashMap<>();
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

    /**
     * The page's HTML as UTF-8, with {@link #MARKER} replaced by the list for {@code current},
     * its entry marked {@code aria-current="page"}.
     * The list is most of a large site's bytes, so it is kept encoded, once per depth, and
     * copied around the current page's entry rather than built and encoded as text per page.
     */
    byte[] insert(String html, ParsedPage current) {
        String out = current.page().outputPath();
        Encoded list = encodedByDepth.computeIfAbsent(Links.depth(out), this::encode);
        int page = index.getOrDefault(current, -1);
        int at = page < 0 ? -1 : itemOfPage[page];
        byte[] mine = at < 0 ? new byte[0] : item(current, out, true).getBytes(StandardCharsets.UTF_8);
        int cut = at < 0 ? 0 : list.end[at] - list.start[at];
        int cutFrom = at < 0 ? 0 : list.start[at];
        List<byte[]> parts = new ArrayList<>();
        for (int from = 0, marker; from <= html.length(); from = marker + MARKER.length()) {
            marker = html.indexOf(MARKER, from);
            parts.add(html.substring(from, marker < 0 ? html.length() : marker).getBytes(StandardCharsets.UTF_8));
            if (marker < 0) break;
        }
        int listLength = list.bytes.length - cut + mine.length;
        int length = (parts.size() - 1) * listLength;
        for (byte[] part : parts) length += part.length;
        byte[] result = new byte[length];
        int pos = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                System.arraycopy(list.bytes, 0, result, pos, cutFrom);
                pos += cutFrom;
                System.arraycopy(mine, 0, result, pos, mine.length);
                pos += mine.length;
                System.arraycopy(list.bytes, cutFrom + cut, result, pos, list.bytes.length - cutFrom - cut);
                pos += list.bytes.length - cutFrom - cut;
            }
            System.arraycopy(parts.get(i), 0, result, pos, parts.get(i).length);
            pos += parts.get(i).length;
        }
        return result;
    }

    /** The whole list for one depth as UTF-8, and where each item's bytes start and end. */
    private record Encoded(byte[] bytes, int[] start, int[] end) {
    }

    private Encoded encode(int depth) {
        List<String> items = items(depth);
        List<byte[]> encoded = items.stream().map(i -> i.getBytes(StandardCharsets.UTF_8)).toList();
        byte[] open = "<ul>".getBytes(StandardCharsets.UTF_8);
        byte[] close = "</ul>".getBytes(StandardCharsets.UTF_8);
        int length = open.length + close.length;
        for (byte[] b : encoded) length += b.length;
        byte[] bytes = new byte[length];
        int[] start = new int[items.size()];
        int[] end = new int[items.size()];
        System.arraycopy(open, 0, bytes, 0, open.length);
        int pos = open.length;
        for (int i = 0; i < encoded.size(); i++) {
            start[i] = pos;
            System.arraycopy(encoded.get(i), 0, bytes, pos, encoded.get(i).length);
            pos += encoded.get(i).length;
            end[i] = pos;
        }
        System.arraycopy(close, 0, bytes, pos, close.length);
        return new Encoded(bytes, start, end);
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
