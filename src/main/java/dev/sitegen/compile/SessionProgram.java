package dev.sitegen.compile;

import java.util.ArrayList;
import java.util.List;

import dev.sitegen.diag.SourcePos;
import dev.sitegen.extract.CodeLine;
import dev.sitegen.extract.Example;

/**
 * One session as one compact source file, in Java's own semantics: every block's imports
 * on top, its methods, types and fields as members of the program (visible to every
 * block), and its statements in page order as the body of {@code main}, so that a block
 * sees the variables of the blocks before it and never those after. Before each block's
 * first statement, {@code main} tells the launcher which block is running; a {@code crash}
 * block's statements run in a {@code try} whose catch shows the exception and goes on, and
 * what it declares ends with it.
 */
final class SessionProgram {

    /** What the launcher is asked, by name: the program is compiled without the launcher on its class path. */
    static final String MARK = "sitegen$mark";
    private static final String MARK_METHOD = "private static void " + MARK + "(int block, Throwable thrown) throws Exception {"
            + " Class.forName(\"dev.sitegen.run.launcher.Blocks\").getMethod(\"mark\", int.class, Throwable.class).invoke(null, block, thrown); }";

    /** Where each line of the program came from: a line of a block (1-based), or line 0 for the build's own lines. */
    record BlockLine(int block, int line) {
    }

    /** The program's source and, for each of its lines, the block line it came from. */
    record Built(JavaSource source, List<BlockLine> blockLines) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<LineOrigin> origins = new ArrayList<>();
    private final List<BlockLine> blockLines = new ArrayList<>();

    private SessionProgram() {
    }

    /**
     * @param blocks      the blocks of the program, in page order
     * @param membersOnly blocks whose imports and members the program has, but not their
     *                    statements (those after a {@code fail} block being tried)
     * @param crash       for each of {@code blocks}, whether it must throw
     * @param name        the class name javac sees
     */
    static Built of(List<Example> blocks, List<Example> membersOnly, List<Boolean> crash, String name) {
        SessionProgram p = new SessionProgram();
        List<Example> all = new ArrayList<>(blocks);
        all.addAll(membersOnly);
        List<List<BlockItems.Item>> items = new ArrayList<>();
        for (Example b : all) items.add(BlockItems.of(b.source()));
        SourcePos top = blocks.getFirst().pos();
        for (int i = 0; i < all.size(); i++) p.emit(all.get(i), i, items.get(i), BlockItems.Kind.IMPORT);
        for (int i = 0; i < all.size(); i++) p.emit(all.get(i), i, items.get(i), BlockItems.Kind.MEMBER);
        p.generated("void main() throws Exception {", top, 0);
        for (int i = 0; i < blocks.size(); i++) {
            p.generated(MARK + "(" + i + ", null);" + (crash.get(i) ? " try {" : ""), blocks.get(i).pos(), i);
            p.emit(blocks.get(i), i, items.get(i), BlockItems.Kind.STATEMENT);
            if (crash.get(i)) {
                p.generated("} catch (Throwable sitegen$thrown) { " + MARK + "(" + i + ", sitegen$thrown); }", blocks.get(i).pos(), i);
            }
        }
        p.generated("}", top, blocks.size() - 1);
        p.generated(MARK_METHOD, top, 0);
        JavaSource source = new JavaSource(name + ".java", p.text.toString(), p.origins, JavaSource.Kind.WRAPPED, name, "Main.java");
        return new Built(source, List.copyOf(p.blockLines));
    }

    /** A line of the build's own, shown to nobody: messages and frames about it point at {@code block}'s fence. */
    private void generated(String line, SourcePos at, int block) {
        text.append(line).append('\n');
        origins.add(new LineOrigin(at, line.length() + 1));
        blockLines.add(new BlockLine(block, 0));
    }

    /** Copies the items of one kind, line by line, each line keeping its author's position. */
    private void emit(Example block, int index, List<BlockItems.Item> items, BlockItems.Kind kind) {
        String source = block.source();
        List<CodeLine> code = block.code();
        int[] lineStart = new int[code.size() + 1];
        for (int i = 0; i < code.size(); i++) lineStart[i + 1] = lineStart[i] + code.get(i).text().length() + 1;
        for (BlockItems.Item item : items) {
            if (item.kind() != kind) continue;
            int line = lineOf(lineStart, item.start());
            int from = item.start();
            while (from < item.end()) {
                int lineEnd = Math.min(item.end(), lineStart[line + 1] - 1);
                int column = from - lineStart[line];
                text.append(source, from, Math.max(from, lineEnd)).append('\n');
                origins.add(new LineOrigin(code.get(line).origin().plusColumns(column), 0));
                blockLines.add(new BlockLine(index, line + 1));
                line++;
                from = lineEnd + 1;
                if (line < code.size()) from = Math.max(from, lineStart[line]);
            }
        }
    }

    private static int lineOf(int[] lineStart, int offset) {
        int line = 0;
        while (line + 1 < lineStart.length - 1 && lineStart[line + 1] <= offset) line++;
        return line;
    }
}
