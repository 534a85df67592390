package dev.sitegen.compile;

import java.util.Objects;

import dev.sitegen.diag.SourcePos;
import org.jspecify.annotations.Nullable;

/**
 * A compiler error, with generated names removed.
 *
 * @param pos        where the author wrote the offending code
 * @param message    javac's message, first line
 * @param detail     javac's further lines ({@code symbol: ...}), or empty
 * @param readerText the message as a reader of the page sees it under a {@code java fail}
 *                   block: {@code Main.java:3: error: ...}, the line, a caret
 * @param hint       how to fix it, when the build knows more than javac; or null
 */
public record CompilerMessage(SourcePos pos, String message, String detail, String readerText, @Nullable String hint) {

    public CompilerMessage(SourcePos pos, String message, String detail, String readerText) {
        this(pos, message, detail, readerText, null);
    }

    public CompilerMessage withHint(@Nullable String newHint) {
        return new CompilerMessage(pos, message, detail, readerText, newHint);
    }

    public CompilerMessage {
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(readerText, "readerText");
    }
}
