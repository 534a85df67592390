package dev.sitegen.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import dev.sitegen.compile.CompilerMessage;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.SourcePos;
import dev.sitegen.extract.Attributes;
import dev.sitegen.extract.CodeLine;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExampleMode;
import dev.sitegen.extract.Expectation;
import dev.sitegen.run.Evidence;
import dev.sitegen.run.Chunk;
import dev.sitegen.run.RunResult;
import dev.sitegen.run.StreamKind;
import dev.sitegen.run.ThreadDump;
import dev.sitegen.run.ThreadDump.LiveThread;

class VerifierTest {

    private static final SourcePos FENCE = new SourcePos("content/threads/start.md", 12, 1);
    private static final SourcePos OUTPUT_FENCE = new SourcePos("content/threads/start.md", 20, 1);

    private final Verifier verifier = new Verifier();

    private static Attributes attrs(Duration timeout, int exit, boolean expectTimeout, int runs) {
        return new Attributes(timeout, exit, expectTimeout, runs, List.of(), "", List.of(), false, false, Optional.empty(), Optional.empty());
    }

    private static Example example(ExampleMode mode, Attributes attrs, Optional<Expectation> expected) {
        List<CodeLine> code = List.of(new CodeLine("void main() {}", FENCE.plusLines(1), true));
        return new Example("threads-start-1", "threads/start.md", FENCE, mode, attrs, code, expected);
    }

    private static Example run(Attributes attrs) {
        return example(ExampleMode.RUN, attrs, Optional.empty());
    }

    private static Example run(Attributes attrs, Expectation expected) {
        return example(ExampleMode.RUN, attrs, Optional.of(expected));
    }

    private static RunResult exited(int code, Chunk... output) {
        return new RunResult(List.of(output), 0, OptionalInt.of(code), Duration.ofMillis(120), false, Optional.empty());
    }

    private static RunResult printed(String stdout) {
        return exited(0, new Chunk(StreamKind.OUT, stdout));
    }

    private static RunResult killed(Duration timeout, Optional<ThreadDump> dump, Chunk... output) {
        return new RunResult(List.of(output), 0, OptionalInt.empty(), timeout, true, dump);
    }

    private static Evidence ran(RunResult... runs) {
        return new Evidence(List.of(), List.of(runs), false);
    }

    private static Diagnostic onlyProblem(Outcome outcome) {
        assertEquals(1, outcome.problems().size(), () -> "problems: " + outcome.problems());
        assertFalse(outcome.passed());
        return outcome.problems().getFirst();
    }

    private static final Attributes DEFAULT_RUN = Attributes.DEFAULTS;

    // ---- exit codes

    @Test
    void runThatExitsZeroWithoutExpectationsPasses() {
        Outcome outcome = verifier.verify(run(DEFAULT_RUN), ran(printed("hi\n")));
        assertTrue(outcome.passed());
        assertTrue(outcome.problems().isEmpty());
    }

    @Test
    void exceptionEscapingMainHintsAtExit1() {
        RunResult crash = exited(1,
                new Chunk(StreamKind.OUT, "before\n"),
                new Chunk(StreamKind.ERR, "Exception in thread \"main\" java.lang.IllegalStateException: boom\n\tat Main.main(content/threads/start.md:14)\n"));

        Diagnostic d = onlyProblem(verifier.verify(run(DEFAULT_RUN), ran(crash)));

        assertEquals(FENCE, d.pos());
        assertTrue(d.message().contains("exited with code 1"), d.message());
        assertTrue(d.hint().contains("exit=1"), d.hint());
        assertTrue(d.hint().contains("exception"), d.hint());
        assertTrue(d.detail().contains("IllegalStateException: boom"), d.detail());
        assertFalse(d.detail().contains("before"), d.detail());
    }

    private static RunResult neverStarted(int code, String printed) {
        return new RunResult(List.of(new Chunk(StreamKind.OUT, printed)), 0, OptionalInt.of(code), Duration.ofMillis(40), false,
                Optional.empty(), false);
    }

    @Test
    void aJvmThatRefusesItsOptionsIsNotToldToDeclareAnExitCode() {
        Attributes badJvm = new Attributes(Duration.ofSeconds(10), 0, false, 1, List.of(), "", List.of("-XX:+UnknownFlag"),
                false, false, Optional.empty(), Optional.empty());
        Diagnostic d = onlyProblem(verifier.verify(run(badJvm),
                ran(neverStarted(1, "Unrecognized VM option 'UnknownFlag'\nError: Could not create the Java Virtual Machine.\n"))));

        assertTrue(d.message().contains("before the example's `main` started"), d.message());
        assertTrue(d.detail().contains("Unrecognized VM option 'UnknownFlag'"), d.detail());
        assertTrue(d.hint().contains("jvm=\"-XX:+UnknownFlag\""), d.hint());
        assertFalse(d.hint().contains("exit="), d.hint());
    }

