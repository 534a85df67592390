package dev.sitegen.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one build, from every stage and thread, so that they can be
 * reported together at the end instead of one at a time.
 */
public final class Reporter {

    private static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.pos() == null ? "" : d.pos().file())
            .thenComparingInt(d -> d.pos() == null ? 0 : d.pos().line())
            .thenComparingInt(d -> d.pos() == null ? 0 : d.pos().column())
            .thenComparing(Diagnostic::message);

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public synchronized void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    public void reportAll(Iterable<Diagnostic> all) {
        for (Diagnostic d : all) report(d);
    }

    public synchronized boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Distinct errors: one cause reported through several examples counts once. */
    public synchronized int errorCount() {
        return (int) diagnostics.stream().filter(Diagnostic::isError).distinct().count();
    }

    /** All problems so far, sorted by file, line and column, duplicates removed. */
    public synchronized List<Diagnostic> sorted() {
        return diagnostics.stream().distinct().sorted(BY_POSITION).toList();
    }
}
