package dev.sitegen.diag;

import java.util.Arrays;

/** Turns character offsets in a text into line and column positions. */
public final class LineIndex {

    private final String file;
    private final int[] lineStarts;

    public LineIndex(String file, CharSequence text) {
        this.file = file;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public SourcePos at(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new SourcePos(file, line + 1, offset - lineStarts[line] + 1);
    }

    /** The offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[Math.min(line, lineStarts.length) - 1];
    }
}
