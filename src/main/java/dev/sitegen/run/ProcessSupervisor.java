package dev.sitegen.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Launches one process and supervises it: feeds its standard input and closes it, reads
 * its output, enforces the timeout, takes a thread dump of a JVM still running at the
 * timeout, and always kills the whole process group at the end, so that nothing the
 * program started outlives it.
 */
final class ProcessSupervisor {

    /**
     * What to launch and how.
     *
     * @param threadDumps whether a program still running at its timeout is a JVM that {@code jcmd} can dump
     *                    (asked of another process, {@code jcmd} signals it and waits seconds for nothing)
     */
    record Launch(List<String> command, Map<String, String> environment, Path workDir, String stdin, Duration timeout,
                  boolean ownGroup, boolean threadDumps) {

        /** A JVM's launch. */
        Launch(List<String> command, Map<String, String> environment, Path workDir, String stdin, Duration timeout, boolean ownGroup) {
            this(command, environment, workDir, stdin, timeout, ownGroup, true);
        }
    }

    /** What happened. */
    record Ended(OutputCollector.Captured output, OptionalInt exitCode, Duration duration, boolean timedOut,
                   Optional<RawDump> threadDump) {
    }

    private final Path jcmd;
    private final LiveProcesses live;

    ProcessSupervisor(Path javaHome, LiveProcesses live) {
        this.jcmd = javaHome.resolve("bin").resolve("jcmd");
        this.live = live;
    }

    Ended run(Launch launch) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(launch.command()).directory(launch.workDir().toFile());
        builder.environment().clear();
        builder.environment().putAll(launch.environment());
        OutputCollector collector = new OutputCollector();
        long start = System.nanoTime();
        Process process = builder.start();
        live.started(process);
        try {
            return supervise(process, launch, collector, start);
        } catch (InterruptedException e) {
            // the build is being stopped: the example ends with it, whatever it was doing
            try {
                killTree(process, launch.ownGroup());
            } catch (InterruptedException again) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.toHandle().destroyForcibly();
            }
            throw e;
        } finally {
            live.ended(process);
        }
    }

    private Ended supervise(Process process, Launch launch, OutputCollector collector, long start) throws InterruptedException {
        Thread out = Thread.ofVirtual().start(() -> drain(() -> FrameReader.pump(process.getInputStream(), collector)));
        Thread err = Thread.ofVirtual().start(() -> drain(() -> FrameReader.pumpRaw(process.getErrorStream(), collector)));
        Thread in = Thread.ofVirtual().start(() -> feed(process.getOutputStream(), launch.stdin()));

        boolean exited = process.waitFor(launch.timeout().toNanos(), TimeUnit.NANOSECONDS);
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        Optional<RawDump> dump = exited || !launch.threadDumps() ? Optional.empty() : threadDump(process.pid(), launch.workDir());
        killTree(process, launch.ownGroup());
        process.waitFor();
        for (Thread t : List.of(out, err, in)) {
            if (!t.join(Duration.ofSeconds(5))) t.interrupt(); // a grandchild that left the group still holds a pipe
        }
        OptionalInt exit = exited ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
        return new Ended(collector.finish(), exit, exited ? duration : launch.timeout(), !exited, dump);
    }

    private interface Pump {
        void run() throws IOException;
    }

    private static void drain(Pump pump) {
        try {
            pump.run();
        } catch (IOException e) {
            // the process is gone; what was read is kept
        }
    }

    private static void feed(OutputStream stdin, String text) {
        try (stdin) {
            stdin.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the program exited or closed its input without reading it all
        }
    }

    /**
     * What {@code jcmd} says of a running program: {@code Thread.print} finds monitor deadlocks
     * but lists platform threads only; {@code Thread.dump_to_file -format=json} lists virtual
     * threads too.
     *
     * @param json the JSON dump, when it could be taken
     */
    record RawDump(String threadPrint, Optional<String> json) {
    }

    private Optional<RawDump> threadDump(long pid, Path workDir) {
        Optional<String> print = jcmd(pid, workDir.resolve(".thread-dump.txt"), "Thread.print");
        if (print.isEmpty()) return Optional.empty();
        Path json = workDir.resolve(".thread-dump.json");
        Optional<String> jsonDump = jcmd(pid, workDir.resolve(".thread-dump-json.log"),
                "Thread.dump_to_file", "-format=json", json.toString())
                .flatMap(ignored -> {
                    try {
                        return Optional.of(Files.readString(json, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        return Optional.empty();
                    }
                });
        return Optional.of(new RawDump(print.get(), jsonDump));
    }

    private Optional<String> jcmd(long pid, Path output, String... command) {
        List<String> line = new java.util.ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(Files.readString(output, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Kills the process group (grandchildren included), or the process and its descendants
     * without one, and waits until they are gone: when the build ends, nothing the program
     * started is left.
     */
    private static void killTree(Process process, boolean ownGroup) throws InterruptedException {
        // a group without a live member gets no new one (only members start members): most
        // examples leave nothing behind, and a kill process per run costs a fork and two execs
        if (ownGroup && (process.isAlive() || ProcessGroups.mayHaveMembers(process.pid()))) {
            try {
                Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + process.pid())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                boolean signalled = kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0; // 1: nothing was left
                if (signalled) ProcessGroups.awaitGone(process.pid(), Duration.ofSeconds(5));
            } catch (IOException e) {
                // fall through to the descendants we can see
            }
        }
        // Through the handle: Process.destroy would also close the streams, and with them
        // output the readers have not consumed yet, even of a process that already exited.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) process.toHandle().destroyForcibly();
    }
}
