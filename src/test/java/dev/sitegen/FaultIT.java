package dev.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults from outside, with real processes and signals: a second build started beside a
 * running one, the generator terminated while an example runs, and Maven killed under it.
 * Nothing the build started may outlive it (checked through {@code /proc}).
 */
class FaultIT {

    @TempDir
    Path dir;

    private final String marker = "sitegen-fault-" + UUID.randomUUID();

    /** A site whose one example runs until it is killed, with the marker on its command line. */
    private TestSite hangingSite() {
        return new TestSite(dir).page("index.md", """
                # Hang

                ```java run expect=timeout timeout=60s args="MARKER"
                Thread.sleep(120_000);
                ```
                """.replace("MARKER", marker));
    }

    /** The generator in a JVM of its own, as Maven starts it, optionally under a shell standing in for Maven. */
    private Process generator(boolean underAShell) throws IOException {
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.sitegen.cli.Main", "build", "--content=content", "--templates=templates",
                "--site=site", "--report=target/report.json", "--work=target/work");
        List<String> command = underAShell ? List.of("sh", "-c", String.join(" ", java.stream().map(a -> "'" + a + "'").toList()) + " & wait")
                : java;
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("generator.log").toFile()).start();
    }

    private void awaitExampleRunning() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (processesWith(marker).isEmpty()) {
            if (System.nanoTime() > deadline) throw new AssertionError("the example never started:\n" + Files.readString(dir.resolve("generator.log")));
            Thread.sleep(100);
        }
    }

    private void assertNothingLeft() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!processesWith(marker).isEmpty() && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(processesWith(marker)).as("processes left behind").isEmpty();
    }

    @Test
    void aSecondBuildBesideARunningOneIsRefusedWithTheFirstOnesPid() throws Exception {
        TestSite site = hangingSite();
        Process first = generator(false);
        try {
            awaitExampleRunning();

            TestSite.Build second = site.build();

            assertThat(second.exitCode()).isEqualTo(2);
            assertThat(second.output()).contains("error: another build (pid " + first.pid() + ") is running in this folder");
        } finally {
            first.destroyForcibly().waitFor();
        }
    }

    @Test
    void terminatingTheGeneratorEndsTheExampleItWasRunning() throws Exception {
        hangingSite();
        Process generator = generator(false);
        awaitExampleRunning();

        generator.destroy(); // SIGTERM, as Ctrl-C's SIGINT, runs the shutdown hooks
        generator.waitFor();

        assertNothingLeft();
    }

    @Test
    void killingTheProcessThatStartedTheBuildStopsTheBuildAndItsExamples() throws Exception {
        hangingSite();
        Process maven = generator(true);
        awaitExampleRunning();
        List<ProcessHandle> generators = maven.descendants().filter(p -> commandLine(p).contains("dev.sitegen.cli.Main")).toList();
        assertThat(generators).hasSize(1);

        maven.destroyForcibly(); // SIGKILL: Maven gets no chance to clean up
        maven.waitFor();

        long generator = generators.getFirst().pid();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (running(generator) && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(running(generator)).as("the generator still runs").isFalse();
        assertNothingLeft();
        assertThat(dir.resolve("site/index.html")).doesNotExist();
    }

    /**
     * Whether the process still runs. One that ended but was adopted by this JVM (it is a
     * subreaper once it has run examples itself) stays a zombie nobody reaps: it runs no more.
     */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return false;
        }
    }

    private static String commandLine(ProcessHandle p) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The example processes with the marker; the generator's own command line never holds it. */
    private static List<String> processesWith(String marker) throws IOException {
        return ProcessTable.commandLinesWith(marker).stream().filter(p -> !p.contains("dev.sitegen.cli.Main")).toList();
    }
}