    @Test
    void aJvmThatExitsZeroWithoutRunningMainFails() {
        Outcome outcome = verifier.verify(run(DEFAULT_RUN), ran(neverStarted(0, "openjdk version \"25.0.3\"\n")));
        assertTrue(onlyProblem(outcome).message().contains("ended with code 0 before the example's `main` started"));
    }

    @Test
    void aFailureOfTheLauncherIsTheGeneratorsBugNeverTheExamples() {
        Diagnostic d = onlyProblem(verifier.verify(run(DEFAULT_RUN), ran(neverStarted(dev.sitegen.run.launcher.Launcher.LAUNCH_FAILED,
                "sitegen: the launcher cannot load the example's main class Hello: java.lang.ClassNotFoundException: Hello\n"))));
        assertTrue(d.message().contains("bug in the generator"), d.message());
        assertFalse(d.hint().contains("exit="), d.hint());
    }

    @Test
    void otherExitCodeSuggestsDeclaringIt() {
        Diagnostic d = onlyProblem(verifier.verify(run(DEFAULT_RUN), ran(exited(3))));

        assertTrue(d.message().contains("exited with code 3"), d.message());
        assertTrue(d.hint().contains("`java run exit=3`"), d.hint());
        assertEquals(null, d.detail());
    }

    @Test
    void declaredExitCodeThatDidNotHappenIsReported() {
        Diagnostic d = onlyProblem(verifier.verify(run(attrs(Duration.ofSeconds(10), 2, false, 1)), ran(exited(0))));

        assertTrue(d.message().contains("exited with code 0") && d.message().contains("`exit=2`"), d.message());
        assertTrue(d.hint().contains("remove `exit=2`"), d.hint());
    }

    @Test
    void declaredExitCodePasses() {
        assertTrue(verifier.verify(run(attrs(Duration.ofSeconds(10), 2, false, 1)), ran(exited(2))).passed());
    }

    @Test
    void standardErrorTailIsLimitedToItsLastLines() {
        StringBuilder err = new StringBuilder();
        for (int i = 1; i <= 20; i++) err.append("err line ").append(i).append('\n');

        Diagnostic d = onlyProblem(verifier.verify(run(DEFAULT_RUN), ran(exited(4, new Chunk(StreamKind.ERR, err.toString())))));

        assertTrue(d.detail().contains("err line 20"), d.detail());
        assertTrue(d.detail().contains("err line 9\n"), d.detail());
        assertFalse(d.detail().contains("err line 8\n"), d.detail());
    }

    // ---- timeouts

    @Test
    void timeoutAfterMainReturnedNamesTheNonDaemonThreads() {
        ThreadDump dump = new ThreadDump("", "\"worker\"\n   java.lang.Thread.State: TIMED_WAITING (sleeping)\n",
                List.of(new LiveThread("worker", false, "TIMED_WAITING (sleeping)"), new LiveThread("ticker", true, "RUNNABLE")));

        Diagnostic d = onlyProblem(verifier.verify(run(attrs(Duration.ofSeconds(2), 0, false, 1)),
                ran(killed(Duration.ofSeconds(2), Optional.of(dump)))));

        assertEquals(FENCE, d.pos());
        assertTrue(d.message().contains("timeout of 2s"), d.message());
        assertTrue(d.message().contains("`main` returned"), d.message());
        assertTrue(d.message().contains("non-daemon thread \"worker\" kept the JVM alive"), d.message());
        assertFalse(d.message().contains("ticker"), d.message());
        assertTrue(d.hint().contains("setDaemon(true)"), d.hint());
        assertTrue(d.detail().contains("\"worker\" TIMED_WAITING (sleeping)"), d.detail());
        assertTrue(d.detail().contains("\"ticker\" (daemon) RUNNABLE"), d.detail());
    }

    @Test
    void severalNonDaemonThreadsAreAllNamed() {
        ThreadDump dump = new ThreadDump("", "", List.of(new LiveThread("a", false, "WAITING"), new LiveThread("b", false, "WAITING")));

        Diagnostic d = onlyProblem(verifier.verify(run(DEFAULT_RUN), ran(killed(Duration.ofSeconds(10), Optional.of(dump)))));

        assertTrue(d.message().contains("non-daemon threads \"a\", \"b\" kept the JVM alive"), d.message());
    }

