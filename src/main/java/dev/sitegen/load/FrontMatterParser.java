package dev.sitegen.load;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.SourcePos;
import dev.sitegen.diag.Suggestions;

/** Splits the {@code ---} YAML header off a page and checks its keys. */
final class FrontMatterParser {

    static final List<String> KEYS = List.of("title", "order", "description", "session");

    /** The header and the markdown with the header's lines left blank. */
    record Split(FrontMatter front, String markdown) {
    }

    private FrontMatterParser() {
    }

    static Split parse(String text, String file, Reporter reporter) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) return new Split(FrontMatter.NONE, text);
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            reporter.report(Diagnostic.error(SourcePos.of(file, 1), "front matter opened with `---` is never closed").withSpan(3)
                    .withHint("end the YAML header with a line holding only `---`"));
            return new Split(FrontMatter.NONE, text);
        }
        String yaml = String.join("\n", lines.subList(1, close));
        String markdown = "\n".repeat(close + 1) + String.join("\n", lines.subList(close + 1, lines.size())) + "\n";
        FrontMatter front = YamlMapping.parse(yaml, file, 2, reporter).map(fields -> read(fields, reporter)).orElse(FrontMatter.NONE);
        return new Split(front, markdown);
    }

    private static FrontMatter read(List<YamlMapping.Field> fields, Reporter reporter) {
        Optional<String> title = Optional.empty();
        OptionalDouble order = OptionalDouble.empty();
        Optional<String> description = Optional.empty();
        Optional<String> session = Optional.empty();
        for (YamlMapping.Field f : fields) {
            switch (f.key()) {
                case "title" -> title = text(f, reporter);
                case "description" -> description = text(f, reporter);
                case "session" -> session = text(f, reporter).filter(name -> {
                    if (FrontMatter.SESSION_NAME.matcher(name).matches()) return true;
                    reporter.report(Diagnostic.error(f.valuePos(), "`" + name + "` is not a session name").withSpan(name.length())
                            .withHint("use letters, digits, `-`, `_` and `.`, starting with a letter or digit, e.g. `session: orders`"));
                    return false;
                });
                case "order" -> {
                    OptionalDouble number = f.isNumber() ? finite(f.text()) : OptionalDouble.empty();
                    if (number.isPresent()) {
                        order = number;
                    } else {
                        reporter.report(Diagnostic.error(f.valuePos(), "`order` must be a number, not `" + f.text() + "`")
                                .withSpan(f.text().length()).withHint("pages are listed by ascending `order`, e.g. `order: 2`"));
                    }
                }
                default -> reporter.report(Diagnostic.error(f.keyPos(), "unknown front matter key `" + f.key() + "`")
                        .withSpan(f.key().length()).withHint(Suggestions.didYouMean(f.key(), KEYS)));
            }
        }
        return new FrontMatter(title, order, description, session);
    }

    /** A YAML number as a finite double; YAML also has {@code .inf} and {@code .nan}, which order nothing. */
    private static OptionalDouble finite(String yaml) {
        try {
            double d = Double.parseDouble(yaml.replace("_", ""));
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static Optional<String> text(YamlMapping.Field f, Reporter reporter) {
        if (f.isNull() || f.text().isBlank()) {
            reporter.report(Diagnostic.error(f.keyPos(), "`" + f.key() + "` is empty").withSpan(f.key().length())
                    .withHint("give it a value or remove the line"));
            return Optional.empty();
        }
        return Optional.of(f.text());
    }
}
