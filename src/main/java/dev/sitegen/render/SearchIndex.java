package dev.sitegen.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The site's search: one entry per section of every page (its heading and its prose, code
 * left out), written as a script ({@code search-index.js}) so that search works with the
 * site opened from disk, where a page may not fetch a file; and lunr, from its WebJar, which
 * builds the index in the browser and answers queries.
 */
final class SearchIndex {

    /** lunr 2.3.9 (MIT), from the {@code org.webjars.npm:lunr} dependency. */
    private static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

    /**
     * One section: its page, its anchor, its heading, and its distinct words (what is
     * searched; each once, to keep the index small).
     */
    record Entry(String pageUrl, String pageTitle, String anchor, String section, String words) {
    }

    /** Words too common to narrow a search down. */
    private static final java.util.Set<String> COMMON = java.util.Set.of("the", "and", "for", "that", "this", "with", "are", "was",
            "not", "but", "its", "can", "has", "have", "from", "into", "one", "all", "any", "each", "which", "when", "what", "than",
            "then", "there", "their", "they", "them", "you", "your", "does", "only", "also", "more", "same", "other", "here", "how");

    private SearchIndex() {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");
    private static final Pattern YEAR_LIKE = Pattern.compile("\\d{4,}");
    private static final Pattern ENDING = Pattern.compile("(ing|ed|es|s)$");

    /** The pages' entries in page order; each page's found on its own, in parallel. */
    static List<Entry> entries(List<ParsedPage> pages) {
        return pages.parallelStream().map(SearchIndex::entries).flatMap(List::stream).toList();
    }

    private static List<Entry> entries(ParsedPage p) {
        List<Entry> entries = new ArrayList<>();
        String out = p.page().outputPath();
        String anchor = "";
        String section = "";
        StringBuilder text = new StringBuilder();
        for (Node node : p.document().getChildren()) {
            if (node instanceof Heading h && h.getLevel() <= 3) {
                add(entries, out, anchor, p.title(), section, text);
                section = h.getLevel() == 1 ? "" : new TextCollectingVisitor().collectAndGetText(h).strip();
                anchor = h.getLevel() == 1 ? "" : "#" + p.headingIds().getOrDefault(h, "");
                text.setLength(0);
            } else if (!(node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock)) {
                text.append(' ').append(SPACES.matcher(new TextCollectingVisitor().collectAndGetText(node)).replaceAll(" ").strip());
            }
        }
        add(entries, out, anchor, p.title(), section, text);
        return entries;
    }

    private static void add(List<Entry> entries, String out, String anchor, String page, String section, StringBuilder text) {
        String prose = text.toString().strip();
        if (prose.isEmpty() && section.isEmpty()) return;
        // one form of each word: lunr reduces "threads", "threaded" and "threading" to "thread" anyway
        java.util.Map<String, String> words = new java.util.LinkedHashMap<>();
        for (String w : NOT_A_WORD.split(prose.toLowerCase(java.util.Locale.ROOT))) {
            if (w.length() > 2 && !COMMON.contains(w) && !YEAR_LIKE.matcher(w).matches()) words.putIfAbsent(ENDING.matcher(w).replaceFirst(""), w);
        }
        entries.add(new Entry(out, page, anchor, section, String.join(" ", words.values())));
    }

    /**
     * {@code {"pages": [[url, title], ...], "sections": [[page, anchor, heading, words], ...]}}:
     * arrays, not objects, so that no key is repeated a hundred times.
     */
    static SiteFile script(List<ParsedPage> pages) {
        Gson gson = new GsonBuilder().disableHtmlEscaping().create();
        List<List<String>> pageRows = new ArrayList<>();
        List<List<Object>> sectionRows = new ArrayList<>();
        java.util.Map<String, Integer> pageIndex = new java.util.LinkedHashMap<>();
        for (Entry e : entries(pages)) {
            Integer n = pageIndex.computeIfAbsent(e.pageUrl(), url -> {
                pageRows.add(List.of(url, e.pageTitle()));
                return pageRows.size() - 1;
            });
            sectionRows.add(List.of(n, e.anchor(), e.section(), e.words()));
        }
        java.util.Map<String, Object> index = new java.util.LinkedHashMap<>(); // Map.of would order the keys differently from run to run
        index.put("pages", pageRows);
        index.put("sections", sectionRows);
        String json = gson.toJson(index).replace("</", "<\\/");
        return new SiteFile.Generated("search-index.js",
                ("window.SITEGEN_SEARCH = " + json + ";\n").getBytes(StandardCharsets.UTF_8));
    }

    static SiteFile lunr() {
        try (InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(LUNR)) {
            if (in == null) throw new IllegalStateException("lunr is missing from the class path: " + LUNR);
            return new SiteFile.Generated("assets/lunr.min.js", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
