package dev.sitegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.sitegen.config.Config;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExtractedPage;
import dev.sitegen.record.RecordStore;
import dev.sitegen.render.SiteFile;
import dev.sitegen.run.Evidence;
import dev.sitegen.write.SiteWriter;

/** {@code mvn site-gen}: when the whole build passed, brings the site in line, then records the runs. */
final class Publishing implements Finish {

    private final Config config;

    Publishing(Config config) {
        this.config = config;
    }

    @Override
    public String verb() {
        return "Building";
    }

    @Override
    public boolean reusesRecords() {
        return !config.rerun();
    }

    @Override
    public Map<Example, Evidence> shown(Build build, Map<Example, Result> results) {
        return Finish.shown(build, results, e -> { }); // a failed example has a result, so nothing is missing
    }

    @Override
    public String complete(Build build, Map<Example, Result> results, List<SiteFile> files) {
        List<RecordStore.Entry> keep = new ArrayList<>();
        Selection selection = build.selection();
        for (ExtractedPage p : build.pages()) {
            for (Example e : p.examples()) {
                Result r = results.get(e);
                if (r != null && r.outcome().passed()) {
                    keep.add(new RecordStore.Entry(e, build.keys().get(e), r.raw()));
                } else if (r == null && !selection.includes(e) && build.recorded(e) != null) {
                    keep.add(new RecordStore.Entry(e, build.keys().get(e), build.recorded(e)));
                }
            }
        }
        List<String> pagePaths = build.pages().stream().map(p -> p.page().path()).filter(selection::includesPage).toList();
        SiteWriter writer = new SiteWriter(config.site());
        List<SiteFile> scoped = files.stream().filter(f -> selection.includesOutput(f.path())).toList();
        String site = config.display(config.site());
        try {
            writer.checkOwnership(scoped);
        } catch (SiteWriter.ForeignFiles e) {
            List<String> named = e.files().subList(0, Math.min(10, e.files().size()));
            build.reporter().report(Diagnostic.error(null, "cannot write the site into " + site + "/: " + e.getMessage())
                    .withDetail(String.join("\n", named) + (e.files().size() > named.size() ? "\n... and " + (e.files().size() - named.size()) + " more" : ""))
                    .withHint("the build deletes and replaces only files it wrote; move these files out of " + site
                            + "/, or set -Dsitegen.site to a new or empty folder"));
            return site + "/ was left as it was, because it holds files no build wrote";
        }
        // a failed build changes nothing: neither the site nor the records
        if (build.reporter().hasErrors()) return site + "/ and the recorded runs were left as they were, because the build failed";
        SiteWriter.Changes changes = writer.sync(scoped, selection::includesOutput);
        if (!build.pages().isEmpty()) build.store().save(pagePaths, keep, selection.isAll());
        return changes.written().isEmpty() && changes.deleted().isEmpty() ? site + "/ is up to date"
                : site + "/ updated: " + changes.written().size() + " written, " + changes.deleted().size() + " deleted, "
                + changes.unchanged() + " unchanged";
    }

    @Override
    public String interrupted(boolean completing) {
        String site = config.display(config.site());
        return completing ? site + "/ may be partly updated: run the build again once the problem is fixed"
                : site + "/ was left as it was, because the build failed";
    }
}
