package dev.sitegen.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import dev.sitegen.compile.Program;
import dev.sitegen.extract.Example;
import org.jspecify.annotations.Nullable;

/**
 * Runs compiled examples, each run in a fresh JVM ({@code python run} blocks in a fresh
 * {@code python3}), up to {@code parallelism} at once;
 * {@code exclusive} examples afterwards, alone. Examples expected to hang start first,
 * since they take their whole timeout.
 */
public final class ExampleRunner {

    /**
     * An example to run: its compiled program, or, for a {@code python run} block, the
     * interpreter that runs its source. Exactly one of the two.
     */
    public record Job(Example example, @Nullable Program program, @Nullable PythonInterpreter python) {

        public Job {
            if ((program == null) == (python == null)) throw new IllegalArgumentException("a job runs a compiled program or a script");
        }

        /** A Java example and its compiled program. */
        public Job(Example example, Program program) {
            this(example, program, null);
        }

        /** A {@code python run} block and the interpreter that runs it. */
        public Job(Example example, PythonInterpreter python) {
            this(example, null, python);
        }
    }

    private final Path javaHome;
    private final Path workDir;
    private final int parallelism;
    private final Path launcherDir;
    private final boolean setsid;
    private final java.util.concurrent.atomic.AtomicInteger runNumber = new java.util.concurrent.atomic.AtomicInteger();
    private LiveProcesses live;

    public ExampleRunner(Path javaHome, Path workDir, int parallelism) {
        this.javaHome = javaHome;
        this.workDir = workDir;
        this.parallelism = parallelism;
        this.launcherDir = LauncherClasses.ensure(workDir.resolve("launcher"));
        this.setsid = Stream.of("/usr/bin/setsid", "/bin/setsid").anyMatch(p -> Files.isExecutable(Path.of(p)));
    }

    /**
     * @param onDone called, from any thread, with each example's runs as soon as all of them ended
     * @return every example's runs, in the order of {@code jobs}
     */
    public Map<Example, List<RunResult>> run(List<Job> jobs, BiConsumer<Example, List<RunResult>> onDone) throws InterruptedException {
        return run(jobs, 1, onDone);
    }

    /**
     * Runs each job {@code times} times its {@code runs=}, every run in a fresh process
     * ({@code -Dsitegen.repeat}).
     *
     * @param onDone called, from any thread, with each example's runs as soon as all of them ended
     * @return every example's runs, in the order of {@code jobs}
     */
    public Map<Example, List<RunResult>> run(List<Job> jobs, int times, BiConsumer<Example, List<RunResult>> onDone) throws InterruptedException {
        if (times < 1) throw new IllegalArgumentException("times must be >= 1: " + times);
        Map<Example, AtomicReferenceArray<RunResult>> results = new LinkedHashMap<>();
        for (Job job : jobs) results.put(job.example(), new AtomicReferenceArray<>(runsOf(job, times)));

        List<Job> shared = jobs.stream().filter(j -> !j.example().attrs().exclusive())
                .sorted(Comparator.comparing((Job j) -> !j.example().attrs().expectTimeout())).toList();
        List<Job> exclusive = jobs.stream().filter(j -> j.example().attrs().exclusive()).toList();
        try (LiveProcesses live = new LiveProcesses(setsid)) {
            this.live = live;
            execute(shared, parallelism, times, results, onDone);
            for (Job job : exclusive) execute(List.of(job), 1, times, results, onDone);
        }

        Map<Example, List<RunResult>> all = new LinkedHashMap<>();
        results.forEach((example, runs) -> all.put(example, toList(runs)));
        return all;
    }

