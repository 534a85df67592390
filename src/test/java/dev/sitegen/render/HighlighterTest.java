package dev.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.sitegen.render.Highlighter.Span;

class HighlighterTest {

    private final Highlighter highlighter = new Highlighter();

    private List<Span> spans(String source) {
        return highlighter.spans(source);
    }

    private String classOf(String source, String token) {
        return spans(source).stream().filter(s -> s.text().equals(token)).findFirst()
                .orElseThrow(() -> new AssertionError("no span " + token + " in " + spans(source))).cssClass();
    }

    @Test
    void keywordsNumbersAndCommentsAreClassified() {
        assertEquals(List.of(new Span("int", "tok-kw"), new Span(" x = ", null), new Span("42", "tok-num"),
                new Span("; ", null), new Span("// the answer", "tok-com")), spans("int x = 42; // the answer"));
    }

    @Test
    void stringsAndCharactersAreStrings() {
        assertEquals("tok-str", classOf("String s = \"hi\";", "\"hi\""));
        assertEquals("tok-str", classOf("char c = 'a';", "'a'"));
    }

    @Test
    void textBlockIsOneStringSpan() {
        String source = "String s = \"\"\"\n    hello\n    \"\"\";\n";
        assertEquals("tok-str", classOf(source, "\"\"\"\n    hello\n    \"\"\""));
    }

    @Test
    void blockAndJavadocCommentsAreComments() {
        assertEquals("tok-com", classOf("/* block */ int a;", "/* block */"));
        assertEquals("tok-com", classOf("/** doc */\nclass A {}", "/** doc */"));
    }

    @Test
    void annotationsAreMarkedWithTheirName() {
        assertEquals(List.of(new Span("@", "tok-ann"), new Span("Override", "tok-ann"), new Span(" ", null),
                new Span("public", "tok-kw"), new Span(" ", null), new Span("String", "tok-type"), new Span(" toString() {}", null)),
                spans("@Override public String toString() {}"));
    }

    @Test
    void capitalisedIdentifiersAreTypes() {
        assertEquals("tok-type", classOf("Thread t = new Thread();", "Thread"));
        assertEquals(null, classOf("Thread t = new Thread();", " t = "));
    }

    @Test
    void numberLiteralsInEveryFormAreNumbers() {
        assertEquals("tok-num", classOf("long n = 1_000L;", "1_000L"));
        assertEquals("tok-num", classOf("int h = 0x1F;", "0x1F"));
        assertEquals("tok-num", classOf("double d = 2.5e3;", "2.5e3"));
    }

    @Test
    void booleanAndNullLiteralsAreLiteralsNotNumbers() {
        assertEquals("tok-lit", classOf("boolean b = true;", "true"));
        assertEquals("tok-lit", classOf("boolean b = false;", "false"));
        assertEquals("tok-lit", classOf("Object o = null;", "null"));
    }

    @Test
    void unterminatedStringFallsBackToOnePlainSpan() {
        String source = "String s = \"never closed;\nint x = 1;\n";
        assertEquals(List.of(new Span(source, null)), spans(source));
    }

    @Test
    void unterminatedCommentFallsBackToOnePlainSpan() {
        String source = "int x; /* never closed\n";
        assertEquals(List.of(new Span(source, null)), spans(source));
    }

    @Test
    void concatenatedSpansAlwaysEqualTheSource() {
        List<String> sources = List.of(
                "",
                "void main() {\n\tIO.println(\"héllo ✓\");\n}\n",
                "record Point(int x, int y) {}\r\nvoid main() { var p = new Point(1, 2); }\r\n",
                "@SuppressWarnings(\"unchecked\")\nclass A<T extends Comparable<T>> { List<List<T>> xs; int s = a >>> 2; }\n",
                "String t = \"\"\"\n  text \\\"\"\" block\n  \"\"\"; // tail",
                "int x = 1; /* c */ // d\n  \n",
                "String s = \"oops\n",
                "char c = '\\u0041'; String u = \"\\u00e9\";",
                "switch (o) { case Integer i when i > 0 -> {} default -> {} }");
        for (String source : sources) {
            String joined = spans(source).stream().map(Span::text).collect(Collectors.joining());
            assertEquals(source, joined);
        }
    }

    @Test
    void adjacentPlainTokensAreMerged() {
        List<Span> spans = spans("a + b");
        assertEquals(List.of(new Span("a + b", null)), spans);
    }

    @Test
    void highlightIntoEscapesTheCode() {
        Element code = new Element("code");
        highlighter.highlightInto(code, "String s = \"<b>\"; if (a < b && c > d) {}");

        assertEquals("String s = \"<b>\"; if (a < b && c > d) {}", code.text());
        assertTrue(code.select("b").isEmpty());
        assertTrue(code.html().contains("&lt;b&gt;"), code.html());
        assertEquals("\"<b>\"", code.selectFirst("span.tok-str").text());
    }
}
