package dev.sitegen;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import dev.sitegen.cli.Terminal;
import dev.sitegen.compile.CompileResult;
import dev.sitegen.compile.ExampleCompiler;
import dev.sitegen.config.Config;
import dev.sitegen.config.Mode;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.IoFailure;
import dev.sitegen.diag.Reporter;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExampleExtractor;
import dev.sitegen.extract.ExampleMode;
import dev.sitegen.extract.ExtractedPage;
import dev.sitegen.load.ContentLoader;
import dev.sitegen.load.Site;
import dev.sitegen.record.Evidence;
import dev.sitegen.record.RecordKey;
import dev.sitegen.record.RecordStore;
import dev.sitegen.record.Stored;
import dev.sitegen.render.SiteFile;
import dev.sitegen.render.SiteRenderer;
import dev.sitegen.run.ExampleRunner;
import dev.sitegen.run.RunResult;
import dev.sitegen.verify.Outcome;
import dev.sitegen.verify.Verifier;
import dev.sitegen.write.Report;
import dev.sitegen.write.ReportWriter;
import dev.sitegen.write.SiteWriter;

/**
 * The only class that knows the order of the stages:
 * load → extract → (reuse recorded runs) → compile → run → verify → render → write.
 *
 * <p>{@link Mode#BUILD} runs what changed, records it and writes the site when everything
 * passed. {@link Mode#CHECK} re-runs every example, checks it, and checks that the
 * committed site is what a build would write from the records; it writes neither.
 */
public final class Pipeline {

    private final Config config;
    private final Terminal terminal;
    private final Verifier verifier = new Verifier();
    private final int jdk = Runtime.version().feature();

    public Pipeline(Config config, Terminal terminal) {
        this.config = config;
        this.terminal = terminal;
    }

    /** What an example did: raw (frames relative to its code, as recorded) and its verdict. */
    private record Result(Stored raw, Outcome outcome) {
    }

    /** What one build has read and learned so far. */
    private record Build(Reporter reporter, Timings timings, Site site, List<ExtractedPage> pages, Selection selection,
                         Frames frames, Map<Example, String> keys, RecordStore store, RecordStore.Loaded records) {

        Stored recorded(Example e) {
            return records.byKey().get(keys.get(e));
        }
    }

    /** @return the process exit code: 0 when the build passed, 1 when it found problems */
    public int run(long startNanos) {
        Reporter reporter = new Reporter();
        Timings timings = new Timings();
        String siteDisplay = config.display(config.site());
        List<Example> selected = List.of();
        Map<Example, Result> results = Map.of();
        int pageCount = 0;
        String siteNote;
        long writeStart = -1;
        try {
            String contentDisplay = config.display(config.content());
            RecordStore store = new RecordStore(config.content(), contentDisplay, reporter);
            CompletableFuture<RecordStore.Loaded> records = CompletableFuture.supplyAsync(store::load); // meanwhile, read the pages

            Site site = new ContentLoader(reporter).load(config.content(), contentDisplay);
            List<ExtractedPage> pages = new ExampleExtractor(reporter).extract(site);
            pageCount = pages.size();
            Build build = new Build(reporter, timings, site, pages, Selection.of(config.only(), pages, reporter),
                    new Frames(pages, contentDisplay), keys(pages), store, join(records));

            selected = pages.stream().flatMap(p -> p.examples().stream())
                    .filter(e -> e.mode().isChecked() && build.selection().includes(e)).toList();
            terminal.heading((config.mode() == Mode.CHECK ? "Checking " : "Building ") + describe(selected.size(), pages.size(), build.selection()));

            results = check(build, selected);
            for (Example e : selected) reporter.reportAll(results.get(e).outcome().problems());

            long renderStart = System.nanoTime();
            List<SiteFile> files = new SiteRenderer(reporter).render(site, pages, shown(build, results), config.templates());
            build.timings().add("render", System.nanoTime() - renderStart);

            writeStart = System.nanoTime();
            siteNote = config.mode() == Mode.BUILD ? write(build, results, files) : compareWithSite(build, files);
            build.timings().add("write", System.nanoTime() - writeStart);
        } catch (UncheckedIOException e) {
            reporter.report(IoFailure.diagnostic(e, this::shorten));
            siteNote = writeStart < 0 || config.mode() == Mode.CHECK ? siteDisplay + "/ was left as it was, because the build failed"
                    : siteDisplay + "/ may be partly updated: run the build again once the problem is fixed";
        }

        long elapsed = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        try {
            ReportWriter.write(report(pageCount, elapsed, timings, selected, results), config.report());
        } catch (UncheckedIOException e) {
            reporter.report(IoFailure.diagnostic(e, this::shorten));
        }
        summary(selected, results, reporter, elapsed, siteNote);
        return reporter.hasErrors() ? 1 : 0;
    }

