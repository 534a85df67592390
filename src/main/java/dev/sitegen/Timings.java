package dev.sitegen;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock time per stage, for report.json. */
final class Timings {

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    Timings() {
        for (String stage : List.of("load", "extract", "compile", "run", "render", "write")) nanos.put(stage, 0L);
    }

    synchronized void add(String stage, long n) {
        nanos.merge(stage, n, Long::sum);
    }

    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    synchronized Map<String, Long> millis() {
        Map<String, Long> ms = new LinkedHashMap<>();
        nanos.forEach((k, v) -> ms.put(k, Duration.ofNanos(v).toMillis()));
        return ms;
    }
}
