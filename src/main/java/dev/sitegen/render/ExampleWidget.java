package dev.sitegen.render;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.nodes.Element;

import dev.sitegen.diag.Durations;
import dev.sitegen.extract.CodeLine;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExampleMode;
import dev.sitegen.extract.Language;
import dev.sitegen.run.Chunk;
import dev.sitegen.run.RunResult;
import dev.sitegen.run.SessionPart;
import dev.sitegen.run.StreamKind;
import dev.sitegen.run.ThreadDump;
import dev.sitegen.run.Evidence;

/**
 * The HTML of one example: its highlighted code with a copy button, and under it what
 * really happened: the output (stderr marked), exit code and duration; for {@code runs=N}
 * each distinct output with how many runs printed it; the thread dump of a program still
 * running at its timeout; the compiler's message under a {@code fail} block. All text is
 * added as text nodes: whatever a program prints is shown, never interpreted.
 */
final class ExampleWidget {

    private final Highlighter highlighter = new Highlighter();
    private final PythonHighlighter pythonHighlighter = new PythonHighlighter();

    Element build(Example e, Optional<Evidence> evidence) {
        Element box = new Element("div").addClass("example").addClass("example-" + e.mode().word()).id(e.id());
        Element source = box.appendElement("div").addClass("example-source");
        Element bar = source.appendElement("div").addClass("example-bar");
        bar.appendElement("span").addClass("example-name").text(e.attrs().fileName().orElse(e.language().title()));
        tag(e).ifPresent(t -> bar.appendElement("span").addClass("example-tag").text(t));
        bar.appendElement("button").attr("type", "button").addClass("copy-button").attr("aria-label", "Copy code").text("Copy");
        Element code = source.appendElement("pre").addClass("code").appendElement("code").addClass("language-" + e.language().word());
        if (e.language() == Language.JAVA) highlighter.highlightInto(code, e.shownSource());
        else pythonHighlighter.highlightInto(code, e.shownSource());
        LineAnchors.insert(code, e.code().stream().filter(CodeLine::shown)
                .map(l -> l.origin().file().equals(e.pos().file()) ? l.origin().line() : -1).toList());

        if (evidence.isEmpty()) return box;
        if (e.mode() == ExampleMode.FAIL && evidence.get().compilerOutput().isPresent()) {
            Element panel = panel(box, "Compiler output", "example-compiler");
            panel.selectFirst(".panel-bar").appendElement("span").addClass("badge badge-fail").text("does not compile");
            panel.appendElement("pre").addClass("output").appendElement("samp").text(evidence.get().compilerOutput().get());
        } else if (e.mode() == ExampleMode.RUN && !evidence.get().runs().isEmpty()) {
            runs(box, e, evidence.get().runs());
        }
        provenance(box, evidence.get());
        return box;
    }

    private static Optional<String> tag(Example e) {
        if (e.session().isPresent()) {
            return Optional.of("session " + e.session().get() + (e.mode() == ExampleMode.COMPILE ? ", compiles" : e.attrs().crash() ? ", throws" : ""));
        }
        return switch (e.mode()) {
            case COMPILE -> Optional.of("compiles");
            case FILE -> Optional.of("shared by this page's examples");
            case RUN -> e.attrs().runs() > 1 ? Optional.of("ran " + e.attrs().runs() + " times") : Optional.empty();
            default -> Optional.empty();
        };
    }

    private void runs(Element box, Example e, List<RunResult> runs) {
        List<RunGroups.Group> groups = RunGroups.of(runs);
        if (runs.size() == 1 && runs.getFirst().block().isPresent()) {
            block(box, e, runs.getFirst(), runs.getFirst().block().get());
            return;
        }
        if (runs.size() == 1) {
            Element panel = panel(box, "Output", "example-output");
            badges(panel.selectFirst(".panel-bar"), e, runs.getFirst(), runs.getFirst().duration());
            output(panel, runs.getFirst());
            dump(box, e, runs.getFirst());
            return;
        }
        Element panel = panel(box, "Output of " + runs.size() + " runs", "example-output example-runs");
        panel.selectFirst(".panel-bar").appendElement("span").addClass("badge")
                .text(groups.size() == 1 ? "all the same" : groups.size() + " different outputs");
        for (RunGroups.Group g : groups) {
            Element group = panel.appendElement("div").addClass("run-group");
            Element head = group.appendElement("div").addClass("run-group-bar");
            head.appendElement("span").addClass("run-count").text(g.count() + " of " + runs.size() + " runs");
            head.appendChild(bar(g.count(), runs.size()));
            badges(head, e, g.first(), g.median());
            output(group, g.first());
        }
    }