    private static RecordStore.Loaded join(CompletableFuture<RecordStore.Loaded> records) {
        try {
            return records.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io;
            throw e;
        }
    }

    /** Paths in messages as the author wrote them: relative to the working directory. */
    private String shorten(String text) {
        return text.replace(config.workingDir().toAbsolutePath() + java.io.File.separator, "");
    }

    /**
     * Reuses each example's recorded run while its inputs are unchanged and the run still meets
     * its expectations (a build, without {@code rerun}); compiles, runs and verifies the rest.
     */
    private Map<Example, Result> check(Build build, List<Example> selected) {
        Map<Example, Result> results = new ConcurrentHashMap<>();
        List<Example> toRun = new ArrayList<>();
        for (Example e : selected) {
            Stored recorded = build.recorded(e);
            if (config.mode() == Mode.BUILD && !config.rerun() && recorded != null) {
                Outcome outcome = verifier.verify(e, build.frames().resolve(e, recorded.evidenceFor(e)));
                if (outcome.passed()) {
                    results.put(e, new Result(recorded, outcome));
                    progress(outcome, "reused");
                    continue;
                }
                if (config.verbose()) terminal.line("  " + where(e) + ": its recorded run no longer meets the expectation: running it again");
            } else if (config.verbose()) {
                terminal.line("  " + where(e) + ": " + whyRun(e, build.keys().get(e), build.records()));
            }
            toRun.add(e);
        }
        execute(build, toRun, results);
        return results;
    }

    /**
     * What the pages show: a build shows what its examples did now or last time; a check shows
     * the recorded runs, which is what a build would show, and reports examples that have none.
     */
    private Map<Example, Evidence> shown(Build build, Map<Example, Result> results) {
        Map<Example, Evidence> shown = new LinkedHashMap<>();
        for (ExtractedPage p : build.pages()) {
            for (Example e : p.examples()) {
                if (!e.mode().isChecked()) continue;
                Stored recorded = build.recorded(e);
                if (config.mode() == Mode.BUILD && results.containsKey(e)) {
                    shown.put(e, results.get(e).outcome().evidence());
                } else if (recorded != null) {
                    shown.put(e, build.frames().resolve(e, recorded.evidenceFor(e)));
                } else if (config.mode() == Mode.CHECK && build.selection().includes(e)) {
                    build.reporter().report(Diagnostic.error(e.pos(), "no recorded run matches this example, so site/ cannot be up to date")
                            .withSpan(3).withHint("run `mvn site-gen` and commit " + config.display(config.content()) + "/"
                                    + RecordStore.DIR + "/ and " + config.display(config.site()) + "/"));
                }
            }
        }
        return shown;
    }

