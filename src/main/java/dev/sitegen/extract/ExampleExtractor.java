package dev.sitegen.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.LineIndex;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.SourcePos;
import dev.sitegen.diag.Suggestions;
import dev.sitegen.load.Page;
import dev.sitegen.load.Site;
import dev.sitegen.markdown.Markdown;

/**
 * Finds every {@code java} fenced block of every page, reads its info string, resolves
 * its source and attaches the {@code output} block that follows it.
 */
public final class ExampleExtractor {

    private final Reporter reporter;
    private final Parser parser = Markdown.parser();

    public ExampleExtractor(Reporter reporter) {
        this.reporter = reporter;
    }

    public List<ExtractedPage> extract(Site site) {
        Includes includes = new Includes(site.root(), site.displayRoot(), reporter);
        List<ExtractedPage> pages = site.pages().parallelStream().map(page -> new PageExtraction(page, includes).run()).toList();
        checkUniqueIds(pages);
        return pages;
    }

    private void checkUniqueIds(List<ExtractedPage> pages) {
        Map<String, Example> seen = new HashMap<>();
        for (ExtractedPage page : pages) {
            for (Example e : page.examples()) {
                Example first = seen.putIfAbsent(e.id(), e);
                if (first == null) continue;
                // blame the id an author chose, not the one a page's path gave
                boolean firstChosen = !isDefaultId(first);
                boolean secondChosen = !isDefaultId(e);
                if (secondChosen || !firstChosen) {
                    reporter.report(Diagnostic.error(e.pos(), "the id `" + e.id() + "` is already used by the example at " + first.pos())
                            .withHint(secondChosen ? "ids are anchors and must be unique in the site; choose another `id=`"
                                    : "both ids come from their pages' paths; give one of the examples an `id=` of its own"));
                } else {
                    reporter.report(Diagnostic.error(first.pos(), "the id `" + first.id() + "` is also the id the example at " + e.pos()
                            + " gets from its page's path").withHint("ids are anchors and must be unique in the site; choose another `id=`"));
                }
            }
        }
    }

    private static String idStem(String pagePath) {
        return pagePath.substring(0, pagePath.length() - ".md".length()).replace('/', '-').replaceAll("\\s+", "-");
    }

    private static boolean isDefaultId(Example e) {
        String stem = idStem(e.page()) + "-";
        return e.id().startsWith(stem) && e.id().substring(stem.length()).matches("\\d+");
    }

    /** The work on one page. */
    private final class PageExtraction {

        private final Page page;
        private final Includes includes;
        private final LineIndex index;
        private final String text;
        private final Set<Node> attachedOutputs = new HashSet<>();
        private final Set<Node> brokenJavaBlocks = new HashSet<>();
        /** Each example's info string as written, for messages about the words in it. */
        private final Map<Example, InfoString.Parsed> infoStrings = new IdentityHashMap<>();

        PageExtraction(Page page, Includes includes) {
            this.page = page;
            this.includes = includes;
            this.text = page.markdown();
            this.index = new LineIndex(page.file(), text);
        }

