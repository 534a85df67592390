package dev.sitegen.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import dev.sitegen.Progress;
import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.DiagnosticPrinter;
import dev.sitegen.diag.Durations;
import dev.sitegen.diag.SourceLines;
import dev.sitegen.diag.Style;
import dev.sitegen.diag.Visible;
import org.jspecify.annotations.Nullable;

/**
 * What an author reads while a build runs: one line per example as it finishes, a
 * summary, then every problem with its source line and a caret. Plain text unless the
 * output is a terminal that wants colour; GitHub Actions annotations when asked.
 */
public final class Terminal implements Progress {

    private final PrintStream out;
    private final Style style;
    private final boolean githubActions;
    private final DiagnosticPrinter printer;

    public Terminal(PrintStream out, Style style, boolean githubActions, SourceLines sources) {
        this.out = out;
        this.style = style;
        this.githubActions = githubActions;
        this.printer = new DiagnosticPrinter(sources, style);
    }

    @Override
    public synchronized void heading(String text) {
        out.println(style.bold(text));
        out.flush();
    }

    /** {@code  ✓ threads/start.md:42  run  183 ms}. */
    @Override
    public synchronized void example(Status status, String where, String mode, @Nullable Duration duration, @Nullable String note) {
        String mark = switch (status) {
            case PASSED -> style.green("✓");
            case FAILED -> style.red("✗");
            case REUSED -> style.dim("=");
        };
        String time = duration == null ? "" : Durations.forReader(duration);
        String line = String.format(Locale.ROOT, "  %s %-34s %-8s %8s", mark, where, mode, time);
        if (note != null && !note.isEmpty()) {
            String shown = Visible.text(note);
            line += "  " + (status == Status.FAILED ? style.red(shown) : style.dim(shown));
        }
        out.println(line.stripTrailing());
        out.flush();
    }

    @Override
    public synchronized void note(String text) {
        out.println(text);
        out.flush();
    }

    @Override
    public synchronized void summary(Summary s) {
        String verdict = s.errors() == 0 ? style.green("OK") : style.red("FAILED");
        out.println();
        out.println(verdict + ": " + s.examples() + (s.examples() == 1 ? " example, " : " examples, ") + (s.examples() - s.failed()) + " passed, "
                + s.failed() + " failed" + (s.reused() > 0 ? " (" + s.reused() + " reused from recorded runs)" : "") + "; "
                + s.errors() + (s.errors() == 1 ? " error" : " errors") + " in " + Durations.forReader(s.elapsed()));
        out.println(s.siteNote());
        problems(s.problems());
        if (s.errors() > 0) out.println(s.errors() + (s.errors() == 1 ? " error." : " errors."));
        out.flush();
    }

    public synchronized void problems(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) return;
        out.println();
        for (Diagnostic d : diagnostics) {
            out.print(printer.format(d));
            out.println();
        }
        if (githubActions) {
            for (Diagnostic d : diagnostics) out.println(annotation(d));
        }
        out.flush();
    }

    /** {@code ::error file=content/x.md,line=12,col=5::message}, as GitHub Actions reads it. */
    static String annotation(Diagnostic d) {
        StringBuilder sb = new StringBuilder("::").append(d.isError() ? "error" : "warning");
        if (d.pos() != null) {
            sb.append(" file=").append(escapeProperty(d.pos().file())).append(",line=").append(d.pos().line())
                    .append(",col=").append(d.pos().column());
        }
        String message = d.message() + (d.hint() == null ? "" : "\n" + d.hint()) + (d.detail() == null ? "" : "\n" + d.detail());
        return sb.append("::").append(escapeData(message)).toString();
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    public Style style() {
        return style;
    }

}
