package dev.sitegen;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.sitegen.config.Config;
import dev.sitegen.config.Shard;
import dev.sitegen.diag.Reporter;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExampleExtractor;
import dev.sitegen.extract.ExtractedPage;
import dev.sitegen.extract.Session;
import dev.sitegen.extract.Language;
import dev.sitegen.load.ContentLoader;
import dev.sitegen.load.Site;
import dev.sitegen.record.RecordKey;
import dev.sitegen.record.RecordStore;
import dev.sitegen.record.ShardPlan;
import dev.sitegen.record.Stored;
import dev.sitegen.run.PythonInterpreter;
import org.jspecify.annotations.Nullable;

/**
 * What one build has read: the pages, their examples, what {@code -Dsitegen.only} selects,
 * each example's record key, the recorded runs, and the {@code python3} that runs
 * {@code python run} blocks (looked for only when the site has one).
 */
record Build(Reporter reporter, Timings timings, Site site, List<ExtractedPage> pages, Selection selection, Frames frames,
             Map<Example, String> keys, RecordStore store, RecordStore.Loaded records, Optional<PythonInterpreter> python,
             Shard shard, ShardPlan shards) {

    /** The example's recorded run, when its record key has one. */
    @Nullable Stored recorded(Example e) {
        return records.byKey().get(keys.get(e));
    }

    /**
     * The checked examples ({@code run}, {@code compile}, {@code fail}) of the selection and of
     * this build's shard, in page order; a session whole.
     */
    List<Example> selected() {
        if (!shard.split()) return inSelection(pages, selection);
        Set<Example> mine = Set.copyOf(shards.part(shard.index()).examples());
        return inSelection(pages, selection).stream().filter(mine::contains).toList();
    }

    /** The checked examples of the selection, every shard's, in page order; a session whole. */
    List<Example> inSelection() {
        return inSelection(pages, selection);
    }

    private static List<Example> inSelection(List<ExtractedPage> pages, Selection selection) {
        return pages.stream().flatMap(p -> p.examples().stream())
                .filter(e -> e.mode().isChecked() && together(pages, e).stream().anyMatch(selection::includes)).toList();
    }

    /** The blocks that run with {@code e}: its session's, or itself alone. */
    List<Example> together(Example e) {
        return together(pages, e);
    }

    private static List<Example> together(List<ExtractedPage> pages, Example e) {
        if (e.session().isEmpty()) return List.of(e);
        return pages.stream().filter(p -> p.page().path().equals(e.page())).findFirst()
                .flatMap(p -> p.sessionOf(e)).map(Session::blocks).orElse(List.of(e));
    }

    /** The selection's examples, grouped into what runs together: a session's blocks, or one example. */
    private static List<List<Example>> units(List<ExtractedPage> pages, Selection selection) {
        Set<Example> seen = new HashSet<>();
        List<List<Example>> units = new ArrayList<>();
        for (Example e : inSelection(pages, selection)) {
            if (seen.contains(e)) continue;
            List<Example> unit = together(pages, e);
            seen.addAll(unit);
            units.add(unit);
        }
        return units;
    }

    /** Reads the pages and their examples while the recorded runs load beside them. */
    static Build load(Config config, Reporter reporter, Timings timings) {
        String contentDisplay = config.display(config.content());
        RecordStore store = new RecordStore(config.content(), contentDisplay, reporter);
        CompletableFuture<RecordStore.Loaded> records = CompletableFuture.supplyAsync(store::load);
        Site site = timings.time("load", () -> new ContentLoader(reporter).load(config.content(), contentDisplay).publishedAt(config.baseUrl()));
        List<ExtractedPage> pages = timings.time("extract", () -> new ExampleExtractor(reporter).extract(site));
        Map<Example, String> keys = new HashMap<>();
        int jdk = Runtime.version().feature();
        boolean anyPython = pages.stream().flatMap(p -> p.examples().stream()).anyMatch(e -> e.language() == Language.PYTHON && e.mode().isChecked());
        Optional<PythonInterpreter> python = anyPython ? PythonInterpreter.find(config.searchPath()) : Optional.empty();
        // without python3, no record matches: its examples run, and fail saying how to install it
        String pythonVersion = python.map(PythonInterpreter::version).orElse("none");
        for (ExtractedPage p : pages) {
            for (Example e : p.examples()) {
                if (!e.mode().isChecked() || e.session().isPresent()) continue;
                keys.put(e, e.language() == Language.JAVA ? RecordKey.of(e, p.units(), jdk) : RecordKey.of(e, pythonVersion));
            }
            for (Session s : p.sessions()) for (Example e : s.blocks()) keys.put(e, RecordKey.ofSession(s, e, p.units(), jdk));
        }
        try {
            Selection selection = Selection.of(config.only(), pages, reporter);
            RecordStore.Loaded loaded = records.join();
            return new Build(reporter, timings, site, pages, selection, new Frames(pages, contentDisplay), keys, store, loaded, python,
                    config.shard(), ShardPlan.of(units(pages, selection), ShardPlan.recordedMillis(loaded), config.shard().count()));
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io : e;
        }
    }
}
