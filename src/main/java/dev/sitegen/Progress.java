package dev.sitegen;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.sitegen.diag.Diagnostic;
import org.jspecify.annotations.Nullable;

/** What the pipeline tells its user while it works; the command line prints it. */
public interface Progress {

    /** How an example ended, as a progress line says it. */
    enum Status { PASSED, FAILED, REUSED }

    /** What the build is about to do: {@code Building 14 pages, 60 examples}. */
    void heading(String text);

    /**
     * One example, as soon as its verdict is known.
     *
     * @param duration its runs' wall-clock time; null when it did not run now
     * @param note     a word on it (its first problem, "reused", "10 runs"); null for none
     */
    void example(Status status, String where, String mode, @Nullable Duration duration, @Nullable String note);

    /** Why an example ran or was reused ({@code -Dsitegen.verbose}). */
    void note(String text);

    /** The end of the build: counts, the state of the site, then every problem. */
    void summary(Summary summary);

    /**
     * @param examples the examples the build selected
     * @param reused   of those, how many were taken from their records
     * @param errors   distinct errors
     * @param siteNote what became of the site folder
     * @param problems every problem, sorted by position
     */
    record Summary(int examples, int failed, int reused, int errors, Duration elapsed, String siteNote, List<Diagnostic> problems) {

        public Summary {
            Objects.requireNonNull(elapsed, "elapsed");
            Objects.requireNonNull(siteNote, "siteNote");
            problems = List.copyOf(problems);
        }
    }
}