        ExtractedPage run() {
            Document document = parser.parse(text);
            List<Example> examples = new ArrayList<>();
            Map<Node, Example> blocks = new IdentityHashMap<>();
            Set<String> unitNames = new HashSet<>();
            int number = 0;
            for (Node node : document.getDescendants()) {
                if (node instanceof IndentedCodeBlock indented) {
                    indentedFence(indented);
                    continue;
                }
                if (node instanceof Paragraph paragraph) {
                    fenceWithBacktick(paragraph);
                    continue;
                }
                if (!(node instanceof FencedCodeBlock block)) continue;
                SourcePos fence = index.at(block.getStartOffset());
                if (block.getClosingMarker().isNull() || block.getClosingMarker().isEmpty()) {
                    String marker = block.getOpeningMarker().toString();
                    reporter.report(Diagnostic.error(fence, "this code block is never closed, so the rest of the page became code")
                            .withSpan(marker.length()).withHint("add a line `" + marker + "` where the block ends"));
                    continue;
                }
                String info = infoText(block);
                String firstWord = info.isBlank() ? "" : info.strip().split("\\s+")[0];
                if (!firstWord.equals("java")) swallowedFence(block);
                if (firstWord.equals("java")) {
                    number++;
                    Optional<Example> example = javaBlock(block, info, number);
                    if (example.isPresent()) {
                        examples.add(example.get());
                        blocks.put(block, example.get());
                        example.get().attrs().fileName().ifPresent(name -> {
                            if (!unitNames.add(name)) {
                                reporter.report(Diagnostic.error(example.get().pos(), "the page already has a unit `file=" + name + "`")
                                        .withHint("give each `file=` unit of a page its own name"));
                            }
                        });
                    } else {
                        brokenJavaBlocks.add(block);
                    }
                } else if (firstWord.equals(Language.PYTHON.word()) && !info.strip().equals(firstWord)) {
                    // `python` alone is only shown, as any code block; with more words it is an example
                    number++;
                    Optional<Example> example = scriptBlock(block, info, number, Language.PYTHON);
                    if (example.isPresent()) {
                        examples.add(example.get());
                        blocks.put(block, example.get());
                    } else {
                        brokenJavaBlocks.add(block);
                    }
                } else if (firstWord.equals("output") && !attachedOutputs.contains(block)) {
                    strayOutput(block, fence);
                } else if (firstWord.equalsIgnoreCase("java")) {
                    reporter.report(Diagnostic.warning(infoPos(block).plusColumns(info.indexOf(firstWord)),
                                    "`" + firstWord + "` is not `java`: this block is only shown, never compiled or run")
                            .withSpan(firstWord.length()).withHint("did you mean `java`? The first word of the info string is case-sensitive"));
                } else if (!firstWord.equals("output") && block.getPrevious() instanceof FencedCodeBlock prev
                        && blocks.containsKey(prev) && Suggestions.closest(firstWord, List.of("output")).isPresent()) {
                    reporter.report(Diagnostic.warning(infoPos(block).plusColumns(info.indexOf(firstWord)),
                                    "`" + firstWord + "` is not `output`: this block is shown as code, and the example's output is not checked against it")
                            .withSpan(firstWord.length()).withHint("did you mean `output`? Write ```output to state what the example prints"));
                }
            }
            Map<Example, Example> joined = joinSessions(examples);
            blocks.replaceAll((node, e) -> joined.getOrDefault(e, e));
            return new ExtractedPage(page, examples.stream().map(e -> joined.getOrDefault(e, e)).toList(), document, blocks, attachedOutputs);
        }

        /**
         * Gives each block its session, written on it or in the front matter, and the run its
         * session's first block describes; a run attribute on any other block is an error there.
         */
        private Map<Example, Example> joinSessions(List<Example> examples) {
            Optional<String> pageSession = page.front().session();
            Map<String, List<Example>> sessions = new java.util.LinkedHashMap<>();
            for (Example e : examples) {
                if (!e.mode().isChecked() || e.language() != Language.JAVA) continue; // sessions are Java programs
                Optional<String> name = e.attrs().session().or(() -> e.attrs().isolated() ? Optional.empty() : pageSession);
                name.ifPresent(n -> sessions.computeIfAbsent(n, k -> new ArrayList<>()).add(e));
            }
            Map<Example, Example> joined = new IdentityHashMap<>();
            sessions.forEach((name, members) -> {
                Example first = new Session(page.path(), name, members).first();
                for (Example e : members) {
                    if (e != first) misplacedRunWords(e, first, name);
                    joined.put(e, e.inSession(name, first.attrs()));
                }
            });
            return joined;
        }

