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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import dev.sitegen.compile.Program;
import dev.sitegen.extract.Example;
import org.jspecify.annotations.Nullable;

/**
 * Runs compiled examples, each run in a fresh JVM ({@code python run} blocks in a fresh
 * {@code python3}), up to {@code parallelism} at once;
 * {@code exclusive} examples afterwards, alone. Examples expected to hang start first among
 * those waiting, since they take their whole timeout. Jobs can keep coming while earlier
 * ones run ({@link #start}).
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
    private final AtomicInteger runNumber = new AtomicInteger();
    private final Optional<Path> aotFolder;

    public ExampleRunner(Path javaHome, Path workDir, int parallelism) {
        this(javaHome, workDir, parallelism, Optional.empty());
    }

    /** @param aotFolder where the examples' {@link AotCache} is kept across builds; empty to start them without one */
    public ExampleRunner(Path javaHome, Path workDir, int parallelism, Optional<Path> aotFolder) {
        this.aotFolder = aotFolder;
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
        try (Runs runs = start(times, false, onDone)) {
            jobs.forEach(runs::submit);
            return runs.finish();
        }
    }

    /**
     * Starts running: jobs {@link Runs#submit submitted} from now on start as soon as a
     * place is free, so examples can run while others still compile.
     *
     * @param times     how many times each job runs its {@code runs=}, every run in a fresh process
     * @param makeCache  make the examples' AOT cache if it is missing, beside the first runs (worth its
     *                   second of CPU only when many JVMs will start); the runs that start before it is
     *                   ready start without it
     * @param onDone     called, from any thread, with each example's runs as soon as all of them ended
     */
    public Runs start(int times, boolean makeCache, BiConsumer<Example, List<RunResult>> onDone) {
        if (times < 1) throw new IllegalArgumentException("times must be >= 1: " + times);
        return new Runs(times, makeCache, onDone);
    }

    /**
     * The runs of one build: up to {@code parallelism} at once, examples expected to hang
     * first among those waiting (they take their whole timeout), {@code exclusive} ones
     * at the end, alone. Closing it ends every example process still running.
     */
    public final class Runs implements AutoCloseable {

        private final int times;
        private final BiConsumer<Example, List<RunResult>> onDone;
        private final Map<Example, AtomicReferenceArray<RunResult>> results = new LinkedHashMap<>();
        private final List<Job> exclusive = new ArrayList<>();
        private final List<CompletableFuture<Void>> shared = new ArrayList<>();
        private final AtomicLong order = new AtomicLong();
        private @Nullable Long firstSubmit;
        private @Nullable Long lastEnd;
        private final LiveProcesses live = new LiveProcesses(setsid);
        /** One place fewer while the generator compiles beside the runs, so that examples never get less than a core each. */
        private final ThreadPoolExecutor pool = new ThreadPoolExecutor(Math.max(1, parallelism - 1), parallelism, 0, TimeUnit.SECONDS,
                new PriorityBlockingQueue<>(), Thread.ofPlatform().name("example-runner-", 1).daemon().factory());

        private volatile Optional<AotCache> cache = Optional.empty();
        private final @Nullable Thread maker;

        private Runs(int times, boolean makeCache, BiConsumer<Example, List<RunResult>> onDone) {
            this.times = times;
            this.onDone = onDone;
            Optional<AotCache> ready = aotFolder.flatMap(folder -> AotCache.existing(javaHome, folder));
            if (ready.isPresent() || aotFolder.isEmpty() || !makeCache) {
                cache = ready;
                maker = null;
            } else {
                Path folder = aotFolder.get();
                maker = Thread.ofPlatform().daemon().name("sitegen-aot-cache").start(() -> cache = AotCache.ensure(javaHome, folder, live));
            }
        }

        /** The compile is over: every place runs examples from now on. */
        public void compiled() {
            pool.setCorePoolSize(parallelism);
        }

        /** Queues every run of the job; an {@code exclusive} one waits for {@link #finish()}. */
        public synchronized void submit(Job job) {
            if (firstSubmit == null) firstSubmit = System.nanoTime();
            int count = runsOf(job, times);
            AtomicReferenceArray<RunResult> runs = new AtomicReferenceArray<>(count);
            results.put(job.example(), runs);
            if (job.example().attrs().exclusive()) {
                exclusive.add(job);
                return;
            }
            AtomicInteger left = new AtomicInteger(count);
            for (int i = 0; i < count; i++) shared.add(queue(job, i, runs, left));
        }

        /**
         * Waits for every shared run, then runs each {@code exclusive} job alone.
         *
         * @return every example's runs, in the order they were submitted
         */
        public Map<Example, List<RunResult>> finish() throws InterruptedException {
            compiled();
            awaitAll(snapshot());
            if (maker != null) maker.join(); // nothing the build started outlives it
            List<Job> alone;
            synchronized (this) {
                alone = List.copyOf(exclusive);
            }
            for (Job job : alone) {
                AtomicReferenceArray<RunResult> runs = results.get(job.example());
                AtomicInteger left = new AtomicInteger(runs.length());
                for (int i = 0; i < runs.length(); i++) awaitAll(List.of(queue(job, i, runs, left)));
            }
            Map<Example, List<RunResult>> all = new LinkedHashMap<>();
            synchronized (this) {
                lastEnd = System.nanoTime();
                results.forEach((example, runs) -> all.put(example, toList(runs)));
            }
            return all;
        }

        /** From the first job's submission to the end of {@link #finish()}, or to now; 0 when nothing was submitted. */
        public synchronized long elapsedNanos() {
            if (firstSubmit == null) return 0;
            return (lastEnd == null ? System.nanoTime() : lastEnd) - firstSubmit;
        }

        private synchronized List<CompletableFuture<Void>> snapshot() {
            return List.copyOf(shared);
        }

        private CompletableFuture<Void> queue(Job job, int index, AtomicReferenceArray<RunResult> runs, AtomicInteger left) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            pool.execute(new QueuedRun(job.example().attrs().expectTimeout(), order.getAndIncrement(), () -> {
                try {
                    runs.set(index, runOnce(job, index, live, cache));
                    if (left.decrementAndGet() == 0) onDone.accept(job.example(), toList(runs));
                    done.complete(null);
                } catch (Throwable t) {
                    done.completeExceptionally(t);
                }
            }));
            return done;
        }

        private void awaitAll(List<CompletableFuture<Void>> futures) throws InterruptedException {
            for (CompletableFuture<Void> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    if (e.getCause() instanceof InterruptedException i) throw i;
                    throw new IllegalStateException(e.getCause());
                }
            }
        }

        /** Stops what has not started, interrupts what runs, and ends every example process. */
        @Override
        public void close() {
            if (maker != null && maker.isAlive()) {
                maker.interrupt(); // the cache's making ends with its process
                try {
                    maker.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            pool.shutdownNow();
            try {
                if (!pool.awaitTermination(30, TimeUnit.SECONDS)) throw new IllegalStateException("example runs did not stop");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                live.endAll(); // none after a normal finish; after a failure, whatever a run could not end itself
                live.close();
            }
        }
    }

    /** A run waiting for a place: examples expected to hang first, then in the order they came. */
    private record QueuedRun(boolean hangs, long order, Runnable work) implements Runnable, Comparable<QueuedRun> {

        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(QueuedRun other) {
            if (hangs != other.hangs) return hangs ? -1 : 1;
            return Long.compare(order, other.order);
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

    private RunResult runOnce(Job job, int index, LiveProcesses live, Optional<AotCache> aotCache) throws InterruptedException {
        if (job.python() != null) return runScript(job.example(), job.python(), live);
        Example e = job.example();
        int number = runNumber.incrementAndGet(); // ids may repeat in a bad build
        Path dir = workDir.resolve("runs").resolve(Integer.toString(number));
        Path tmp = workDir.resolve("tmp").resolve(Integer.toString(number)).toAbsolutePath();
        try {
            deleteTree(dir);
            deleteTree(tmp);
            Files.createDirectories(dir);
            Files.createDirectories(tmp);
            // an example with JVM options of its own, or with preview features, starts as they say, without the cache
            Optional<AotCache> cache = e.attrs().jvmOptions().isEmpty() && !e.attrs().preview() ? aotCache : Optional.empty();
            List<String> command = cache.map(c -> JvmCommand.of(javaHome, c.launcher(), c.options(), job.program(), e.attrs(), tmp, setsid))
                    .orElseGet(() -> JvmCommand.of(javaHome, launcherDir, job.program(), e.attrs(), tmp, setsid));
            var launch = new ProcessSupervisor.Launch(command,
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
    private RunResult runScript(Example e, PythonInterpreter python, LiveProcesses live) throws InterruptedException {
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
