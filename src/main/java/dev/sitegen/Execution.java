package dev.sitegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import dev.sitegen.compile.CompileResult;
import dev.sitegen.compile.ExampleCompiler;
import dev.sitegen.config.Config;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExampleMode;
import dev.sitegen.extract.ExtractedPage;
import dev.sitegen.record.Stored;
import dev.sitegen.run.Evidence;
import dev.sitegen.run.ExampleRunner;
import dev.sitegen.verify.Outcome;
import dev.sitegen.verify.Verifier;
import org.jspecify.annotations.Nullable;

/** Compiles and runs the examples a build does not reuse, and judges each as soon as it ends. */
final class Execution {

    private final Config config;
    private final Verifier verifier;
    private final Frames frames;
    private final Timings timings;
    private final BiConsumer<Outcome, @Nullable String> done;

    /** @param done told of each verdict as it is known, for the progress line */
    Execution(Config config, Verifier verifier, Frames frames, Timings timings, BiConsumer<Outcome, @Nullable String> done) {
        this.config = config;
        this.verifier = verifier;
        this.frames = frames;
        this.timings = timings;
        this.done = done;
    }

    Map<Example, Result> run(List<ExtractedPage> pages, List<Example> toRun) {
        Map<Example, Result> results = new ConcurrentHashMap<>();
        if (toRun.isEmpty()) return results;
        Map<Example, CompileResult> compiled = timings.time("compile",
                () -> new ExampleCompiler(config.work().resolve("classes")).compile(
                        pages.stream().flatMap(p -> p.examples().stream()).toList(), toRun::contains));

        List<ExampleRunner.Job> jobs = new ArrayList<>();
        for (Example e : toRun) {
            CompileResult c = compiled.get(e);
            if (e.mode() == ExampleMode.RUN && c.compiled()) {
                jobs.add(new ExampleRunner.Job(e, c.program().orElseThrow()));
            } else {
                finish(e, new Evidence(c.errors(), List.of(), false), results);
            }
        }
        long start = System.nanoTime();
        try {
            new ExampleRunner(config.javaHome(), config.work(), config.parallelism())
                    .run(jobs, (e, runs) -> finish(e, new Evidence(List.of(), runs, false), results));
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running examples", ex);
        } finally {
            timings.add("run", System.nanoTime() - start);
        }
        return results;
    }

    private void finish(Example e, Evidence raw, Map<Example, Result> results) {
        Outcome outcome = verifier.verify(e, frames.resolve(e, raw));
        results.put(e, new Result(Stored.of(raw), outcome));
        done.accept(outcome, null);
    }
}
