package dev.sitegen.render;

import java.util.Comparator;
import java.util.List;

/** The pages in reading order: by front-matter {@code order}, the home page first when it has none, then by path. */
final class Navigation {

    private final List<ParsedPage> ordered;
    private final java.util.Map<ParsedPage, Integer> index = new java.util.IdentityHashMap<>();

    Navigation(List<ParsedPage> pages) {
        this.ordered = pages.stream().sorted(Comparator
                .comparingDouble((ParsedPage p) -> p.page().front().order().orElse(
                        p.page().path().equals("index.md") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY))
                .thenComparing(p -> p.page().path())).toList();
        for (int i = 0; i < ordered.size(); i++) index.put(ordered.get(i), i);
    }

    List<ParsedPage> pages() {
        return ordered;
    }

    int indexOf(ParsedPage page) {
        return index.getOrDefault(page, -1);
    }
}
