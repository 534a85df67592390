package dev.sitegen;

import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import dev.sitegen.compile.CompileResult;
import dev.sitegen.compile.CompilerMessage;
import dev.sitegen.compile.ExampleCompiler;
import dev.sitegen.compile.Program;
import dev.sitegen.config.Config;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExampleMode;
import dev.sitegen.extract.ExtractedPage;
import dev.sitegen.extract.Language;
import dev.sitegen.extract.Session;
import dev.sitegen.record.Stored;
import dev.sitegen.run.Evidence;
import dev.sitegen.run.ExampleRunner;
import dev.sitegen.run.Provenance;
import dev.sitegen.run.PythonInterpreter;
import dev.sitegen.run.RunResult;
import dev.sitegen.run.SessionSplit;
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
    private final Optional<PythonInterpreter> python;
    private final Provenance javaRuns = Provenance.here(Provenance.jdk());
    private final Optional<Provenance> pythonRuns;
    /**
     * JVM starts from which making the examples' AOT cache (about a second of CPU, once per JDK)
     * pays for itself in the same build; a smaller build uses the cache only if an earlier one made it.
     */
    private static final int CACHE_WORTH_MAKING = 40;

    /**
     * @param done   told of each verdict as it is known, for the progress line
     * @param python the {@code python3} that runs {@code python run} blocks; without it, they fail saying how to install it
     */
    Execution(Config config, Verifier verifier, Frames frames, Timings timings, BiConsumer<Outcome, @Nullable String> done,
              Optional<PythonInterpreter> python) {
        this.config = config;
        this.verifier = verifier;
        this.frames = frames;
        this.timings = timings;
        this.done = done;
        this.python = python;
        this.pythonRuns = python.map(p -> Provenance.here("Python " + p.version()));
    }

    Map<Example, Result> run(List<ExtractedPage> pages, List<Example> toRun) {
        return run(pages, toRun, 1);
    }

    /**
     * @param times how many times each example runs its {@code runs=} ({@code -Dsitegen.repeat});
     *              every run is judged, so one that breaks the expectation fails the example
     */
    Map<Example, Result> run(List<ExtractedPage> pages, List<Example> toRun, int times) {
        Map<Example, Result> results = new ConcurrentHashMap<>();
        if (toRun.isEmpty()) return results;
        Map<Example, Session> sessionJobs = new ConcurrentHashMap<>(); // read by the runners while sessions are still added
        ExampleRunner runner = new ExampleRunner(config.javaHome(), config.work(), config.parallelism(), config.aotCache());
        long jvms = toRun.stream().filter(e -> isJava(e) && e.mode() == ExampleMode.RUN && e.session().isEmpty())
                .mapToLong(e -> (long) e.attrs().runs() * times).sum(); // sessions aside: a handful of JVMs at most
        ExampleRunner.Runs runs = runner.start(times, jvms >= CACHE_WORTH_MAKING, (e, done) -> finish(e, done, sessionJobs.get(e), results));
        try (runs) {
            for (Example e : toRun) {
                if (isJava(e) || e.session().isPresent()) continue;
                if (python.isPresent()) runs.submit(new ExampleRunner.Job(e, python.get()));
                else finish(e, new Evidence(List.of(noPython(e)), List.of(), false), results);
            }
            // an example runs as soon as it has compiled, while the others compile
            Set<Example> started = new HashSet<>();
            Map<Example, CompileResult> compiled = timings.time("compile",
                    () -> new ExampleCompiler(config.work().resolve("classes")).compile(
                            pages.stream().flatMap(p -> p.examples().stream()).filter(Execution::isJava).toList(), toRun::contains, ready -> {
                                Example e = ready.example();
                                if (e.mode() != ExampleMode.RUN || !toRun.contains(e)) return;
                                started.add(e);
                                runs.submit(new ExampleRunner.Job(e, ready.program().orElseThrow()));
                            }));
            runs.compiled();
            for (Session session : sessions(pages, toRun)) {
                List<Example> program = session.program();
                Optional<Program> whole = program.isEmpty() ? Optional.empty() : compiled.get(program.getFirst()).program();
                if (whole.isPresent() && session.runs()) {
                    sessionJobs.put(session.first(), session);
                    runs.submit(new ExampleRunner.Job(session.first(), whole.get()));
                    session.blocks().stream().filter(b -> b.mode() == ExampleMode.FAIL)
                            .forEach(b -> finish(b, new Evidence(compiled.get(b).errors(), List.of(), false), results));
                } else {
                    // not run: it did not compile, or it has no `run` block
                    for (Example b : session.blocks()) finish(b, new Evidence(compiled.get(b).errors(), List.of(), false), results);
                }
            }
            for (Example e : toRun) {
                if (e.session().isPresent() || !isJava(e) || started.contains(e)) continue;
                CompileResult c = compiled.get(e);
                if (e.mode() == ExampleMode.RUN && c.compiled()) runs.submit(new ExampleRunner.Job(e, c.program().orElseThrow()));
                else finish(e, new Evidence(c.errors(), List.of(), false), results);
            }
            runs.finish();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running examples", ex);
        } finally {
            // from the first run's start to the last one's end: it overlaps the compile stage
            timings.add("run", runs.elapsedNanos());
        }
        return results;
    }

    /** An example's runs are over: a session's single program is split back into its blocks. */
    private void finish(Example e, List<RunResult> runs, @Nullable Session session, Map<Example, Result> results) {
        if (session == null) {
            finish(e, new Evidence(List.of(), runs, false), results);
            return;
        }
        List<Example> program = session.program();
        List<List<RunResult>> parts = new ArrayList<>();
        for (int i = 0; i < program.size(); i++) parts.add(new ArrayList<>());
        for (RunResult run : runs) {
            List<RunResult> split = SessionSplit.split(run, program.size());
            for (int i = 0; i < program.size(); i++) parts.get(i).add(split.get(i));
        }
        for (int i = 0; i < program.size(); i++) finish(program.get(i), new Evidence(List.of(), parts.get(i), false), results);
    }

    /** The sessions with a block to run, in page order. */
    private static List<Session> sessions(List<ExtractedPage> pages, List<Example> toRun) {
        return pages.stream().flatMap(p -> p.sessions().stream())
                .filter(s -> s.blocks().stream().anyMatch(toRun::contains)).toList();
    }

    private static boolean isJava(Example e) {
        return e.language() == Language.JAVA;
    }

    /** Why a {@code python run} block could not run, where the author wrote it. */
    private static CompilerMessage noPython(Example e) {
        String message = "there is no " + PythonInterpreter.COMMAND + " on the PATH, so this `" + e.language().word() + " run` block cannot run";
        return new CompilerMessage(e.pos(), message, "", message + "\n",
                "install Python 3 (on Debian or Ubuntu: `apt-get install python3`; otherwise from https://www.python.org/downloads/)"
                        + " and put `python3` on the PATH; a site without `python run` blocks never needs it");
    }

    private void finish(Example e, Evidence unsigned, Map<Example, Result> results) {
        Optional<Provenance> by = isJava(e) ? Optional.of(javaRuns) : pythonRuns;
        Evidence raw = by.map(unsigned::producedBy).orElse(unsigned);
        Outcome outcome = verifier.verify(e, frames.resolve(e, raw));
        results.put(e, new Result(Stored.of(raw), outcome));
        done.accept(outcome, null);
    }
}