    @Test
    void timeoutWhileMainStillRunsSuggestsExpectTimeoutOrALongerTimeout() {
        ThreadDump dump = new ThreadDump("", "", List.of(new LiveThread("main", false, "RUNNABLE"), new LiveThread("worker", false, "WAITING")));

        Diagnostic d = onlyProblem(verifier.verify(run(attrs(Duration.ofMillis(1500), 0, false, 1)),
                ran(killed(Duration.ofMillis(1500), Optional.of(dump)))));

        assertTrue(d.message().contains("still running at its timeout of 1500ms and was killed"), d.message());
        assertFalse(d.message().contains("returned"), d.message());
        assertTrue(d.hint().contains("expect=timeout") && d.hint().contains("timeout="), d.hint());
    }

    @Test
    void deadlockedTimeoutSaysSo() {
        ThreadDump dump = new ThreadDump("Found one Java-level deadlock:\n", "",
                List.of(new LiveThread("left", false, "BLOCKED (on object monitor)"), new LiveThread("right", false, "BLOCKED (on object monitor)")));

        Diagnostic d = onlyProblem(verifier.verify(run(DEFAULT_RUN), ran(killed(Duration.ofSeconds(10), Optional.of(dump)))));

        assertTrue(d.message().contains("deadlocked"), d.message());
        assertTrue(d.hint().contains("expect=timeout"), d.hint());
    }

    @Test
    void timeoutWithoutAThreadDumpIsStillReported() {
        Diagnostic d = onlyProblem(verifier.verify(run(DEFAULT_RUN), ran(killed(Duration.ofSeconds(10), Optional.empty()))));

        assertTrue(d.message().contains("timeout of 10s"), d.message());
        assertEquals(null, d.detail());
    }

    @Test
    void expectedTimeoutThatExitedIsReportedWithItsExitCodeAndDuration() {
        Diagnostic d = onlyProblem(verifier.verify(run(attrs(Duration.ofSeconds(3), 0, true, 1)), ran(exited(0))));

        assertEquals(FENCE, d.pos());
        assertTrue(d.message().contains("exited with code 0 after 120 ms"), d.message());
        assertTrue(d.message().contains("`expect=timeout`") && d.message().contains("3s"), d.message());
    }

    @Test
    void expectedTimeoutThatTimedOutPasses() {
        Example e = run(attrs(Duration.ofSeconds(3), 0, true, 1));
        assertTrue(verifier.verify(e, ran(killed(Duration.ofSeconds(3), Optional.empty()))).passed());
    }

    @Test
    void expectedTimeoutChecksWhatWasPrintedBeforeTheDump() {
        Example e = run(attrs(Duration.ofSeconds(3), 0, true, 1), new Expectation(List.of("waiting"), false, OUTPUT_FENCE));

        assertTrue(verifier.verify(e, ran(killed(Duration.ofSeconds(3), Optional.empty(), new Chunk(StreamKind.OUT, "waiting\n")))).passed());
        Diagnostic d = onlyProblem(verifier.verify(e, ran(killed(Duration.ofSeconds(3), Optional.empty(), new Chunk(StreamKind.OUT, "done\n")))));
        assertEquals(OUTPUT_FENCE, d.pos());
    }

    // ---- output

    @Test
    void matchingOutputPasses() {
        Example e = run(DEFAULT_RUN, new Expectation(List.of("hello", "..."), false, OUTPUT_FENCE));
        assertTrue(verifier.verify(e, ran(printed("hello\nworld\n"))).passed());
    }

    @Test
    void stderrIsPartOfTheComparedOutput() {
        Example e = run(DEFAULT_RUN, new Expectation(List.of("out", "err"), false, OUTPUT_FENCE));
        RunResult both = exited(0, new Chunk(StreamKind.OUT, "out\n"), new Chunk(StreamKind.ERR, "err\n"));
        assertTrue(verifier.verify(e, ran(both)).passed());
    }

    @Test
    void outputMismatchIsReportedAtTheOutputBlockWithADiff() {
        Example e = run(DEFAULT_RUN, new Expectation(List.of("hello"), false, OUTPUT_FENCE));

        Diagnostic d = onlyProblem(verifier.verify(e, ran(printed("goodbye\n"))));

        assertEquals(OUTPUT_FENCE, d.pos());
        assertTrue(d.message().contains("output does not match the `output` block"), d.message());
        assertFalse(d.message().contains(" of "), d.message());
        assertTrue(d.detail().startsWith("--- expected (content/threads/start.md:20)\n+++ actual\n"), d.detail());
        assertTrue(d.detail().contains("-hello\n+goodbye"), d.detail());
    }