    private void execute(List<Job> jobs, int threads, int times, Map<Example, AtomicReferenceArray<RunResult>> results,
                         BiConsumer<Example, List<RunResult>> onDone) throws InterruptedException {
        if (jobs.isEmpty()) return;
        Map<Example, java.util.concurrent.atomic.AtomicInteger> left = new LinkedHashMap<>();
        for (Job job : jobs) left.put(job.example(), new java.util.concurrent.atomic.AtomicInteger(runsOf(job, times)));
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("example-runner-", 1).daemon().factory())) {
            List<Future<?>> futures = new ArrayList<>();
            for (Job job : jobs) {
                for (int i = 0; i < runsOf(job, times); i++) {
                    int index = i;
                    futures.add(pool.submit(() -> {
                        RunResult result = runOnce(job, index);
                        AtomicReferenceArray<RunResult> runs = results.get(job.example());
                        runs.set(index, result);
                        if (left.get(job.example()).decrementAndGet() == 0) onDone.accept(job.example(), toList(runs));
                        return null;
                    }));
                }
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
    }

    private static int runsOf(Job job, int times) {
        return job.example().attrs().runs() * times;
    }

    private static List<RunResult> toList(AtomicReferenceArray<RunResult> runs) {
        List<RunResult> list = new ArrayList<>();
        for (int i = 0; i < runs.length(); i++) if (runs.get(i) != null) list.add(runs.get(i));
        return list;
    }

    private RunResult runOnce(Job job, int index) throws InterruptedException {
        if (job.python() != null) return runScript(job.example(), job.python());
        Example e = job.example();
        int number = runNumber.incrementAndGet(); // ids may repeat in a bad build
        Path dir = workDir.resolve("runs").resolve(Integer.toString(number));
        Path tmp = workDir.resolve("tmp").resolve(Integer.toString(number)).toAbsolutePath();
        try {
            deleteTree(dir);
            deleteTree(tmp);
            Files.createDirectories(dir);
            Files.createDirectories(tmp);
            var launch = new ProcessSupervisor.Launch(JvmCommand.of(javaHome, launcherDir, job.program(), e.attrs(), tmp, setsid),
                    JvmCommand.environment(javaHome, dir, tmp), dir, e.attrs().stdin(), e.attrs().timeout(), setsid);
            ProcessSupervisor.Ended outcome = new ProcessSupervisor(javaHome, live).run(launch);
            OutputMapper mapper = new OutputMapper(job.program().sourceMap());
            List<Chunk> chunks = outcome.output().chunks().stream().map(c -> new Chunk(c.stream(), mapper.apply(c.text()))).toList();
            Optional<ThreadDump> dump = outcome.threadDump().map(raw -> ThreadDumps.reduce(raw.threadPrint(), raw.json(), mapper::apply));
            deleteTree(dir);
            deleteTree(tmp);
            return new RunResult(chunks, outcome.output().droppedBytes(), outcome.exitCode(), outcome.duration(), outcome.timedOut(), dump,
                    outcome.output().mainStarted());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot run example " + e.id() + " in " + dir, ex);
        }
    }

    /**
     * Runs a {@code python run} block: its source is written to a file named after its page,
     * outside the empty folder it runs in, and run by the launcher, under the supervision
     * a JVM gets (no thread dump at the timeout: {@code jcmd} knows only JVMs).
     */
    private RunResult runScript(Example e, PythonInterpreter python) throws InterruptedException {
        int number = runNumber.incrementAndGet();
        Path dir = workDir.resolve("runs").resolve(Integer.toString(number));
        Path scriptDir = workDir.resolve("scripts").resolve(Integer.toString(number));
        Path tmp = workDir.resolve("tmp").resolve(Integer.toString(number)).toAbsolutePath();
        try {
            deleteTree(dir);
            deleteTree(scriptDir);
            deleteTree(tmp);
            Files.createDirectories(dir);
            Files.createDirectories(scriptDir);
            Files.createDirectories(tmp);
            Path script = scriptDir.resolve(PythonCommand.scriptName(e.page()));
            Files.writeString(script, e.source(), java.nio.charset.StandardCharsets.UTF_8);
            Path launcher = PythonLauncher.ensure(workDir.resolve("launcher"));
            var launch = new ProcessSupervisor.Launch(PythonCommand.of(python, launcher, script, e.attrs(), setsid),
                    PythonCommand.environment(python, dir, tmp), dir, e.attrs().stdin(), e.attrs().timeout(), setsid, false);
            ProcessSupervisor.Ended outcome = new ProcessSupervisor(javaHome, live).run(launch);
            PythonTraceback mapper = new PythonTraceback(script, launcher, python.stdlib());
            List<Chunk> chunks = outcome.output().chunks().stream().map(c -> new Chunk(c.stream(), mapper.apply(c.text()))).toList();
            deleteTree(dir);
            deleteTree(scriptDir);
            deleteTree(tmp);
            return new RunResult(chunks, outcome.output().droppedBytes(), outcome.exitCode(), outcome.duration(), outcome.timedOut(),
                    Optional.empty(), outcome.output().mainStarted());
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot run example " + e.id() + " in " + dir, ex);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
