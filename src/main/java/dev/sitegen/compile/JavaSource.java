package dev.sitegen.compile;

import java.util.List;

import dev.sitegen.diag.SourcePos;
import org.jspecify.annotations.Nullable;

/**
 * A compilation unit made from an example or a {@code file=} unit.
 *
 * @param fileName  the name javac sees, e.g. {@code Main__3.java} or {@code Deadlock.java}
 * @param text      the source as compiled
 * @param lines     the origin of each line of {@code text}
 * @param kind      how the author's code became this unit
 * @param mainClass the class to launch (null for units and sources without {@code main})
 * @param shownName the file name readers see in messages: {@code Main.java} for compact
 *                  sources, the file's own name otherwise
 * @param declared  the names it declares, which decide what it may share a javac task with
 */
record JavaSource(String fileName, String text, List<LineOrigin> lines, Kind kind, @Nullable String mainClass, String shownName,
                  Declared declared) {

    /** How the author's code became a compilation unit. */
    enum Kind {
        /** a compact source file, used as written */
        COMPACT,
        /** statements wrapped in {@code void main() throws Exception { ... }} */
        WRAPPED,
        /** an ordinary compilation unit with explicit top-level types */
        ORDINARY,
        /** a {@code file=} unit */
        UNIT
    }

    JavaSource {
        lines = List.copyOf(lines);
        java.util.Objects.requireNonNull(declared, "declared");
    }

    /** A source whose names are not known yet: it compiles alone until they are. */
    JavaSource(String fileName, String text, List<LineOrigin> lines, Kind kind, @Nullable String mainClass, String shownName) {
        this(fileName, text, lines, kind, mainClass, shownName, Declared.UNKNOWN);
    }

    JavaSource withDeclared(Declared names) {
        return new JavaSource(fileName, text, lines, kind, mainClass, shownName, names);
    }

    /** The generated class name, if this source has one the reader must not see. */
    String generatedClass() {
        return kind == Kind.COMPACT || kind == Kind.WRAPPED ? fileName.substring(0, fileName.length() - ".java".length()) : null;
    }

    /** The author's position of a 1-based line and column of {@link #text}. */
    SourcePos positionOf(int line, int column) {
        if (lines.isEmpty()) throw new IllegalStateException("empty source " + fileName);
        LineOrigin origin = lines.get(Math.min(Math.max(line, 1), lines.size()) - 1);
        return origin.origin().plusColumns(Math.max(0, column - 1 - origin.shift()));
    }

    String textOfLine(int line) {
        String[] all = text.split("\n", -1);
        return line >= 1 && line <= all.length ? all[line - 1] : "";
    }
}
