package dev.sitegen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sitegen.config.Config;
import dev.sitegen.config.Mode;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExtractedPage;
import dev.sitegen.record.Stored;
import dev.sitegen.render.SiteFile;
import dev.sitegen.run.Evidence;

/**
 * What a build does with its verdicts, chosen once from the command: {@link Publishing}
 * records the runs and writes the site; {@link Checking} writes nothing and compares.
 */
sealed interface Finish permits Publishing, Checking {

    static Finish of(Config config) {
        return config.mode() == Mode.BUILD ? new Publishing(config) : new Checking(config);
    }

    /** {@code Building} or {@code Checking}, for the heading. */
    String verb();

    /** Whether a recorded run may stand in for running an example. */
    boolean reusesRecords();

    /**
     * Whether this build renders the pages. A build always does; a check split into shards
     * leaves the site to its first shard, since the pages show the recorded runs whichever
     * shard ran what: the other shards would only repeat its work and its findings.
     */
    default boolean rendersSite() {
        return true;
    }

    /** Brings the site (and records) in line, or compares; returns what became of the site folder. */
    String complete(Build build, Map<Example, Result> results, List<SiteFile> files);

    /** What became of the site folder when an I/O failure stopped the build, given whether it was completing. */
    String interrupted(boolean completing);

    /**
     * What the pages show for each checked example: what it did in this build, else its
     * recorded run; {@code missing} is told of the selected examples that have neither.
     */
    static Map<Example, Evidence> shown(Build build, Map<Example, Result> fresh, java.util.function.Consumer<Example> missing) {
        Map<Example, Evidence> shown = new LinkedHashMap<>();
        for (ExtractedPage p : build.pages()) {
            for (Example e : p.examples()) {
                if (!e.mode().isChecked()) continue;
                Stored recorded = build.recorded(e);
                if (fresh.containsKey(e)) {
                    shown.put(e, fresh.get(e).outcome().evidence());
                } else if (recorded != null) {
                    shown.put(e, build.frames().resolve(e, recorded.evidenceFor(e)));
                } else if (build.selection().includes(e)) {
                    missing.accept(e);
                }
            }
        }
        return shown;
    }

    /**
     * Checks the records against what the examples did now; {@code again} runs examples
     * once more. Only a check does this: a build records what it ran.
     */
    default void audit(Build build, Map<Example, Result> results, java.util.function.Function<List<Example>, Map<Example, Result>> again) {
    }

    /** The evidence the pages show in this build. */
    Map<Example, Evidence> shown(Build build, Map<Example, Result> results);
}