        private void misplacedRunWords(Example e, Example first, String session) {
            InfoString.Parsed parsed = infoStrings.get(e);
            if (parsed == null) return;
            List<InfoString.Word> words = new ArrayList<>();
            for (InfoString.Attr a : parsed.attrs().values()) words.add(a.key());
            words.addAll(parsed.flags());
            for (InfoString.Word w : words) {
                Attribute a = Attribute.named(w.text()).orElseThrow();
                if (!Attribute.SESSION_RUN.contains(a)) continue;
                String shown = a.takesValue() ? "`" + w.text() + "=`" : "`" + w.text() + "`";
                reporter.report(Diagnostic.error(w.pos(), shown + " describes the one run of session `" + session
                                + "`, so it goes on the session's first block, at line " + first.pos().line())
                        .withSpan(w.text().length()).withHint("move " + shown + " to the block at line " + first.pos().line()
                                + (e.mode() == ExampleMode.FAIL ? "; a `fail` block is compiled with the session's options" : "")));
            }
        }

        /** A line that opens a {@code java} block, as authors write it (for blocks that stopped being examples). */
        private static final java.util.regex.Pattern JAVA_FENCE = java.util.regex.Pattern.compile("^[ \\t]*(`{3,}|~{3,})[ \\t]*java\\b.*$");

        /** A fence indented by a tab or four spaces is an indented code block: the example is shown as text. */
        private void indentedFence(IndentedCodeBlock block) {
            String first = block.getContentChars().toString().lines().findFirst().orElse("");
            if (!JAVA_FENCE.matcher(first).matches()) return;
            reporter.report(Diagnostic.warning(index.at(block.getStartOffset()).atColumn(1),
                            "this `java` fence is indented by a tab or four spaces, so markdown shows it as text and the example is never compiled or run")
                    .withHint("start the fence at the beginning of its line (at most three spaces before it)"));
        }

        /** CommonMark: the info string of a backtick fence cannot hold a backtick, so the line is not a fence at all. */
        private void fenceWithBacktick(Paragraph paragraph) {
            int offset = paragraph.getStartOffset();
            for (String line : paragraph.getChars().toString().split("\n", -1)) {
                java.util.regex.Matcher m = JAVA_FENCE.matcher(line);
                if (m.matches() && m.group(1).charAt(0) == '`' && line.indexOf('`', line.indexOf(m.group(1)) + m.group(1).length()) >= 0) {
                    int tick = line.indexOf('`', line.indexOf(m.group(1)) + m.group(1).length());
                    reporter.report(Diagnostic.error(index.at(offset + tick), "a backtick in the info string of a ``` fence makes the line plain text,"
                                    + " so this example is never compiled or run").withSpan(1)
                            .withHint("remove the backticks from the info string (quote values with \"double quotes\"), or open the block with ~~~"));
                }
                offset += line.length() + 1;
            }
        }

        /**
         * A fence line inside a block that uses the same fence: the author meant it to close
         * the block and open an example, but a closing fence has no info string.
         */
        private void swallowedFence(FencedCodeBlock block) {
            String opening = block.getOpeningMarker().toString();
            for (BasedSequence line : block.getContentLines()) {
                String text = line.toString().stripTrailing();
                java.util.regex.Matcher m = JAVA_FENCE.matcher(text);
                if (m.matches() && m.group(1).charAt(0) == opening.charAt(0) && m.group(1).length() >= opening.length()) {
                    reporter.report(Diagnostic.error(index.at(line.getStartOffset()), "this `java` fence is inside the block opened at line "
                                    + index.at(block.getStartOffset()).line() + ", so it is shown as text and the example is never compiled or run")
                            .withSpan(m.group(1).length())
                            .withHint("close the block above first, with a line holding only " + opening + "; to show a fence inside a block on purpose,"
                                    + " open the outer block with more backticks (````)"));
                    return;
                }
            }
        }

        /** The info string as written (flexmark unescapes it; messages need the author's columns). */
        private String infoText(FencedCodeBlock block) {
            int start = block.getOpeningMarker().getEndOffset();
            int end = text.indexOf('\n', start);
            return text.substring(start, end < 0 ? text.length() : end);
        }

        private SourcePos infoPos(FencedCodeBlock block) {
            return index.at(block.getOpeningMarker().getEndOffset());
        }

