package dev.sitegen.extract;

import java.util.Objects;

import dev.sitegen.diag.SourcePos;

/**
 * One line of an example's source.
 *
 * @param text   the line as compiled, without its line break
 * @param origin where its first character is in the file the author wrote
 * @param shown  whether the reader sees it ({@code // hide} lines and lines outside an
 *               included region are compiled but not shown)
 */
public record CodeLine(String text, SourcePos origin, boolean shown) {

    public CodeLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (text.indexOf('\n') >= 0) throw new IllegalArgumentException("a line cannot hold a line break");
    }
}
