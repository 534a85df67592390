package dev.sitegen.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.sitegen.diag.SourcePos;
import dev.sitegen.extract.CodeLine;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExampleMode;

/**
 * Compiles a session: its program in one javac task with its page's units, each error
 * given to the block it is in; and each {@code fail} block with the blocks before it (and
 * the members of every block), where it must not compile.
 */
final class SessionCompiler {

    private final Javac javac;
    private final Path classesRoot;

    SessionCompiler(Javac javac, Path classesRoot) {
        this.javac = javac;
        this.classesRoot = classesRoot;
    }

    /**
     * @param blocks the session's blocks in page order, {@code fail} blocks included
     * @param names  gives names unique in the build, for each program's class and folder
     */
    Map<Example, CompileResult> compile(List<Example> blocks, List<JavaSource> units, java.util.function.Supplier<String> names) {
        Map<Example, CompileResult> results = new LinkedHashMap<>();
        List<Example> program = blocks.stream().filter(b -> b.mode() != ExampleMode.FAIL).toList();
        boolean preview = blocks.getFirst().attrs().preview();
        if (!program.isEmpty()) {
            String name = names.get();
            SessionProgram.Built built = SessionProgram.of(program, List.of(), crashFlags(program), name);
            Path dir = ExampleCompiler.clean(classesRoot.resolve(name));
            List<CompilerMessage> errors = compile(built.source(), units, dir, preview);
            Map<Example, List<CompilerMessage>> byBlock = byBlock(errors, program);
            SourceMap map = sourceMap(built, units);
            for (Example b : program) {
                List<CompilerMessage> own = byBlock.getOrDefault(b, List.of());
                Optional<Program> compiled = errors.isEmpty()
                        ? Optional.of(new Program(List.of(dir), built.source().mainClass(), map))
                        : Optional.empty();
                results.put(b, new CompileResult(b, own, compiled));
            }
        }
        for (Example fail : blocks) {
            if (fail.mode() != ExampleMode.FAIL) continue;
            List<Example> before = new ArrayList<>(program.stream().filter(b -> b.pos().line() < fail.pos().line()).toList());
            List<Example> after = program.stream().filter(b -> b.pos().line() > fail.pos().line()).toList();
            List<Boolean> crash = new ArrayList<>(crashFlags(before));
            before.add(fail);
            crash.add(false);
            String name = names.get();
            SessionProgram.Built built = SessionProgram.of(before, after, crash, name);
            Path dir = ExampleCompiler.clean(classesRoot.resolve(name));
            List<CompilerMessage> errors = compile(built.source(), units, dir, preview);
            List<CompilerMessage> own = byBlock(errors, before).getOrDefault(fail, List.of());
            List<CompilerMessage> shown = own.isEmpty() ? byBlock(errors, before).values().stream().flatMap(List::stream).toList() : own;
            results.put(fail, new CompileResult(fail, shown, Optional.empty()));
        }
        return results;
    }

    private List<CompilerMessage> compile(JavaSource source, List<JavaSource> units, Path dir, boolean preview) {
        Map<MemorySource, Path> outputs = new LinkedHashMap<>();
        MemorySource own = new MemorySource(source);
        outputs.put(own, dir);
        List<MemorySource> unitSources = new ArrayList<>();
        for (JavaSource unit : units) {
            MemorySource u = new MemorySource(unit);
            outputs.put(u, dir);
            unitSources.add(u);
        }
        var diagnostics = javac.compile(outputs, preview);
        List<CompilerMessage> unitErrors = ExampleCompiler.errors(diagnostics, Set.copyOf(unitSources));
        // a broken unit is the cause: what it breaks in the session would only repeat it
        List<CompilerMessage> errors = unitErrors.isEmpty() ? ExampleCompiler.errors(diagnostics, Set.of(own)) : unitErrors;
        return errors;
    }

    private static final java.util.regex.Pattern READER_LINE = java.util.regex.Pattern.compile("^Main\\.java:\\d+:");

    /** javac numbers the program's lines; a reader counts the lines of the block in front of them. */
    private static CompilerMessage numberedInBlock(CompilerMessage m, Example block) {
        int line = Math.max(1, m.pos().line() - block.pos().line());
        String text = READER_LINE.matcher(m.readerText()).replaceFirst("Main.java:" + line + ":");
        return new CompilerMessage(m.pos(), m.message(), m.detail(), text, m.hint());
    }

    private static List<Boolean> crashFlags(List<Example> blocks) {
        return blocks.stream().map(b -> b.attrs().crash()).toList();
    }

    /** Each message with the block whose lines it points at; the build's own lines belong to the first block. */
    private static Map<Example, List<CompilerMessage>> byBlock(List<CompilerMessage> errors, List<Example> blocks) {
        Map<String, Example> owners = new HashMap<>();
        for (Example b : blocks) {
            for (CodeLine line : b.code()) owners.putIfAbsent(key(line.origin()), b);
            owners.putIfAbsent(key(b.pos()), b);
        }
        Map<Example, List<CompilerMessage>> byBlock = new LinkedHashMap<>();
        for (CompilerMessage m : errors) {
            Example owner = owners.getOrDefault(key(m.pos()), blocks.getFirst());
            byBlock.computeIfAbsent(owner, k -> new ArrayList<>()).add(numberedInBlock(m, owner));
        }
        byBlock.replaceAll((block, messages) -> CompilerAdvice.polish(messages, true));
        return byBlock;
    }

    private static String key(SourcePos pos) {
        return pos.file() + ":" + pos.line();
    }

    private static SourceMap sourceMap(SessionProgram.Built built, List<JavaSource> units) {
        Map<String, String> files = new HashMap<>();
        for (JavaSource unit : units) files.put(unit.fileName(), unit.fileName());
        files.put(built.source().fileName(), SourceMap.BLOCK);
        List<SourceMap.Ref> lines = built.blockLines().stream()
                .map(l -> new SourceMap.Ref(SourceMap.BLOCK + l.block(), l.line())).toList();
        return new SourceMap(files, Map.of(built.source().generatedClass(), "Main"), lines);
    }
}
