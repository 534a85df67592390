package dev.sitegen;

import java.util.List;
import java.util.Map;

import dev.sitegen.config.Config;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.extract.Example;
import dev.sitegen.record.RecordAudit;
import dev.sitegen.record.RecordStore;
import dev.sitegen.record.Stored;
import dev.sitegen.render.SiteFile;
import dev.sitegen.run.Evidence;
import dev.sitegen.write.SiteWriter;

/**
 * {@code mvn verify}: every example runs again and is checked; the pages show the recorded
 * runs, which is what a build would show, and the committed site is compared with them.
 * Nothing is written.
 */
final class Checking implements Finish {

    private final Config config;

    Checking(Config config) {
        this.config = config;
    }

    @Override
    public String verb() {
        return "Checking";
    }

    @Override
    public boolean reusesRecords() {
        return false;
    }

    @Override
    public boolean rendersSite() {
        return config.shard().first();
    }

    @Override
    public Map<Example, Evidence> shown(Build build, Map<Example, Result> results) {
        return Finish.shown(build, Map.of(), e -> build.reporter().report(
                Diagnostic.error(e.pos(), "no recorded run matches this example, so site/ cannot be up to date").withSpan(3)
                        .withHint("run `mvn site-gen` and commit " + config.display(config.content()) + "/" + RecordStore.DIR + "/ and "
                                + config.display(config.site()) + "/")));
    }

    @Override
    public void audit(Build build, Map<Example, Result> results, java.util.function.Function<List<Example>, Map<Example, Result>> again) {
        List<Example> suspects = build.selected().stream().filter(e -> !declaredToVary(e)).filter(e -> {
            Result fresh = results.get(e);
            Stored recorded = build.recorded(e);
            return recorded != null && fresh.outcome().passed() && !fresh.raw().runs().isEmpty()
                    && !RecordAudit.consistent(recorded, fresh.raw().runs());
        }).toList();
        if (suspects.isEmpty()) return;
        Map<Example, Result> second = again.apply(suspects);
        Map<Example, Result> third = again.apply(suspects);
        for (Example e : suspects) {
            RecordAudit.verdict(e, build.recorded(e), List.of(results.get(e).raw().runs(), second.get(e).raw().runs(), third.get(e).raw().runs()))
                    .ifPresent(build.reporter()::report);
        }
    }

    /**
     * An example whose page says its output varies (several runs, a timing demo, an
     * unordered or wildcard expectation) may differ from its record without the record
     * lying: measured here, three runs of a sleep agreed on "slept 100 ms" where the record
     * said 104. Those examples are checked against their declared expectations only.
     */
    private static boolean declaredToVary(Example e) {
        return e.attrs().runs() > 1 || e.attrs().exclusive()
                || e.expected().map(x -> x.unordered() || x.lines().stream().anyMatch(l -> l.contains("..."))).orElse(false);
    }

    @Override
    public String complete(Build build, Map<Example, Result> results, List<SiteFile> files) {
        String site = config.display(config.site());
        if (!rendersSite()) return site + "/ is checked by shard 1 of " + config.shard().count() + ", with the pages and their links";
        boolean recordsMissing = build.inSelection().stream().anyMatch(e -> build.recorded(e) == null);
        if (recordsMissing) return site + "/ was not checked, because some examples have no recorded run";
        List<SiteFile> scoped = files.stream().filter(f -> build.selection().includesOutput(f.path())).toList();
        List<String> stale = new SiteWriter(config.site()).differences(scoped, build.selection()::includesOutput);
        if (stale.isEmpty()) return site + "/ is what `mvn site-gen` writes from the recorded runs";
        build.reporter().report(Diagnostic.error(null, site + "/ is not what `mvn site-gen` would write from the recorded runs")
                .withHint("run `mvn site-gen` and commit " + site + "/")
                .withDetail(String.join("\n", stale.subList(0, Math.min(stale.size(), 30)))
                        + (stale.size() > 30 ? "\n... and " + (stale.size() - 30) + " more" : "")));
        return site + "/ is out of date";
    }

    @Override
    public String interrupted(boolean completing) {
        return config.display(config.site()) + "/ was left as it was: a check writes nothing";
    }
}
