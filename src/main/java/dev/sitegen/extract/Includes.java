package dev.sitegen.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.SourcePos;

/**
 * Reads {@code include=PATH} and {@code include=PATH#REGION}: the whole file is compiled;
 * with a region, only the lines between {@code // region NAME} and {@code // endregion}
 * are shown.
 */
final class Includes {

    private final Path root;
    private final String displayRoot;
    private final Reporter reporter;

    Includes(Path root, String displayRoot, Reporter reporter) {
        this.root = root;
        this.displayRoot = displayRoot;
        this.reporter = reporter;
    }

    /**
     * @param spec     {@code PATH} or {@code PATH#REGION}
     * @param valuePos where the value is written, for messages
     */
    Optional<List<CodeLine>> read(String spec, SourcePos valuePos) {
        int hash = spec.indexOf('#');
        String path = hash < 0 ? spec : spec.substring(0, hash);
        Optional<String> region = hash < 0 ? Optional.empty() : Optional.of(spec.substring(hash + 1));
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root.normalize())) {
            reporter.report(Diagnostic.error(valuePos, "`include=" + spec + "` points outside the content directory").withSpan(spec.length())
                    .withHint("keep included sources under " + displayRoot + "/, e.g. in " + displayRoot + "/examples/"));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            reporter.report(Diagnostic.error(valuePos, "`include=" + spec + "`: there is no file " + displayRoot + "/" + path).withSpan(path.length())
                    .withHint("the path is relative to the content directory " + displayRoot + "/"));
            return Optional.empty();
        }
        try {
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                reporter.report(Diagnostic.error(valuePos, "`include=" + spec + "` is a link to a file outside the content directory")
                        .withSpan(spec.length()).withHint("copy the source into " + displayRoot + "/ instead of linking to it"));
                return Optional.empty();
            }
        } catch (IOException e) {
            reporter.report(Diagnostic.error(valuePos, "cannot read " + displayRoot + "/" + path + ": " + e.getMessage()));
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").lines().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            reporter.report(Diagnostic.error(valuePos, "cannot read " + displayRoot + "/" + path + ": " + e.getMessage()));
            return Optional.empty();
        }
        String display = displayRoot + "/" + path;
        if (region.isEmpty()) {
            List<CodeLine> code = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String text = lines.get(i);
                boolean marker = isRegionMarker(text);
                code.add(new CodeLine(text, SourcePos.of(display, i + 1), !marker && !isHidden(text)));
            }
            return Optional.of(code);
        }
        return regionOf(lines, display, region.get(), spec, valuePos);
    }

    private Optional<List<CodeLine>> regionOf(List<String> lines, String display, String name, String spec, SourcePos valuePos) {
        int start = -1;
        int end = -1;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (t.startsWith("// region ")) {
                String n = t.substring("// region ".length()).strip();
                names.add(n);
                if (n.equals(name) && start < 0) start = i;
            } else if (t.equals("// endregion") && start >= 0 && end < 0 && i > start) {
                end = i;
            }
        }
        if (start < 0) {
            reporter.report(Diagnostic.error(valuePos, "`include=" + spec + "`: " + display + " has no region `" + name + "`").withSpan(spec.length())
                    .withHint(names.isEmpty() ? "mark the lines with `// region " + name + "` and `// endregion`"
                            : "its regions are: " + String.join(", ", names.stream().map(n -> "`" + n + "`").toList())));
            return Optional.empty();
        }
        if (end < 0) {
            reporter.report(Diagnostic.error(SourcePos.of(display, start + 1), "region `" + name + "` is never closed")
                    .withHint("end it with a line `// endregion`"));
            return Optional.empty();
        }
        List<CodeLine> code = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            boolean shown = i > start && i < end && !isRegionMarker(text) && !isHidden(text);
            code.add(new CodeLine(text, SourcePos.of(display, i + 1), shown));
        }
        return Optional.of(code);
    }

    static boolean isRegionMarker(String line) {
        String t = line.strip();
        return t.startsWith("// region ") || t.equals("// endregion");
    }

    /** A line ending in {@code // hide} is compiled but not shown. */
    static boolean isHidden(String line) {
        return line.stripTrailing().endsWith("// hide");
    }
}
