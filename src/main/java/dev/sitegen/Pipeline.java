package dev.sitegen;

import java.io.File;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.sitegen.config.Config;
import dev.sitegen.config.Shard;
import dev.sitegen.diag.Durations;
import dev.sitegen.diag.IoFailure;
import dev.sitegen.diag.Reporter;
import dev.sitegen.extract.Example;
import dev.sitegen.record.RunPlan;
import dev.sitegen.record.ShardPlan;
import dev.sitegen.render.SiteFile;
import dev.sitegen.render.SiteRenderer;
import dev.sitegen.verify.Outcome;
import dev.sitegen.verify.Verifier;
import dev.sitegen.write.Report;
import dev.sitegen.write.ReportWriter;
import org.jspecify.annotations.Nullable;

/**
 * The only class that knows the order of the stages: load → extract → plan reuse →
 * compile and run → verify → render → publish or check. Every build, failed or not,
 * ends with {@code report.json} and a summary.
 */
public final class Pipeline {

    private final Config config;
    private final Progress progress;
    private final Verifier verifier = new Verifier();

    public Pipeline(Config config, Progress progress) {
        this.config = config;
        this.progress = progress;
    }

    /** @return the exit code (0 when the build passed, 1 when it found problems) and every problem */
    public BuildResult run(long startNanos) {
        Reporter reporter = new Reporter();
        Timings timings = new Timings();
        Finish finish = Finish.of(config);
        List<Outcome> outcomes = List.of();
        int pageCount = 0;
        @Nullable ShardPlan shards = null;
        boolean completing = false;
        String siteNote;
        try {
            Build build = Build.load(config, reporter, timings);
            pageCount = build.pages().size();
            List<Example> selected = build.selected();
            progress.heading(heading(finish, build, selected.size()));
            shards = build.shards();

            RunPlan plan = RunPlan.of(selected, build.keys(), build.records(), finish.reusesRecords(),
                    (e, recorded) -> verifier.verify(e, build.frames().resolve(e, recorded.evidenceFor(e))).passed(), build::together);
            Map<Example, Result> results = new ConcurrentHashMap<>();
            plan.reused().forEach((e, recorded) -> {
                Outcome o = verifier.verify(e, build.frames().resolve(e, recorded.evidenceFor(e)));
                results.put(e, new Result(recorded, o));
                tell(o, "reused");
            });
            if (config.verbose()) plan.toRun().forEach((e, why) -> progress.note("  " + where(e) + ": " + why));
            Execution execution = new Execution(config, verifier, build.frames(), timings, this::tell, build.python());
            results.putAll(execution.run(build.pages(), List.copyOf(plan.toRun().keySet()), config.repeat()));
            finish.audit(build, results, again -> new Execution(config, verifier, build.frames(), timings,
                    (o, note) -> tell(o, "ran again: its output is not the recorded one"), build.python()).run(build.pages(), again));
            if (config.promote()) {
                new Promotion(config.content(), config.display(config.content()), reporter)
                        .apply(results, selected, where -> progress.note("  promoted the output block at " + where));
            }
            outcomes = selected.stream().map(e -> results.get(e).outcome()).toList();
            outcomes.forEach(o -> reporter.reportAll(o.problems()));

            List<SiteFile> files = !finish.rendersSite() ? List.of() : timings.time("render",
                    () -> new SiteRenderer(reporter).render(build.site(), build.pages(), finish.shown(build, results), config.templates()));
            completing = true;
            siteNote = timings.time("write", () -> finish.complete(build, results, files));
        } catch (UncheckedIOException e) {
            reporter.report(IoFailure.diagnostic(e, this::shorten));
            siteNote = finish.interrupted(completing);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        try {
            ReportWriter.write(Report.of(pageCount, elapsed.toMillis(), timings.millis(), outcomes, config.display(config.content()),
                    shardEntry(shards, outcomes.size()), config.repeat()), config.report());
        } catch (UncheckedIOException e) {
            reporter.report(IoFailure.diagnostic(e, this::shorten));
        }
        int failed = (int) outcomes.stream().filter(o -> !o.passed()).count();
        int reused = (int) outcomes.stream().filter(o -> o.evidence().cached()).count();
        progress.summary(new Progress.Summary(outcomes.size(), failed, reused, reporter.errorCount(), elapsed, siteNote, reporter.sorted()));
        return new BuildResult(reporter.hasErrors() ? 1 : 0, reporter.sorted());
    }

    /**
     * {@code Checking 14 pages, 60 examples}; for a shard, which one, its share and the time
     * its examples took when recorded; with {@code -Dsitegen.repeat}, how many runs each gets.
     */
    private String heading(Finish finish, Build build, int selected) {
        String text = finish.verb() + " ";
        if (build.shard().split()) {
            ShardPlan plan = build.shards();
            String of = build.selection().only().orElse(build.pages().size() + " pages");
            text += "shard " + build.shard().index() + " of " + build.shard().count() + ": " + selected + " of the " + build.inSelection().size()
                    + " examples of " + of + " (" + Durations.forReader(Duration.ofMillis(plan.part(build.shard().index()).recordedMillis()))
                    + " of the " + Durations.forReader(Duration.ofMillis(plan.totalMillis())) + " recorded)";
        } else {
            text += build.selection().describe(selected, build.pages().size());
        }
        return config.repeat() > 1 ? text + ", each run " + config.repeat() + " times" : text;
    }

    /** Which shard ran, for report.json; without a plan (the build stopped before it), only the shard and its count. */
    private Report.ShardEntry shardEntry(@Nullable ShardPlan shards, int examples) {
        Shard shard = config.shard();
        return shards == null ? new Report.ShardEntry(shard.index(), shard.count(), examples, 0, 0)
                : new Report.ShardEntry(shard.index(), shard.count(), examples, shards.part(shard.index()).recordedMillis(), shards.totalMillis());
    }

    private void tell(Outcome o, @Nullable String note) {
        Example e = o.example();
        Duration total = o.evidence().runs().stream().map(r -> r.duration()).reduce(Duration::plus).orElse(null);
        Progress.Status status = !o.passed() ? Progress.Status.FAILED : o.evidence().cached() ? Progress.Status.REUSED : Progress.Status.PASSED;
        int runs = o.evidence().runs().size();
        String text = !o.passed() ? o.problems().getFirst().message() : runs > 1 && note == null ? runs + " runs" : note;
        progress.example(status, where(e), e.mode().word(), o.evidence().cached() ? null : total, text);
    }

    private static String where(Example e) {
        return e.page() + ":" + e.pos().line();
    }

    /** Paths in messages as the author wrote them: relative to the working directory. */
    private String shorten(String text) {
        return text.replace(config.workingDir().toAbsolutePath() + File.separator, "");
    }
}
