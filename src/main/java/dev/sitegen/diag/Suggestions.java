package dev.sitegen.diag;

import java.util.Collection;
import java.util.Optional;

/** Finds the valid word an author most probably meant when they typed an invalid one. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate within a small edit distance of {@code typed}, if any. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(typed.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** "did you mean `x`?" or the list of valid words when nothing is close. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates)
                .map(c -> "did you mean `" + c + "`?")
                .orElseGet(() -> "expected one of: " + String.join(", ", candidates.stream().map(c -> "`" + c + "`").toList()));
    }

    /** Damerau-Levenshtein distance (optimal string alignment): a swap of neighbours costs 1. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
