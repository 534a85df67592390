package dev.sitegen.diag;

import java.time.Duration;
import java.util.Locale;

/** The two ways the build writes a duration: for people to read, and as an author writes it in {@code timeout=}. */
public final class Durations {

    private Durations() {
    }

    /** {@code 183 ms}, {@code 3 s}, {@code 1.5 s}. */
    public static String forReader(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) return ms + " ms";
        if (ms % 1000 == 0) return ms / 1000 + " s";
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** {@code 500ms}, {@code 3s}, {@code 2m}: the attribute syntax, so a message quotes what the author can write. */
    public static String asAttribute(Duration d) {
        long ms = d.toMillis();
        if (ms % 60_000 == 0) return ms / 60_000 + "m";
        if (ms % 1000 == 0) return ms / 1000 + "s";
        return ms + "ms";
    }
}