        private Optional<Example> javaBlock(FencedCodeBlock block, String info, int number) {
            SourcePos fence = index.at(block.getStartOffset());
            int javaAt = info.indexOf("java");
            String rest = info.substring(javaAt + 4);
            SourcePos restPos = infoPos(block).plusColumns(javaAt + 4);
            InfoString.Parsed parsed = InfoString.parse(rest, restPos, reporter);
            Optional<Expectation> expected = outputAfter(block);
            Optional<AttributeReader.Read> read = new AttributeReader(reporter).read(parsed, page.front().session());
            if (read.isEmpty() || !parsed.clean()) return Optional.empty();
            ExampleMode mode = read.get().mode();
            if (expected.isPresent() && mode != ExampleMode.RUN) {
                reporter.report(Diagnostic.error(expected.get().pos(), "an `output` block must follow a `java run` block, and the block before it is `java"
                                + (mode == ExampleMode.SHOW ? "" : " " + mode.word()) + "`").withSpan(3)
                        .withHint("make the block before it `java run`, or write the sample as a ```text block, which is not checked"));
                return Optional.empty();
            }
            Optional<List<CodeLine>> code = code(block, read.get(), parsed);
            if (code.isEmpty()) return Optional.empty();
            if (mode != ExampleMode.SHOW && code.get().stream().allMatch(l -> l.text().isBlank())) {
                reporter.report(Diagnostic.error(fence, "the `java " + mode.word() + "` block is empty")
                        .withHint("write the example's code between the fences, or include it with `include=PATH`"));
                return Optional.empty();
            }
            String id = read.get().id().orElseGet(() -> defaultId(number));
            Example example = new Example(id, page.path(), fence, mode, read.get().attrs(), code.get(), expected);
            infoStrings.put(example, parsed);
            return Optional.of(example);
        }

        /**
         * A block the build runs as it is written, never compiling it: {@code python run}. Its
         * info string is read as a {@code java} block's is; the attributes it may carry are
         * its language's. A line ending in {@code # hide} runs but is not shown.
         */
        private Optional<Example> scriptBlock(FencedCodeBlock block, String info, int number, Language language) {
            SourcePos fence = index.at(block.getStartOffset());
            int wordEnd = info.indexOf(language.word()) + language.word().length();
            InfoString.Parsed parsed = InfoString.parse(info.substring(wordEnd), infoPos(block).plusColumns(wordEnd), reporter);
            Optional<Expectation> expected = outputAfter(block);
            Optional<AttributeReader.Read> read = new AttributeReader(reporter, language).read(parsed, Optional.empty());
            if (read.isEmpty() || !parsed.clean()) return Optional.empty();
            ExampleMode mode = read.get().mode();
            if (expected.isPresent() && mode != ExampleMode.RUN) {
                reporter.report(Diagnostic.error(expected.get().pos(), "an `output` block must follow a `" + language.word()
                                + " run` block, and the block before it is `" + language.word() + "`").withSpan(3)
                        .withHint("make the block before it `" + language.word() + " run`, or write the sample as a ```text block, which is not checked"));
                return Optional.empty();
            }
            List<CodeLine> code = new ArrayList<>();
            for (BasedSequence line : block.getContentLines()) {
                String lineText = line.toString().replace("\r", "");
                if (lineText.endsWith("\n")) lineText = lineText.substring(0, lineText.length() - 1);
                code.add(new CodeLine(lineText, index.at(line.getStartOffset()), !lineText.stripTrailing().endsWith("# hide")));
            }
            if (mode != ExampleMode.SHOW && code.stream().allMatch(l -> l.text().isBlank())) {
                reporter.report(Diagnostic.error(fence, "the `" + language.word() + " " + mode.word() + "` block is empty")
                        .withHint("write the program between the fences"));
                return Optional.empty();
            }
            String id = read.get().id().orElseGet(() -> defaultId(number));
            return Optional.of(new Example(id, page.path(), fence, mode, read.get().attrs(), code, expected, language));
        }

        private String defaultId(int number) {
            return idStem(page.path()) + "-" + number;
        }

