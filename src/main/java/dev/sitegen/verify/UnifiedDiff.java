package dev.sitegen.verify;

import java.util.List;

/** Formats an alignment as a unified diff with three lines of context. */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    static String format(List<Alignment.Edit> edits, String fromLabel, String toLabel) {
        StringBuilder out = new StringBuilder().append("--- ").append(fromLabel).append('\n').append("+++ ").append(toLabel).append('\n');
        int k = 0;
        while (k < edits.size()) {
            while (k < edits.size() && !isChange(edits.get(k))) k++;
            if (k == edits.size()) break;
            int start = Math.max(0, k - CONTEXT);
            // extend the hunk over changes separated by at most 2 × CONTEXT unchanged lines
            int end = k;
            int trailing = 0;
            while (end < edits.size()) {
                if (isChange(edits.get(end))) trailing = 0;
                else if (trailing == 2 * CONTEXT) break;
                else trailing++;
                end++;
            }
            end -= Math.max(0, trailing - CONTEXT);
            int fromLine = 1;
            int toLine = 1;
            for (int e = 0; e < start; e++) {
                if (onFromSide(edits.get(e))) fromLine++;
                if (onToSide(edits.get(e))) toLine++;
            }
            int fromCount = 0;
            int toCount = 0;
            StringBuilder hunk = new StringBuilder();
            for (int e = start; e < end; e++) {
                Alignment.Edit edit = edits.get(e);
                switch (edit.kind()) {
                    case SAME, ABSORBED -> hunk.append(' ').append(edit.text()).append('\n');
                    case REMOVED -> hunk.append('-').append(edit.text()).append('\n');
                    case ADDED -> hunk.append('+').append(edit.text()).append('\n');
                    case WILDCARD -> {
                    }
                }
                if (onFromSide(edit)) fromCount++;
                if (onToSide(edit)) toCount++;
            }
            out.append("@@ -").append(range(fromLine, fromCount)).append(" +").append(range(toLine, toCount)).append(" @@\n").append(hunk);
            k = end;
        }
        return out.toString();
    }

    private static boolean isChange(Alignment.Edit e) {
        return e.kind() == Alignment.Edit.Kind.REMOVED || e.kind() == Alignment.Edit.Kind.ADDED;
    }

    /** Lines counted in the expected text: matched, missing, and the {@code ...} lines themselves. */
    private static boolean onFromSide(Alignment.Edit e) {
        return e.kind() == Alignment.Edit.Kind.SAME || e.kind() == Alignment.Edit.Kind.REMOVED || e.kind() == Alignment.Edit.Kind.WILDCARD;
    }

    /** Lines counted in the actual output: matched, unexpected, and those a {@code ...} absorbed. */
    private static boolean onToSide(Alignment.Edit e) {
        return e.kind() == Alignment.Edit.Kind.SAME || e.kind() == Alignment.Edit.Kind.ADDED || e.kind() == Alignment.Edit.Kind.ABSORBED;
    }

    private static String range(int line, int count) {
        if (count == 0) return (line - 1) + ",0";
        return count == 1 ? Integer.toString(line) : line + "," + count;
    }
}
