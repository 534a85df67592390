package dev.sitegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.Suggestions;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExtractedPage;

/**
 * What {@code -Dsitegen.only} selects: everything, one page ({@code threads/join.md}) or
 * one example id.
 */
record Selection(Optional<String> only, Set<String> pages, Set<String> exampleIds) {

    static Selection of(Optional<String> only, List<ExtractedPage> all, Reporter reporter) {
        if (only.isEmpty()) return new Selection(only, Set.of(), Set.of());
        String value = only.get().replace('\\', '/');
        for (ExtractedPage p : all) {
            if (p.page().path().equals(value) || p.page().file().equals(value)) return new Selection(only, Set.of(p.page().path()), Set.of());
            for (Example e : p.examples()) {
                if (e.id().equals(value)) return new Selection(only, Set.of(p.page().path()), Set.of(e.id()));
            }
        }
        List<String> candidates = new ArrayList<>();
        for (ExtractedPage p : all) {
            candidates.add(p.page().path());
            p.examples().forEach(e -> candidates.add(e.id()));
        }
        reporter.report(Diagnostic.error(null, "-Dsitegen.only=" + value + " names no page and no example id")
                .withHint(Suggestions.closest(value, candidates).map(s -> "did you mean `" + s + "`?")
                        .orElse("give a page path under the content directory, e.g. " + (all.isEmpty() ? "index.md" : all.getFirst().page().path())
                                + ", or an example id")));
        return new Selection(only, Set.of("\u0000nothing"), Set.of());
    }

    boolean isAll() {
        return only.isEmpty();
    }

    boolean includesPage(String page) {
        return isAll() || pages.contains(page);
    }

    boolean includes(Example e) {
        return includesPage(e.page()) && (exampleIds.isEmpty() || exampleIds.contains(e.id()));
    }

    /** Whether a file of the site belongs to the selection (a selected page's HTML). */
    boolean includesOutput(String sitePath) {
        return isAll() || pages.stream().map(p -> p.substring(0, p.length() - 3) + ".html").collect(Collectors.toSet()).contains(sitePath);
    }

    /** {@code 14 pages, 60 examples}, or {@code threads/join.md (4 examples)} for a selection. */
    String describe(int examples, int pageCount) {
        String count = examples + (examples == 1 ? " example" : " examples");
        return isAll() ? pageCount + (pageCount == 1 ? " page, " : " pages, ") + count : only.get() + " (" + count + ")";
    }
}
