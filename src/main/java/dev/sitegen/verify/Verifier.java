package dev.sitegen.verify;

import dev.sitegen.run.Evidence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.sitegen.compile.CompilerMessage;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Durations;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.Expectation;
import dev.sitegen.extract.Language;
import dev.sitegen.run.RunResult;
import dev.sitegen.run.SessionPart;
import dev.sitegen.run.ThreadDump;
import dev.sitegen.run.launcher.Launcher;

/** Checks what an example did against what its author declared. */
public final class Verifier {

    public Outcome verify(Example example, Evidence evidence) {
        List<Diagnostic> problems = new ArrayList<>();
        switch (example.mode()) {
            case FAIL -> {
                if (evidence.compiled()) {
                    problems.add(Diagnostic.error(example.pos(), "this `java fail` block compiles, but it must not")
                            .withSpan(3).withHint("make the code fail to compile as the text explains, or mark the block `java compile` if it is meant to compile"));
                }
            }
            case COMPILE -> {
                compileErrors(evidence, problems);
                // a session's `compile` block runs as part of its program: it may be where the program failed
                if (problems.isEmpty() && example.session().isPresent()) checkRuns(example, evidence.runs(), problems);
            }
            case RUN -> {
                compileErrors(evidence, problems);
                if (problems.isEmpty()) checkRuns(example, evidence.runs(), problems);
            }
            default -> throw new IllegalArgumentException("not a checked example: " + example.mode());
        }
        return new Outcome(example, evidence, problems);
    }

    private static void compileErrors(Evidence evidence, List<Diagnostic> problems) {
        for (CompilerMessage m : evidence.compileErrors()) {
            Diagnostic d = Diagnostic.error(m.pos(), m.message());
            if (!m.detail().isBlank()) d = d.withDetail(m.detail().lines().map(String::strip).collect(Collectors.joining("\n")));
            if (m.hint() != null) d = d.withHint(m.hint());
            problems.add(d);
        }
    }

    private static void checkRuns(Example e, List<RunResult> runs, List<Diagnostic> problems) {
        String which = "";
        for (int i = 0; i < runs.size(); i++) {
            RunResult run = runs.get(i);
            if (runs.size() > 1) which = "run " + (i + 1) + " of " + runs.size() + " ";
            int before = problems.size();
            if (run.block().isPresent()) {
                // a session runs once, or once per -Dsitegen.repeat: each of its runs is judged on its own
                List<Diagnostic> found = new ArrayList<>();
                if (checkBlock(e, run, run.block().get(), found)) matchOutput(e, run, runs.size(), "", found);
                String prefix = which.strip();
                found.forEach(d -> problems.add(prefix.isEmpty() ? d
                        : new Diagnostic(d.severity(), d.pos(), d.span(), prefix + ": " + d.message(), d.hint(), d.detail())));
                if (!found.isEmpty()) return;
                continue;
            }
            if (!run.mainStarted() && !run.timedOut()) {
                problems.add(neverStarted(e, run, which));
                return;
            }
            if (e.attrs().expectTimeout()) {
                if (!run.timedOut()) {
                    problems.add(Diagnostic.error(e.pos(), which + "exited with code " + run.exitCode().orElse(-1) + " after "
                                    + millis(run.duration()) + ", but `expect=timeout` says it must still be running at its timeout of "
                                    + Durations.asAttribute(e.attrs().timeout())).withSpan(3)
                            .withHint("if the program is meant to hang, make sure it does (a deadlock, a join that never returns); otherwise remove `expect=timeout`"));
                }
            } else if (run.timedOut()) {
                problems.add(timedOut(e, run, which));
            } else if (run.exitCode().orElse(-1) != e.attrs().exit()) {
                int code = run.exitCode().orElse(-1);
                Diagnostic d = Diagnostic.error(e.pos(), which + "exited with code " + code + ", but " + (e.attrs().exit() == 0
                                ? "no other exit code is declared" : "`exit=" + e.attrs().exit() + "` is declared")).withSpan(3)
                        .withHint(code == 0 ? "the program ended normally; if that is right, remove `exit=" + e.attrs().exit() + "`"
                                : code == 1 && run.stderr().contains("Exception in thread")
                                ? "an exception escaped `main`; if that is the lesson, declare it: `java run exit=1`"
                                : code == 1 && run.stderr().contains("Traceback (most recent call last)")
                                ? "an exception escaped the script; if that is the lesson, declare it: `" + e.language().word() + " run exit=1`"
                                : "if this exit code is the lesson, declare it: `" + e.language().word() + " run exit=" + code + "`");
                String tail = tail(run.stderr(), 12);
                if (!tail.isBlank()) d = d.withDetail("its standard error ends with:\n" + indent(tail));
                problems.add(d);
            }
            if (problems.size() == before) matchOutput(e, run, runs.size(), which, problems);
            if (problems.size() > before) return; // the first failing run tells the story
        }
    }

