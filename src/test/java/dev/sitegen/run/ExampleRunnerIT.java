package dev.sitegen.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sitegen.compile.CompileResult;
import dev.sitegen.compile.ExampleCompiler;
import dev.sitegen.diag.SourcePos;
import dev.sitegen.extract.Attributes;
import dev.sitegen.extract.CodeLine;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExampleMode;

/** The runners with real JVMs: a build that stops while examples run ends them. */
class ExampleRunnerIT {

    @TempDir
    Path work;

    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @Test
    void closingTheRunsWhileAnExampleRunsEndsItsProcess() throws Exception {
        Attributes attrs = new Attributes(Duration.ofSeconds(60), 0, false, 1, List.of(), "", List.of(), false, false,
                Optional.empty(), Optional.empty(), Optional.empty(), false, false);
        Example spins = new Example("spins", "p.md", new SourcePos("content/p.md", 3, 1), ExampleMode.RUN, attrs,
                List.of(new CodeLine("IO.println(\"started\"); while (true) Thread.onSpinWait();", new SourcePos("content/p.md", 4, 1), true)),
                Optional.empty());
        Map<Example, CompileResult> compiled = new ExampleCompiler(work.resolve("classes")).compile(List.of(spins), e -> true);
        assertThat(compiled.get(spins).compiled()).as(compiled.get(spins).errors().toString()).isTrue();

        ExampleRunner runner = new ExampleRunner(JAVA_HOME, work, 2);
        java.util.Set<Long> before = new java.util.HashSet<>();
        exampleJvms().forEach(p -> before.add(p.pid())); // another test's, still ending
        List<ProcessHandle> started;
        try (ExampleRunner.Runs runs = runner.start(1, false, (e, r) -> {
        })) {
            runs.submit(new ExampleRunner.Job(spins, compiled.get(spins).program().orElseThrow()));
            started = awaitExampleJvm(before);
            assertThat(started).as("the example's JVM started").isNotEmpty();
        } // as when the compile fails, or the preview stops, before finish()

        for (ProcessHandle p : started) {
            try {
                p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("still running 10 s after the runs closed: " + p.pid() + " " + p.info() + "; before: " + before, e);
            }
        }
        assertThat(exampleJvms()).extracting(ProcessHandle::pid).allMatch(before::contains);
    }

    private static List<ProcessHandle> awaitExampleJvm(java.util.Set<Long> before) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            List<ProcessHandle> found = exampleJvms().stream().filter(p -> !before.contains(p.pid())).toList();
            if (!found.isEmpty()) return found;
            Thread.sleep(25);
        }
        return List.of();
    }

    private static List<ProcessHandle> exampleJvms() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains("dev.sitegen.run.launcher.Launcher")).orElse(false))
                .toList();
    }
}