    /** Records what passed, then, if the whole build passed, brings the site in line. */
    private String write(Build build, Map<Example, Result> results, List<SiteFile> files) {
        List<RecordStore.Entry> keep = new ArrayList<>();
        for (ExtractedPage p : build.pages()) {
            for (Example e : p.examples()) {
                Result r = results.get(e);
                if (r != null && r.outcome().passed()) {
                    keep.add(new RecordStore.Entry(e, build.keys().get(e), r.raw()));
                } else if (r == null && !build.selection().includes(e) && build.recorded(e) != null) {
                    keep.add(new RecordStore.Entry(e, build.keys().get(e), build.recorded(e)));
                }
            }
        }
        Selection selection = build.selection();
        List<String> pagePaths = build.pages().stream().map(p -> p.page().path()).filter(selection::includesPage).toList();
        boolean failed = build.reporter().hasErrors();
        if (!build.pages().isEmpty()) build.store().save(pagePaths, keep, selection.isAll() && !failed);

        String siteDisplay = config.display(config.site());
        if (failed) return siteDisplay + "/ was left as it was, because the build failed";
        List<SiteFile> scoped = files.stream().filter(f -> selection.includesOutput(f.path())).toList();
        SiteWriter.Changes changes = new SiteWriter(config.site()).sync(scoped, selection::includesOutput);
        return changes.written().isEmpty() && changes.deleted().isEmpty() ? siteDisplay + "/ is up to date"
                : siteDisplay + "/ updated: " + changes.written().size() + " written, " + changes.deleted().size() + " deleted, "
                + changes.unchanged() + " unchanged";
    }

    /** A check writes nothing: it reports the files of the site that a build would write differently. */
    private String compareWithSite(Build build, List<SiteFile> files) {
        String siteDisplay = config.display(config.site());
        boolean recordsMissing = build.pages().stream().flatMap(p -> p.examples().stream())
                .anyMatch(e -> e.mode().isChecked() && build.selection().includes(e) && build.recorded(e) == null);
        if (recordsMissing) return siteDisplay + "/ was not checked, because some examples have no recorded run";
        List<SiteFile> scoped = files.stream().filter(f -> build.selection().includesOutput(f.path())).toList();
        List<String> stale = new SiteWriter(config.site()).differences(scoped, build.selection()::includesOutput);
        if (stale.isEmpty()) return siteDisplay + "/ is what `mvn site-gen` writes from the recorded runs";
        build.reporter().report(Diagnostic.error(null, siteDisplay + "/ is not what `mvn site-gen` would write from the recorded runs")
                .withHint("run `mvn site-gen` and commit " + siteDisplay + "/")
                .withDetail(String.join("\n", stale.subList(0, Math.min(stale.size(), 30)))
                        + (stale.size() > 30 ? "\n... and " + (stale.size() - 30) + " more" : "")));
        return siteDisplay + "/ is out of date";
    }

    /** Compiles and runs the examples; each one's verdict is printed as soon as it is known. */
    private void execute(Build build, List<Example> toRun, Map<Example, Result> results) {
        if (toRun.isEmpty()) return;
        Frames frames = build.frames();
        long compileStart = System.nanoTime();
        Map<Example, CompileResult> compiled = new ExampleCompiler(config.work().resolve("classes")).compile(build.pages(), toRun::contains);
        build.timings().add("compile", System.nanoTime() - compileStart);

        List<ExampleRunner.Job> jobs = new ArrayList<>();
        for (Example e : toRun) {
            CompileResult c = compiled.get(e);
            if (e.mode() == ExampleMode.RUN && c.compiled()) {
                jobs.add(new ExampleRunner.Job(e, c.program().orElseThrow()));
            } else {
                finish(e, new Evidence(c.errors(), List.of(), false), frames, results);
            }
        }
        long runStart = System.nanoTime();
        try {
            new ExampleRunner(config.javaHome(), config.work(), config.parallelism())
                    .run(jobs, (e, runs) -> finish(e, new Evidence(List.of(), runs, false), frames, results));
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running examples", ex);
        }
        build.timings().add("run", System.nanoTime() - runStart);
    }

    private void finish(Example e, Evidence raw, Frames frames, Map<Example, Result> results) {
        Outcome outcome = verifier.verify(e, frames.resolve(e, raw));
        results.put(e, new Result(Stored.of(raw), outcome));
        progress(outcome, null);
    }

    private void progress(Outcome o, String note) {
        Example e = o.example();
        Duration total = o.evidence().runs().stream().map(RunResult::duration).reduce(Duration::plus).orElse(null);
        Terminal.Status status = !o.passed() ? Terminal.Status.FAILED : o.evidence().cached() ? Terminal.Status.REUSED : Terminal.Status.PASSED;
        String text = note;
        if (!o.passed()) text = o.problems().getFirst().message();
        else if (e.attrs().runs() > 1 && note == null) text = e.attrs().runs() + " runs";
        terminal.example(status, where(e), e.mode().word(), o.evidence().cached() ? null : total, text);
    }

