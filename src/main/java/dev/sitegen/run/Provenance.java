package dev.sitegen.run;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * What produced an example's output, and when: recorded with the run, so a reader can
 * tell a two-core laptop's interleaving from a server's, and a rebuild from records
 * shows the same line.
 *
 * @param runtime  {@code JDK 25.0.3} or {@code Python 3.11}
 * @param os       the operating system's name, as the JVM reports it ({@code Linux})
 * @param arch     the processor architecture ({@code amd64}, {@code aarch64})
 * @param cores    the processors the runtime could use
 * @param recorded the day of the run, in UTC
 */
public record Provenance(String runtime, String os, String arch, int cores, LocalDate recorded) {

    public Provenance {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(arch, "arch");
        Objects.requireNonNull(recorded, "recorded");
        if (cores < 1) throw new IllegalArgumentException("cores must be >= 1");
    }

    /** This machine today, running {@code runtime}. Examples run on the build's own JDK ({@code java.home}). */
    public static Provenance here(String runtime) {
        return new Provenance(runtime, System.getProperty("os.name", "unknown"), System.getProperty("os.arch", "unknown"),
                Runtime.getRuntime().availableProcessors(), LocalDate.now(ZoneOffset.UTC));
    }

    /** The build's JDK as readers know it: {@code JDK 25.0.3}. */
    public static String jdk() {
        Runtime.Version v = Runtime.version();
        return String.format(Locale.ROOT, "JDK %d.%d.%d", v.feature(), v.interim(), v.update());
    }

    /** {@code recorded 2026-12-01 · JDK 25.0.3 · Linux amd64 · 2 cores} */
    public String text() {
        return "recorded " + recorded + " · " + runtime + " · " + os + " " + arch + " · " + cores + (cores == 1 ? " core" : " cores");
    }
}