        private Optional<List<CodeLine>> code(FencedCodeBlock block, AttributeReader.Read read, InfoString.Parsed parsed) {
            List<CodeLine> body = new ArrayList<>();
            for (BasedSequence line : block.getContentLines()) {
                String lineText = line.toString().replace("\r", "");
                if (lineText.endsWith("\n")) lineText = lineText.substring(0, lineText.length() - 1);
                body.add(new CodeLine(lineText, index.at(line.getStartOffset()), !Includes.isHidden(lineText)));
            }
            Optional<String> include = read.attrs().include();
            if (include.isEmpty()) return Optional.of(body);
            if (body.stream().anyMatch(l -> !l.text().isBlank())) {
                CodeLine first = body.stream().filter(l -> !l.text().isBlank()).findFirst().orElseThrow();
                reporter.report(Diagnostic.error(first.origin(), "a block with `include=` takes its source from the file, so its body must be empty")
                        .withHint("remove the lines between the fences, or remove `include=`"));
                return Optional.empty();
            }
            return includes.read(include.get(), parsed.attrs().get("include").valuePos());
        }

        /** The {@code output} block right after a {@code java} block, if there is one. */
        private Optional<Expectation> outputAfter(FencedCodeBlock block) {
            if (!(block.getNext() instanceof FencedCodeBlock next)) return Optional.empty();
            String info = infoText(next).strip();
            String[] words = info.isEmpty() ? new String[0] : info.split("\\s+");
            if (words.length == 0 || !words[0].equals("output")) return Optional.empty();
            attachedOutputs.add(next);
            SourcePos fence = index.at(next.getStartOffset());
            if (next.getClosingMarker().isNull() || next.getClosingMarker().isEmpty()) return Optional.empty();
            boolean unordered = false;
            boolean ok = true;
            String nextInfo = infoText(next);
            int searchFrom = nextInfo.indexOf("output") + "output".length();
            for (int w = 1; w < words.length; w++) {
                int column = nextInfo.indexOf(words[w], searchFrom);
                searchFrom = column + words[w].length();
                SourcePos at = infoPos(next).plusColumns(column);
                if (words[w].equals("unordered") && !unordered) {
                    unordered = true;
                } else if (words[w].equals("unordered")) {
                    reporter.report(Diagnostic.error(at, "`unordered` is given twice").withSpan(words[w].length()).withHint("remove one"));
                    ok = false;
                } else {
                    reporter.report(Diagnostic.error(at, "unknown word `" + words[w] + "` after `output`")
                            .withSpan(words[w].length()).withHint(Suggestions.closest(words[w], List.of("unordered"))
                                    .map(s -> "did you mean `" + s + "`?").orElse("write `output` or `output unordered`")));
                    ok = false;
                }
            }
            List<String> lines = new ArrayList<>();
            for (BasedSequence line : next.getContentLines()) {
                String l = line.toString().replace("\r", "");
                if (l.endsWith("\n")) l = l.substring(0, l.length() - 1);
                if (unordered && l.strip().contains("...")) {
                    reporter.report(Diagnostic.error(index.at(line.getStartOffset() + l.indexOf("...")),
                                    "`...` cannot be used in an `output unordered` block").withSpan(3)
                            .withHint("list every line, or use an ordered `output` block with `...` wildcards"));
                    ok = false;
                }
                lines.add(l);
            }
            return ok ? Optional.of(new Expectation(lines, unordered, fence)) : Optional.empty();
        }

        private void strayOutput(FencedCodeBlock block, SourcePos fence) {
            Node previous = block.getPrevious();
            if (previous instanceof FencedCodeBlock prev && brokenJavaBlocks.contains(prev)) return;
            String before = previous instanceof FencedCodeBlock prev ? "a `" + infoText(prev).strip() + "` block"
                    : previous == null ? "nothing" : "text";
            reporter.report(Diagnostic.error(fence, "an `output` block must directly follow a `java run` or `python run` block, and this one follows " + before)
                    .withSpan(3).withHint("move it right under the `java run` block it describes, or write the sample as a ```text block, which is not checked"));
        }
    }
}
