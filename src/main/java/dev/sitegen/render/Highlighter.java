package dev.sitegen.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jsoup.nodes.Element;

import com.github.javaparser.GeneratedJavaParserTokenManager;
import com.github.javaparser.JavaToken;
import com.github.javaparser.SimpleCharStream;
import com.github.javaparser.StringProvider;
import com.github.javaparser.Token;
import com.github.javaparser.TokenMgrException;
import com.github.javaparser.TokenTypes;
import org.jspecify.annotations.Nullable;

/**
 * Server-side highlighting of Java with JavaParser's lexer. Where the lexer gives up (an
 * unterminated string, say) or its tokens do not add up to the source, the code is shown
 * as plain escaped text: never wrong, only uncoloured.
 */
final class Highlighter {

    /** A token's text and its CSS class, or null for plain text. */
    record Span(String text, @Nullable String cssClass) {
    }

    /** Appends the highlighted source to {@code code}. */
    void highlightInto(Element code, String source) {
        for (Span span : spans(source)) {
            if (span.cssClass() == null) code.appendText(span.text());
            else code.appendElement("span").addClass(span.cssClass()).text(span.text());
        }
    }

    List<Span> spans(String source) {
        List<Token> tokens;
        try {
            tokens = tokens(source);
        } catch (TokenMgrException | IllegalStateException e) {
            return List.of(new Span(source, null));
        }
        StringBuilder joined = new StringBuilder();
        for (Token t : tokens) joined.append(t.image);
        if (!joined.toString().equals(source)) return List.of(new Span(source, null));

        List<Span> spans = new ArrayList<>();
        boolean afterAt = false;
        for (Token t : tokens) {
            String css = cssClass(t, afterAt);
            if (t.image.equals("@") && TokenTypes.getCategory(t.kind) == JavaToken.Category.SEPARATOR) {
                css = "tok-ann";
                afterAt = true;
            } else if (!TokenTypes.isWhitespaceOrComment(t.kind)) {
                afterAt = false;
            }
            if (!spans.isEmpty() && css == null && spans.getLast().cssClass() == null) {
                spans.set(spans.size() - 1, new Span(spans.getLast().text() + t.image, null));
            } else {
                spans.add(new Span(t.image, css));
            }
        }
        return spans;
    }

    private static String cssClass(Token t, boolean afterAt) {
        JavaToken.Category category = TokenTypes.getCategory(t.kind);
        return switch (category) {
            case COMMENT -> "tok-com";
            case KEYWORD -> t.image.equals("true") || t.image.equals("false") || t.image.equals("null") ? "tok-lit" : "tok-kw";
            case LITERAL -> t.image.startsWith("\"") || t.image.startsWith("'") ? "tok-str"
                    : t.image.equals("true") || t.image.equals("false") || t.image.equals("null") ? "tok-lit" : "tok-num";
            case IDENTIFIER -> afterAt ? "tok-ann" : Character.isUpperCase(t.image.codePointAt(0)) ? "tok-type" : null;
            default -> null;
        };
    }

    /** Every token, whitespace and comments included, in source order. */
    private static List<Token> tokens(String source) {
        GeneratedJavaParserTokenManager lexer = new GeneratedJavaParserTokenManager(new SimpleCharStream(new StringProvider(source)));
        List<Token> tokens = new ArrayList<>();
        while (true) {
            Token t = lexer.getNextToken();
            Deque<Token> specials = new ArrayDeque<>();
            for (Token s = t.specialToken; s != null; s = s.specialToken) specials.push(s);
            tokens.addAll(specials);
            if (t.kind == 0) return tokens; // end of input
            tokens.add(t);
        }
    }
}
