package dev.sitegen.diag;

/**
 * Prints a problem the way compilers do: {@code file:line:col: error: message}, the
 * source line, a caret under the offending text, then the hint and any detail.
 */
public final class DiagnosticPrinter {

    private final SourceLines sources;
    private final Style style;

    public DiagnosticPrinter(SourceLines sources, Style style) {
        this.sources = sources;
        this.style = style;
    }

    public String format(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        String label = d.severity().label();
        String coloredLabel = d.isError() ? style.red(label) : style.yellow(label);
        out.append(d.pos() == null ? "" : style.bold(d.pos().toString()) + ": ")
                .append(coloredLabel).append(": ").append(style.bold(Visible.text(d.message()))).append('\n');
        if (d.pos() != null) {
            sources.line(d.pos().file(), d.pos().line()).ifPresent(source -> {
                out.append("    ").append(Visible.text(source)).append('\n');
                out.append("    ").append(caretLine(source, d.pos().column(), d.span())).append('\n');
            });
        }
        if (d.hint() != null) out.append("  ").append(style.cyan("help:")).append(' ').append(Visible.text(d.hint())).append('\n');
        if (d.detail() != null) {
            Visible.text(d.detail()).lines().forEach(line -> out.append("  ").append(line).append('\n'));
        }
        return out.toString();
    }

    /** Spaces (tabs kept as tabs, so the caret lines up) up to the column, then carets. */
    public static String caretLine(String source, int column, int span) {
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < column - 1; i++) {
            caret.append(i < source.length() && source.charAt(i) == '\t' ? '\t' : ' ');
        }
        int width = Math.max(1, Math.min(span, Math.max(1, source.length() - column + 1)));
        return caret.append("^".repeat(width)).toString();
    }
}
