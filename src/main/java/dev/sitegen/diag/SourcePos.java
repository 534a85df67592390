package dev.sitegen.diag;

import java.util.Objects;

/**
 * A place in a file the author wrote: the file as the author names it (relative to the
 * working directory when it is below it), a 1-based line and a 1-based column.
 */
public record SourcePos(String file, int line, int column) {

    public SourcePos {
        Objects.requireNonNull(file, "file");
        if (line < 1) throw new IllegalArgumentException("line must be >= 1: " + line);
        if (column < 1) throw new IllegalArgumentException("column must be >= 1: " + column);
    }

    public static SourcePos of(String file, int line) {
        return new SourcePos(file, line, 1);
    }

    public SourcePos atColumn(int newColumn) {
        return new SourcePos(file, line, newColumn);
    }

    public SourcePos plusColumns(int columns) {
        return new SourcePos(file, line, column + columns);
    }

    public SourcePos plusLines(int lines) {
        return new SourcePos(file, line + lines, column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