    private static void matchOutput(Example e, RunResult run, int runCount, String which, List<Diagnostic> problems) {
        if (e.expected().isEmpty()) return;
        Expectation x = e.expected().get();
        if (OutputMatcher.matches(x.lines(), run.text(), x.unordered())) return;
        String what = run.block().isPresent() ? "output of this block" : which + "output";
        problems.add(Diagnostic.error(x.pos(), "the " + what + " does not match the `output" + (x.unordered() ? " unordered" : "") + "` block")
                .withSpan(3).withDetail(OutputMatcher.diff(x.lines(), run.text(), x.unordered(), "expected (" + x.pos().file() + ":" + x.pos().line() + ")"))
                .withHint(runCount > 1 || x.unordered()
                        ? "every run must match; state only what the program guarantees (use `...` for what varies)"
                        : run.block().isPresent()
                        ? "the block's output is what was printed from its first statement until the next block began; update the block, or use `...` for what varies"
                        : "update the block to what the program prints, or use `...` for parts that vary from run to run"));
    }

    /**
     * A block's part in its session's run: whether it ran, whether the program failed while it
     * ran, and whether a {@code crash} block threw.
     *
     * @return whether its output is worth comparing
     */
    private static boolean checkBlock(Example e, RunResult run, SessionPart part, List<Diagnostic> problems) {
        String session = "session `" + e.session().orElse("") + "`";
        boolean sessionFailed = run.exitCode().isEmpty() || run.exitCode().getAsInt() != e.attrs().exit();
        if (!part.reached()) {
            if (sessionFailed) {
                problems.add(Diagnostic.warning(e.pos(), "this block did not run: " + session + " stopped in an earlier block").withSpan(3));
            } else {
                problems.add(Diagnostic.error(e.pos(), "this block did not run: " + session + " ended with exit code "
                                + run.exitCode().getAsInt() + " before it").withSpan(3)
                        .withHint("a block that calls System.exit or returns from `main` ends the session; make it the session's last block"));
            }
            return false;
        }
        if (part.ended() && !run.mainStarted() && !run.timedOut()) {
            problems.add(neverStarted(e, run, ""));
            return false;
        }
        if (part.ended() && run.timedOut()) {
            problems.add(timedOut(e, run, session + ", in this block, "));
            return false;
        }
        if (part.ended() && sessionFailed) {
            int code = run.exitCode().orElse(-1);
            boolean exception = code == 1 && run.stderr().contains("Exception in thread");
            Diagnostic d = Diagnostic.error(e.pos(), exception ? "an exception escaped this block, and " + session + " stopped here"
                            : session + " exited with code " + code + " in this block, but " + (e.attrs().exit() == 0
                            ? "no other exit code is declared" : "`exit=" + e.attrs().exit() + "` is declared")).withSpan(3)
                    .withHint(exception ? "if the exception is the lesson, mark the block `crash`: its stack trace is shown and the session goes on"
                            : "if this exit code is the lesson, declare it on the session's first block: `exit=" + code + "`");
            String tail = tail(run.stderr(), 12);
            if (!tail.isBlank()) d = d.withDetail("its standard error ends with:\n" + indent(tail));
            problems.add(d);
            return false;
        }
        if (e.attrs().crash() && !part.threw()) {
            problems.add(Diagnostic.error(e.pos(), "this `crash` block did not throw").withSpan(3)
                    .withHint("a `crash` block must end with an exception, as the text around it says; if it is meant to succeed, remove `crash`"));
            return false;
        }
        return true;
    }