    @Test
    void outputMismatchOnOneOfSeveralRunsNamesTheRun() {
        Example e = run(attrs(Duration.ofSeconds(10), 0, false, 3), new Expectation(List.of("correct"), false, OUTPUT_FENCE));

        Diagnostic d = onlyProblem(verifier.verify(e, ran(printed("correct\n"), printed("lost updates\n"), printed("lost updates\n"))));

        assertTrue(d.message().contains("run 2 of 3"), d.message());
        assertTrue(d.detail().contains("+lost updates"), d.detail());
        assertTrue(d.hint().contains("every run must match"), d.hint());
    }

    @Test
    void exitFailureOnOneOfSeveralRunsNamesTheRun() {
        Example e = run(attrs(Duration.ofSeconds(10), 0, false, 3));

        Diagnostic d = onlyProblem(verifier.verify(e, ran(exited(0), exited(0), exited(5))));

        assertTrue(d.message().startsWith("run 3 of 3 exited with code 5"), d.message());
    }

    @Test
    void wrongExitCodeIsReportedInsteadOfTheOutputDiff() {
        Example e = run(DEFAULT_RUN, new Expectation(List.of("hello"), false, OUTPUT_FENCE));

        Diagnostic d = onlyProblem(verifier.verify(e, ran(exited(1, new Chunk(StreamKind.OUT, "other\n")))));

        assertEquals(FENCE, d.pos());
    }

    @Test
    void unorderedMismatchShowsSortedLines() {
        Example e = run(DEFAULT_RUN, new Expectation(List.of("b", "a"), true, OUTPUT_FENCE));

        assertTrue(verifier.verify(e, ran(printed("a\nb\n"))).passed());
        Diagnostic d = onlyProblem(verifier.verify(e, ran(printed("a\nc\n"))));
        assertTrue(d.message().contains("`output unordered`"), d.message());
        assertTrue(d.detail().contains("+++ actual (lines sorted)"), d.detail());
    }

    // ---- compile and fail

    @Test
    void failBlockThatCompilesIsAnError() {
        Example e = example(ExampleMode.FAIL, DEFAULT_RUN, Optional.empty());

        Diagnostic d = onlyProblem(verifier.verify(e, new Evidence(List.of(), List.of(), false)));

        assertEquals(FENCE, d.pos());
        assertTrue(d.message().contains("compiles, but it must not"), d.message());
        assertTrue(d.hint().contains("java compile"), d.hint());
    }

    @Test
    void failBlockThatDoesNotCompilePasses() {
        Example e = example(ExampleMode.FAIL, DEFAULT_RUN, Optional.empty());
        CompilerMessage error = new CompilerMessage(FENCE.plusLines(1), "cannot find symbol", "", "Main.java:1: error: cannot find symbol\n");

        assertTrue(verifier.verify(e, new Evidence(List.of(error), List.of(), false)).passed());
    }

    @Test
    void compileErrorsAreReportedWhereTheAuthorWroteThem() {
        Example e = example(ExampleMode.COMPILE, DEFAULT_RUN, Optional.empty());
        SourcePos where = new SourcePos("content/threads/start.md", 13, 5);
        CompilerMessage error = new CompilerMessage(where, "cannot find symbol", "  symbol:   variable x\n", "reader text");

        Diagnostic d = onlyProblem(verifier.verify(e, new Evidence(List.of(error), List.of(), false)));

        assertEquals(where, d.pos());
        assertEquals("cannot find symbol", d.message());
        assertEquals("symbol:   variable x", d.detail());
    }

    @Test
    void runBlockThatDoesNotCompileIsNotCheckedFurther() {
        Example e = run(DEFAULT_RUN, new Expectation(List.of("hello"), false, OUTPUT_FENCE));
        CompilerMessage error = new CompilerMessage(FENCE.plusLines(1), "';' expected", "", "x");

        Diagnostic d = onlyProblem(verifier.verify(e, new Evidence(List.of(error), List.of(), false)));

        assertEquals("';' expected", d.message());
    }

    @Test
    void showBlocksAreNotVerified() {
        Example e = example(ExampleMode.SHOW, DEFAULT_RUN, Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> verifier.verify(e, new Evidence(List.of(), List.of(), false)));
    }
}
