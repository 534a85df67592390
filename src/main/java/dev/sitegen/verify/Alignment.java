package dev.sitegen.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cheapest alignment of expected lines with actual lines: a matching line costs
 * nothing, a missing or unexpected line costs one, and a {@code ...} line absorbs any
 * number of actual lines for free.
 */
final class Alignment {

    /** One step of the alignment. */
    record Edit(Kind kind, String text) {
        enum Kind {
            /** an expected line matched by an actual one */
            SAME,
            /** an expected line missing from the actual output */
            REMOVED,
            /** an actual line that was not expected */
            ADDED,
            /** an actual line absorbed by a {@code ...} line */
            ABSORBED,
            /** a {@code ...} line of the expected output (printed only through what it absorbed) */
            WILDCARD
        }
    }

    private final List<String> expected;
    private final List<String> actual;
    private final int[][] cost;

    private Alignment(List<String> expected, List<String> actual) {
        this.expected = expected;
        this.actual = actual;
        int n = expected.size();
        int m = actual.size();
        cost = new int[n + 1][m + 1];
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                if (i == n) {
                    cost[i][j] = m - j;
                } else if (isWildcard(i)) {
                    cost[i][j] = Math.min(cost[i + 1][j], j < m ? cost[i][j + 1] : Integer.MAX_VALUE);
                } else {
                    int best = cost[i + 1][j] + 1;
                    if (j < m) {
                        best = Math.min(best, cost[i][j + 1] + 1);
                        if (OutputMatcher.lineMatches(expected.get(i), actual.get(j))) best = Math.min(best, cost[i + 1][j + 1]);
                    }
                    cost[i][j] = best;
                }
            }
        }
    }

    static Alignment of(List<String> expected, List<String> actual) {
        return new Alignment(expected, actual);
    }

    private boolean isWildcard(int i) {
        return expected.get(i).strip().equals(OutputMatcher.WILDCARD);
    }

    int cost() {
        return cost[0][0];
    }

    List<Edit> edits() {
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        int n = expected.size();
        int m = actual.size();
        while (i < n || j < m) {
            if (i == n) {
                edits.add(new Edit(Edit.Kind.ADDED, actual.get(j++)));
            } else if (isWildcard(i)) {
                // absorb only what no cheaper alignment could match: the diff then pairs lines where it can
                if (j < m && cost[i][j] != cost[i + 1][j]) {
                    edits.add(new Edit(Edit.Kind.ABSORBED, actual.get(j++)));
                } else {
                    edits.add(new Edit(Edit.Kind.WILDCARD, expected.get(i++)));
                }
            } else if (j < m && OutputMatcher.lineMatches(expected.get(i), actual.get(j)) && cost[i][j] == cost[i + 1][j + 1]) {
                edits.add(new Edit(Edit.Kind.SAME, actual.get(j++)));
                i++;
            } else if (cost[i][j] == cost[i + 1][j] + 1) {
                edits.add(new Edit(Edit.Kind.REMOVED, expected.get(i++)));
            } else {
                edits.add(new Edit(Edit.Kind.ADDED, actual.get(j++)));
            }
        }
        return Collections.unmodifiableList(edits);
    }
}
