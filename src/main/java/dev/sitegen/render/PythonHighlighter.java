package dev.sitegen.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Server-side highlighting of Python, with the classes {@link Highlighter} gives Java:
 * comments, strings, numbers, keywords, {@code True}/{@code False}/{@code None},
 * decorators and capitalised names. What no rule matches (an unterminated string, say)
 * stays plain text: never wrong, only uncoloured.
 */
final class PythonHighlighter {

    private static final Set<String> KEYWORDS = Set.of("and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");
    private static final Set<String> LITERALS = Set.of("True", "False", "None");

    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "(?<com>#[^\\n]*)",
            "(?<str>(?<![A-Za-z0-9_])[rRbBuUfF]{0,2}(?:'''[\\s\\S]*?'''|\"\"\"[\\s\\S]*?\"\"\"|'(?:\\\\.|[^'\\\\\\n])*'|\"(?:\\\\.|[^\"\\\\\\n])*\"))",
            "(?<ann>(?<=^|\\n)[ \\t]*@[A-Za-z_][A-Za-z0-9_.]*)",
            "(?<name>[A-Za-z_][A-Za-z0-9_]*)",
            "(?<num>(?<![A-Za-z0-9_.])(?:0[xXoObB][0-9a-fA-F_]+|\\d[\\d_]*(?:\\.\\d[\\d_]*)?(?:[eE][+-]?\\d+)?j?|\\.\\d[\\d_]*))"));

    /** Appends the highlighted source to {@code code}. */
    void highlightInto(Element code, String source) {
        for (Highlighter.Span span : spans(source)) {
            if (span.cssClass() == null) code.appendText(span.text());
            else code.appendElement("span").addClass(span.cssClass()).text(span.text());
        }
    }

    List<Highlighter.Span> spans(String source) {
        List<Highlighter.Span> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(source);
        int at = 0;
        while (m.find()) {
            String css = cssClass(m);
            if (css == null) continue;
            String text = m.group();
            int start = m.start();
            if (m.group("ann") != null) { // the indentation before a decorator stays plain
                int indent = text.indexOf('@');
                start += indent;
                text = text.substring(indent);
            }
            if (start > at) spans.add(new Highlighter.Span(source.substring(at, start), null));
            spans.add(new Highlighter.Span(text, css));
            at = m.end();
        }
        if (at < source.length()) spans.add(new Highlighter.Span(source.substring(at), null));
        return spans;
    }

    private static String cssClass(Matcher m) {
        if (m.group("com") != null) return "tok-com";
        if (m.group("str") != null) return "tok-str";
        if (m.group("ann") != null) return "tok-ann";
        if (m.group("num") != null) return "tok-num";
        String name = m.group("name");
        if (KEYWORDS.contains(name)) return "tok-kw";
        if (LITERALS.contains(name)) return "tok-lit";
        return Character.isUpperCase(name.charAt(0)) ? "tok-type" : null;
    }
}
