package dev.sitegen.run;

import java.util.List;
import java.util.Optional;

import dev.sitegen.compile.CompilerMessage;

/**
 * What the build learned about an example, fresh or recorded: the compiler's errors and
 * the runs. This is what the page shows and what the expectations are checked against.
 *
 * @param compileErrors the compiler's errors; empty when it compiled
 * @param runs          its runs, for {@code run} examples that compiled
 * @param cached        whether it comes from a recorded run
 * @param provenance    what produced it and when; absent in records written before this was kept
 */
public record Evidence(List<CompilerMessage> compileErrors, List<RunResult> runs, boolean cached, Optional<Provenance> provenance) {

    public Evidence {
        compileErrors = List.copyOf(compileErrors);
        runs = List.copyOf(runs);
        java.util.Objects.requireNonNull(provenance, "provenance");
    }

    public Evidence(List<CompilerMessage> compileErrors, List<RunResult> runs, boolean cached) {
        this(compileErrors, runs, cached, Optional.empty());
    }

    public Evidence producedBy(Provenance by) {
        return new Evidence(compileErrors, runs, cached, Optional.of(by));
    }

    public boolean compiled() {
        return compileErrors.isEmpty();
    }

    /** The errors as javac prints them, for a {@code fail} block's panel. */
    public Optional<String> compilerOutput() {
        if (compileErrors.isEmpty()) return Optional.empty();
        StringBuilder sb = new StringBuilder();
        for (CompilerMessage m : compileErrors) sb.append(m.readerText());
        sb.append(compileErrors.size()).append(compileErrors.size() == 1 ? " error\n" : " errors\n");
        return Optional.of(sb.toString());
    }

    public Evidence asCached() {
        return new Evidence(compileErrors, runs, true, provenance);
    }
}