    /** The example's code never ran: no exit code of it may be declared, and what was printed is the JVM's. */
    private static Diagnostic neverStarted(Example e, RunResult run, String which) {
        int code = run.exitCode().orElse(-1);
        String printed = run.text().isBlank() ? "" : "the JVM printed:\n" + indent(tail(run.text(), 20));
        if (code == Launcher.LAUNCH_FAILED) {
            return Diagnostic.error(e.pos(), which + "the generator could not launch this example: this is a bug in the generator, not in the example")
                    .withSpan(3).withDetail(printed)
                    .withHint("nothing in the example needs to change; please report this, with the block, to the generator's maintainers");
        }
        if (e.language() != Language.JAVA) {
            return Diagnostic.error(e.pos(), which + "python3 ended with code " + code + " before the example's code started").withSpan(3)
                    .withDetail(printed.replace("the JVM printed", "it printed"))
                    .withHint("python3 could not start the launcher in front of the example; the lines above say why");
        }
        String options = String.join(" ", e.attrs().jvmOptions());
        return Diagnostic.error(e.pos(), which + "the JVM ended with code " + code + " before the example's `main` started").withSpan(3)
                .withDetail(printed)
                .withHint(options.isEmpty() ? "the JVM could not start the program; the lines above say why"
                        : "check `jvm=\"" + options + "\"`: the JVM refused these options or stopped by itself before running the example (as `-version` does)");
    }

    private static Diagnostic timedOut(Example e, RunResult run, String which) {
        String message = which + "was still running at its timeout of " + Durations.asAttribute(e.attrs().timeout()) + " and was killed";
        String hint = "if the hang is the lesson (a deadlock), declare `expect=timeout`; if it just needs longer, raise `timeout=`";
        String detail = null;
        if (run.dump().isPresent()) {
            ThreadDump dump = run.dump().get();
            List<ThreadDump.LiveThread> alive = dump.threads();
            if (dump.deadlock()) {
                message += ": its threads are deadlocked";
            } else if (dump.mainReturned() && alive.stream().anyMatch(t -> !t.daemon())) {
                String names = alive.stream().filter(t -> !t.daemon()).map(t -> "\"" + t.name() + "\"").collect(Collectors.joining(", "));
                message += ": `main` returned, but the non-daemon thread" + (names.contains(",") ? "s " : " ") + names
                        + " kept the JVM alive";
                hint = "a JVM exits only when every non-daemon thread has ended: stop or join the thread, or make it a daemon with setDaemon(true) before start(); "
                        + "if the hang is the lesson, declare `expect=timeout`";
            }
            if (!alive.isEmpty()) {
                detail = "threads alive at the timeout:\n" + alive.stream()
                        .map(t -> "  \"" + t.name() + "\"" + (t.daemon() ? " (daemon)" : "") + " " + t.state())
                        .collect(Collectors.joining("\n"));
            }
        }
        Diagnostic d = Diagnostic.error(e.pos(), message).withSpan(3).withHint(hint);
        return detail == null ? d : d.withDetail(detail);
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static String indent(String text) {
        return text.lines().map(l -> "  " + l).collect(Collectors.joining("\n"));
    }

    static String millis(Duration d) {
        return d.toMillis() + " ms";
    }

}
