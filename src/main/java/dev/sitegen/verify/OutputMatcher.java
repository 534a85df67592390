package dev.sitegen.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares what a program printed with an {@code output} block, after normalising line
 * endings, trailing whitespace and trailing blank lines. {@code ...} alone on a line
 * matches any number of lines; {@code ...} inside a line matches any text within it. An
 * unordered block matches the same lines in any order.
 */
public final class OutputMatcher {

    public static final String WILDCARD = "...";

    private OutputMatcher() {
    }

    /** Lines without line-ending differences, trailing whitespace or trailing blank lines. */
    public static List<String> normalize(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>(Arrays.stream(unified.split("\n", -1)).map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.getLast().isEmpty()) lines.removeLast();
        return lines;
    }

    public static List<String> normalize(List<String> lines) {
        return normalize(String.join("\n", lines));
    }

    public static boolean matches(List<String> expected, String actual, boolean unordered) {
        List<String> want = normalize(expected);
        List<String> got = normalize(actual);
        if (unordered) return want.stream().sorted().toList().equals(got.stream().sorted().toList());
        return Alignment.of(want, got).cost() == 0;
    }

    /** Whether one actual line matches one expected line, {@code ...} inside it matching any text. */
    static boolean lineMatches(String expected, String actual) {
        if (!expected.contains(WILDCARD)) return expected.equals(actual);
        String[] parts = expected.split("\\.\\.\\.", -1);
        if (!actual.startsWith(parts[0])) return false;
        int at = parts[0].length();
        for (int i = 1; i < parts.length - 1; i++) {
            int found = actual.indexOf(parts[i], at);
            if (found < 0) return false;
            at = found + parts[i].length();
        }
        String last = parts[parts.length - 1];
        return actual.length() - last.length() >= at && actual.endsWith(last);
    }

    /**
     * A unified diff ({@code --- expected}, {@code +++ actual}) of a mismatch; lines a
     * wildcard absorbed are shown as context.
     */
    public static String diff(List<String> expected, String actual, boolean unordered, String expectedLabel) {
        List<String> want = normalize(expected);
        List<String> got = normalize(actual);
        if (unordered) {
            want = want.stream().sorted().toList();
            got = got.stream().sorted().toList();
        }
        return UnifiedDiff.format(Alignment.of(want, got).edits(), expectedLabel, unordered ? "actual (lines sorted)" : "actual");
    }
}