    /** A session's block: what was printed while it ran; how the program ended, under the block where it did. */
    private void block(Element box, Example e, RunResult run, SessionPart part) {
        Element panel = panel(box, "Output", "example-output");
        Element bar = panel.selectFirst(".panel-bar");
        if (!part.reached()) {
            bar.appendElement("span").addClass("badge badge-exit").text("did not run");
            panel.appendElement("p").addClass("output-empty").text("(the session stopped before this block)");
            return;
        }
        if (part.threw()) bar.appendElement("span").addClass("badge badge-exit").text("threw");
        if (part.ended() && (run.timedOut() || run.exitCode().orElse(-1) != 0)) {
            badges(bar, e, run, run.duration());
        } else {
            bar.appendElement("span").addClass("duration").attr("title", "wall-clock time from this block's first statement to the next block's")
                    .text(Durations.forReader(run.duration()));
        }
        output(panel, run);
        if (part.ended()) dump(box, e, run);
    }

    /** The share of runs as a bar, drawn by the server as SVG: no script, no inline style. */
    private static Element bar(int count, int total) {
        Element svg = new Element("svg").addClass("run-bar").attr("viewBox", "0 0 100 6").attr("preserveAspectRatio", "none")
                .attr("aria-hidden", "true").attr("focusable", "false");
        svg.appendElement("rect").addClass("run-bar-track").attr("width", "100").attr("height", "6").attr("rx", "3");
        String width = String.format(Locale.ROOT, "%.1f", 100.0 * count / total);
        svg.appendElement("rect").addClass("run-bar-fill").attr("width", width).attr("height", "6").attr("rx", "3");
        return svg;
    }

    private static void badges(Element bar, Example e, RunResult run, Duration duration) {
        if (run.timedOut()) {
            bar.appendElement("span").addClass("badge badge-timeout").text("still running at the " + Durations.forReader(e.attrs().timeout()) + " timeout");
        } else {
            int exit = run.exitCode().orElse(-1);
            bar.appendElement("span").addClass("badge " + (exit == 0 ? "badge-ok" : "badge-exit")).text("exit " + exit);
            bar.appendElement("span").addClass("duration").attr("title", "wall-clock time, " + (e.language() == Language.JAVA ? "JVM" : "interpreter")
                    + " start-up included").text(Durations.forReader(duration));
        }
    }

    private static void output(Element panel, RunResult run) {
        if (run.output().isEmpty()) {
            panel.appendElement("p").addClass("output-empty").text("(no output)");
        } else {
            Element samp = panel.appendElement("pre").addClass("output").appendElement("samp");
            for (Chunk c : run.output()) {
                Element span = samp.appendElement("span").addClass(c.stream() == StreamKind.OUT ? "out" : "err").text(c.text());
                if (c.stream() == StreamKind.ERR) span.attr("title", "standard error");
            }
        }
        if (run.droppedBytes() > 0) {
            panel.appendElement("p").addClass("output-note").text("… and " + String.format(Locale.ROOT, "%,d", run.droppedBytes())
                    + " more bytes, not shown: output is kept up to 1 MiB");
        }
    }

    private static void dump(Element box, Example e, RunResult run) {
        if (run.dump().isEmpty()) return;
        ThreadDump dump = run.dump().get();
        Element panel = panel(box, "Thread dump at the " + Durations.forReader(e.attrs().timeout()) + " timeout", "example-dump");
        if (dump.deadlock()) {
            panel.selectFirst(".panel-bar").appendElement("span").addClass("badge badge-fail").text("deadlock");
            panel.appendElement("pre").addClass("output").appendElement("samp").text(dump.deadlockReport());
        }
        if (!dump.threadsText().isEmpty()) {
            Element details = panel.appendElement("details");
            if (!dump.deadlock()) details.attr("open", true);
            details.appendElement("summary").text("Application threads (" + dump.threads().size() + ")");
            details.appendElement("pre").addClass("output").appendElement("samp").text(dump.threadsText());
        }
    }

    /** Under the last panel: what produced it and when, from the record, so rebuilding from records changes nothing. */
    private static void provenance(Element box, Evidence evidence) {
        Element last = box.select("> .example-panel").last();
        if (last == null || evidence.provenance().isEmpty()) return;
        last.appendElement("p").addClass("provenance").text(evidence.provenance().get().text());
    }

    private static Element panel(Element box, String title, String classes) {
        Element panel = box.appendElement("div").addClass("example-panel");
        for (String c : classes.split(" ")) panel.addClass(c);
        panel.appendElement("div").addClass("panel-bar").appendElement("span").addClass("panel-title").text(title);
        return panel;
    }

}