    private String where(Example e) {
        return e.page() + ":" + e.pos().line();
    }

    private static String whyRun(Example e, String key, RecordStore.Loaded records) {
        String old = records.keyOfId().get(e.id());
        if (old == null) return "not recorded yet: running it";
        return old.equals(key) ? "re-running it as asked" : "changed since it was recorded: running it again";
    }

    private Map<Example, String> keys(List<ExtractedPage> pages) {
        Map<Example, String> keys = new java.util.HashMap<>();
        for (ExtractedPage p : pages) {
            List<Example> units = p.units();
            for (Example e : p.examples()) if (e.mode().isChecked()) keys.put(e, RecordKey.of(e, units, jdk));
        }
        return keys;
    }

    private static String describe(int examples, int pages, Selection selection) {
        String what = pages + (pages == 1 ? " page" : " pages") + ", " + examples + (examples == 1 ? " example" : " examples");
        return selection.isAll() ? what : selection.only().get() + " (" + examples + (examples == 1 ? " example)" : " examples)");
    }

    private Report report(int pageCount, long elapsed, Timings timings, List<Example> examples, Map<Example, Result> results) {
        List<Report.ExampleEntry> entries = new ArrayList<>();
        for (Example e : examples) {
            if (!results.containsKey(e)) continue; // the build stopped before it ran
            Outcome o = results.get(e).outcome();
            List<RunResult> runs = o.evidence().runs();
            Integer exit = runs.isEmpty() || runs.getFirst().exitCode().isEmpty() ? null : runs.getFirst().exitCode().getAsInt();
            Long duration = runs.isEmpty() ? null : runs.stream().mapToLong(r -> r.duration().toMillis()).sum();
            entries.add(new Report.ExampleEntry(e.id(), config.display(config.content()) + "/" + e.page(), e.pos().line(), e.mode().word(),
                    o.passed() ? "passed" : "failed", exit, duration, o.evidence().cached(), runs.size()));
        }
        return new Report(Runtime.version().toString().replaceFirst("\\+.*", ""), pageCount, elapsed, timings.asMap(), entries);
    }

    private void summary(List<Example> examples, Map<Example, Result> results, Reporter reporter, long elapsed, String siteNote) {
        examples = examples.stream().filter(results::containsKey).toList();
        long failed = examples.stream().filter(e -> !results.get(e).outcome().passed()).count();
        long reused = examples.stream().filter(e -> results.get(e).outcome().evidence().cached()).count();
        List<Diagnostic> problems = reporter.sorted();
        int errors = reporter.errorCount();
        String verdict = errors == 0 ? terminal.style().green("OK") : terminal.style().red("FAILED");
        terminal.line("");
        terminal.line(verdict + ": " + examples.size() + (examples.size() == 1 ? " example, " : " examples, ") + (examples.size() - failed) + " passed, " + failed + " failed"
                + (reused > 0 ? " (" + reused + " reused from recorded runs)" : "") + "; "
                + errors + (errors == 1 ? " error" : " errors") + " in " + Terminal.human(Duration.ofMillis(elapsed)));
        terminal.line(siteNote);
        terminal.problems(problems);
        if (errors > 0) terminal.line(errors + (errors == 1 ? " error." : " errors."));
    }

    /** Wall-clock time per stage, for report.json. */
    private static final class Timings {
        private final Map<String, Long> nanos = new LinkedHashMap<>();

        Timings() {
            for (String stage : List.of("compile", "run", "render", "write")) nanos.put(stage, 0L);
        }

        void add(String stage, long n) {
            nanos.merge(stage, n, Long::sum);
        }

        Map<String, Long> asMap() {
            Map<String, Long> ms = new LinkedHashMap<>();
            nanos.forEach((k, v) -> ms.put(k, Duration.ofNanos(v).toMillis()));
            return ms;
        }
    }
}
