package dev.sitegen.record;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.extract.Example;
import dev.sitegen.run.RunResult;
import dev.sitegen.verify.OutputMatcher;

/**
 * Whether a record tells the truth. A record's checksum proves only that nobody edited it
 * carelessly; one edited with its checksum recomputed would be published as "real output".
 * A check runs every example again, and where the fresh output is not among the recorded
 * ones, it runs it twice more: three runs that agree with each other and not with the
 * record convict the record; runs that vary are an example whose output varies.
 */
public final class RecordAudit {

    private RecordAudit() {
    }

    /** Whether every output of {@code fresh} is one the record holds (output and exit code). */
    public static boolean consistent(Stored recorded, List<RunResult> fresh) {
        return outcomes(recorded.runs()).containsAll(outcomes(fresh));
    }

    /**
     * @param rounds the fresh runs and the two further rounds, each a list of runs
     * @return the error when every round agrees with the others and none agrees with the record
     */
    public static Optional<Diagnostic> verdict(Example e, Stored recorded, List<List<RunResult>> rounds) {
        Set<String> first = outcomes(rounds.getFirst());
        boolean agree = rounds.stream().allMatch(r -> outcomes(r).equals(first));
        boolean noneRecorded = rounds.stream().noneMatch(r -> consistent(recorded, r));
        if (!agree || !noneRecorded) return Optional.empty();
        String actual = rounds.getFirst().getFirst().text();
        List<String> claimed = OutputMatcher.normalize(recorded.runs().getFirst().text());
        return Optional.of(Diagnostic.error(e.pos(), "the recorded output is not what this example prints: " + rounds.size()
                        + " runs agreed with each other and not with " + RecordStore.DIR + "/" + e.page().replaceFirst("\\.md$", ".json"))
                .withSpan(3)
                .withDetail(OutputMatcher.diff(claimed, actual, false, "recorded"))
                .withHint("records are written by `mvn site-gen`, never by hand: run `mvn site-gen -Dsitegen.rerun -Dsitegen.only="
                        + e.id() + "` and commit the record and site/"));
    }

    /** What a run shows a reader: its output, lines normalised, and how it ended. */
    private static Set<String> outcomes(List<RunResult> runs) {
        Set<String> outcomes = new LinkedHashSet<>();
        for (RunResult r : runs) {
            outcomes.add(String.join("\n", OutputMatcher.normalize(r.text())) + "\n# exit " + r.exitCode() + (r.timedOut() ? " timed out" : ""));
        }
        return outcomes;
    }
}
