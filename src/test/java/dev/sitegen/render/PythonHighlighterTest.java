package dev.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Python code is coloured with the classes Java code gets, and never loses a character. */
class PythonHighlighterTest {

    private final PythonHighlighter highlighter = new PythonHighlighter();

    /** Each coloured span as {@code class:text}. */
    private String coloured(String source) {
        List<Highlighter.Span> spans = highlighter.spans(source);
        assertEquals(source, spans.stream().map(Highlighter.Span::text).collect(Collectors.joining()), "the spans add up to the source");
        return spans.stream().filter(s -> s.cssClass() != null).map(s -> s.cssClass() + ":" + s.text()).collect(Collectors.joining(" "));
    }

    @Test
    void keywordsStringsNumbersCommentsAndLiteralsAreColoured() {
        assertEquals("tok-kw:def tok-kw:return tok-num:1.5 tok-com:# half", coloured("def f(x):\n    return x * 1.5  # half\n"));
        assertEquals("tok-str:f\"{n} done\" tok-lit:None tok-lit:True", coloured("print(f\"{n} done\", None, True)"));
        assertEquals("tok-kw:from tok-kw:import tok-type:Thread", coloured("from threading import Thread"));
    }

    @Test
    void aHashInAStringIsNoCommentAndTripleQuotesSpanLines() {
        assertEquals("tok-str:'#1'", coloured("x = '#1'"));
        assertEquals("tok-str:\"\"\"a\n# b\n\"\"\"", coloured("s = \"\"\"a\n# b\n\"\"\""));
    }

    @Test
    void aDecoratorIsAnAnnotationAndNamesWithDigitsAreNoNumbers() {
        assertEquals("tok-ann:@functools.cache tok-kw:def", coloured("    @functools.cache\n    def f(x2):"));
        assertEquals("", coloured("x2 = y_3"));
    }

    @Test
    void anUnterminatedStringStaysPlain() {
        assertEquals("", coloured("print('never closed)"));
    }
}
