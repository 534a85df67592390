package dev.sitegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.Expectation;
import dev.sitegen.run.RunResult;
import dev.sitegen.verify.Outcome;
import dev.sitegen.verify.OutputMatcher;

/**
 * {@code -Dsitegen.promote}: writes each example's real output into its {@code output}
 * block where they differ, empty blocks included, so that an author writes the example,
 * adds an empty block, builds, and reviews the result with {@code git diff}. A block that
 * matches, wildcards and {@code unordered} included, is never touched; an example whose
 * runs printed different outputs is left for the author to write with {@code ...}.
 */
final class Promotion {

    private final Path content;
    private final String contentDisplay;
    private final Reporter reporter;

    Promotion(Path content, String contentDisplay, Reporter reporter) {
        this.content = content;
        this.contentDisplay = contentDisplay;
        this.reporter = reporter;
    }

    /**
     * Promotes what can be promoted and takes the mismatches it fixed out of the verdicts.
     *
     * @param promoted told of each block it wrote, as {@code content/page.md:LINE}
     */
    void apply(Map<Example, Result> results, List<Example> selected, java.util.function.Consumer<String> promoted) {
        Map<String, List<Outcome>> byPage = new LinkedHashMap<>();
        for (Example e : selected) {
            Outcome o = results.get(e).outcome();
            if (promotable(o)) byPage.computeIfAbsent(e.page(), p -> new ArrayList<>()).add(o);
        }
        byPage.forEach((page, list) -> {
            rewrite(page, list);
            for (Outcome o : list) {
                Expectation x = o.example().expected().orElseThrow();
                promoted.accept(contentDisplay + "/" + page + ":" + x.pos().line());
                Result r = results.get(o.example());
                results.put(o.example(), new Result(r.raw(), new Outcome(o.example(), o.evidence(),
                        o.problems().stream().filter(d -> !isMismatch(d, x)).toList())));
            }
        });
    }

    /** An example that ran, whose only problems are its output block's mismatches, and whose runs agree. */
    private boolean promotable(Outcome o) {
        Example e = o.example();
        if (e.expected().isEmpty() || o.evidence().runs().isEmpty() || o.passed()) return false;
        Expectation x = e.expected().get();
        if (!o.problems().stream().allMatch(d -> isMismatch(d, x))) return false;
        List<RunResult> runs = o.evidence().runs();
        String first = runs.getFirst().text();
        if (runs.stream().anyMatch(r -> !r.text().equals(first))) {
            reporter.report(Diagnostic.warning(x.pos(), "not promoted: the " + runs.size() + " runs printed different outputs")
                    .withHint("write the block by hand, with `...` for what varies"));
            return false;
        }
        if (first.lines().anyMatch(l -> l.stripLeading().startsWith("```"))) {
            reporter.report(Diagnostic.warning(x.pos(), "not promoted: the output has a line that would close the block")
                    .withHint("write the block by hand, opened with more backticks"));
            return false;
        }
        return true;
    }

    private static boolean isMismatch(Diagnostic d, Expectation x) {
        return x.pos().equals(d.pos()) && d.message().contains("does not match the `output");
    }

    /** Replaces the lines of each block, from the bottom of the page up, so that the positions above stay true. */
    private void rewrite(String page, List<Outcome> outcomes) {
        Path file = content.resolve(page);
        try {
            List<String> lines = new ArrayList<>(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").lines().toList());
            List<Outcome> bottomUp = outcomes.stream().sorted(Comparator.comparingInt((Outcome o) -> o.example().expected().orElseThrow().pos().line()).reversed()).toList();
            for (Outcome o : bottomUp) {
                Expectation x = o.example().expected().orElseThrow();
                int first = x.pos().line(); // the line after the fence, counted from 0
                List<String> actual = OutputMatcher.normalize(o.evidence().runs().getFirst().text());
                for (int i = 0; i < x.lines().size(); i++) lines.remove(first);
                lines.addAll(first, actual);
            }
            Path tmp = file.resolveSibling("." + file.getFileName() + ".promote-tmp");
            Files.writeString(tmp, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot promote outputs into " + file, e);
        }
    }
}
