package dev.sitegen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sitegen.compile.SourceMap;
import dev.sitegen.diag.SourcePos;
import dev.sitegen.extract.CodeLine;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExtractedPage;
import dev.sitegen.extract.Session;
import dev.sitegen.run.Evidence;
import dev.sitegen.run.FrameRefs;

/**
 * Points the stack frames of a run (recorded relative to the example's code) at the
 * markdown lines of the day: {@code threads/start.md:42}.
 */
final class Frames {

    private final Map<String, List<Example>> unitsByPage = new HashMap<>();
    /** Each session block's program, by block: a frame in a session names a block by its index. */
    private final Map<Example, List<Example>> programs = new HashMap<>();
    private final String contentPrefix;

    Frames(List<ExtractedPage> pages, String contentDisplay) {
        for (ExtractedPage p : pages) {
            unitsByPage.put(p.page().path(), p.units());
            for (Session s : p.sessions()) for (Example e : s.blocks()) programs.put(e, s.program());
        }
        this.contentPrefix = contentDisplay + "/";
    }

    Evidence resolve(Example e, Evidence raw) {
        return new Evidence(raw.compileErrors(),
                raw.runs().stream().map(r -> r.mapText(text -> FrameRefs.resolve(text, (source, line) -> locate(e, source, line)))).toList(),
                raw.cached(), raw.provenance());
    }

    private Optional<String> locate(Example e, String source, int line) {
        List<CodeLine> code;
        if (source.equals(SourceMap.EXAMPLE)) {
            code = e.code();
        } else if (source.startsWith(SourceMap.BLOCK)) {
            List<Example> program = programs.getOrDefault(e, List.of());
            int block = Integer.parseInt(source.substring(SourceMap.BLOCK.length()));
            if (block < 0 || block >= program.size()) return Optional.empty();
            code = program.get(block).code();
        } else {
            Optional<Example> unit = unitsByPage.getOrDefault(e.page(), List.of()).stream()
                    .filter(u -> u.attrs().fileName().orElse("").equals(source)).findFirst();
            if (unit.isEmpty()) return Optional.empty();
            code = unit.get().code();
        }
        if (code.isEmpty()) return Optional.empty();
        SourcePos pos = code.get(Math.min(Math.max(line, 1), code.size()) - 1).origin();
        String file = pos.file().startsWith(contentPrefix) ? pos.file().substring(contentPrefix.length()) : pos.file();
        return Optional.of(file + ":" + pos.line());
    }
}
