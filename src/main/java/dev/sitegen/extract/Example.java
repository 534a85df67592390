package dev.sitegen.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.sitegen.diag.SourcePos;

/**
 * A {@code java} fenced block.
 *
 * @param id       unique in the site: the anchor and the name in reports
 * @param page     the page's path under the content directory
 * @param pos      the opening fence, where messages about the whole example point
 * @param mode     what the build does with it
 * @param attrs    its attributes
 * @param code     its source lines, included files resolved
 * @param expected the {@code output} block after it, if any
 * @param session  the session it belongs to (written on it or in its page's front matter)
 * @param language the language it is written in
 */
public record Example(String id, String page, SourcePos pos, ExampleMode mode, Attributes attrs, List<CodeLine> code,
                     Optional<Expectation> expected, Optional<String> session, Language language) {

    /** A Java block on its own. */
    public Example(String id, String page, SourcePos pos, ExampleMode mode, Attributes attrs, List<CodeLine> code,
                   Optional<Expectation> expected) {
        this(id, page, pos, mode, attrs, code, expected, Optional.empty(), Language.JAVA);
    }

    /** A block on its own, in {@code language}. */
    public Example(String id, String page, SourcePos pos, ExampleMode mode, Attributes attrs, List<CodeLine> code,
                   Optional<Expectation> expected, Language language) {
        this(id, page, pos, mode, attrs, code, expected, Optional.empty(), language);
    }

    public Example {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(attrs, "attrs");
        code = List.copyOf(code);
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(language, "language");
        if (language != Language.JAVA && (mode == ExampleMode.COMPILE || mode == ExampleMode.FAIL || mode == ExampleMode.FILE)) {
            throw new IllegalArgumentException("only Java examples are compiled: " + language.word() + " " + mode.word());
        }
        if (expected.isPresent() && mode != ExampleMode.RUN) {
            throw new IllegalArgumentException("only run examples have expected output");
        }
    }

    /** This block as part of {@code session}, its run described by {@code runOf}. */
    public Example inSession(String session, Attributes runOf) {
        return new Example(id, page, pos, mode, attrs.withRunOf(runOf), code, expected, Optional.of(session), language);
    }

    /** The source as compiled. */
    public String source() {
        StringBuilder sb = new StringBuilder();
        for (CodeLine line : code) sb.append(line.text()).append('\n');
        return sb.toString();
    }

    /** The source as the reader sees it: hidden lines left out, the indentation they all share removed. */
    public String shownSource() {
        List<String> shown = code.stream().filter(CodeLine::shown).map(CodeLine::text).toList();
        int indent = shown.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (String line : shown) sb.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        return sb.toString();
    }
}
