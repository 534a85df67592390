package dev.sitegen.diag;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem in the author's input.
 *
 * @param severity error or warning
 * @param pos      where it is; null for problems that belong to no file
 * @param span     how many characters from {@code pos} the caret underlines (at least 1)
 * @param message  what is wrong, quoting the offending value
 * @param hint     how to fix it, or null
 * @param detail   further lines printed under the caret (a diff, a stack trace), or null
 */
public record Diagnostic(Severity severity, @Nullable SourcePos pos, int span, String message, @Nullable String hint, @Nullable String detail) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (span < 1) throw new IllegalArgumentException("span must be >= 1: " + span);
    }

    public static Diagnostic error(@Nullable SourcePos pos, String message) {
        return new Diagnostic(Severity.ERROR, pos, 1, message, null, null);
    }

    public static Diagnostic warning(@Nullable SourcePos pos, String message) {
        return new Diagnostic(Severity.WARNING, pos, 1, message, null, null);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, pos, span, message, newHint, detail);
    }

    public Diagnostic withDetail(@Nullable String newDetail) {
        return new Diagnostic(severity, pos, span, message, hint, newDetail);
    }

    public Diagnostic withSpan(int newSpan) {
        return new Diagnostic(severity, pos, Math.max(1, newSpan), message, hint, detail);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form, {@code file:line:col: error: message}. */
    public String headline() {
        String where = pos == null ? "" : pos + ": ";
        return where + severity.label() + ": " + message;
    }
}
