package dev.sitegen;

import java.util.List;

import dev.sitegen.diag.Diagnostic;

/**
 * How one build ended, for whoever started it: the command line turns it into an exit
 * code, the preview into a page that reloads or an overlay listing the problems.
 *
 * @param exitCode 0 when the build passed, 1 when the content has problems, 3 for an internal error
 * @param problems every problem the build reported, sorted by position
 */
public record BuildResult(int exitCode, List<Diagnostic> problems) {

    public BuildResult {
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return exitCode == 0;
    }
}
