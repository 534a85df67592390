package dev.sitegen.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import dev.sitegen.load.Page;

/**
 * A page and its Java examples in the order they appear, {@code file=} units included.
 *
 * @param document     the page's markdown tree, parsed once here and read again by the
 *                     renderer (on a site of a thousand pages, a second parse is a fifth of
 *                     the build)
 * @param blocks       which fenced block of {@code document} is which example
 * @param outputBlocks the {@code output} blocks taken as expectations: checked, never shown.
 *                     Render is told this; it never decides it again by a rule of its own
 */
public record ExtractedPage(Page page, List<Example> examples, Document document, Map<Node, Example> blocks,
                           Set<Node> outputBlocks) {

    public ExtractedPage {
        Objects.requireNonNull(page, "page");
        examples = List.copyOf(examples);
        Objects.requireNonNull(document, "document");
        blocks = Collections.unmodifiableMap(new IdentityHashMap<>(blocks));
        Set<Node> outputs = Collections.newSetFromMap(new IdentityHashMap<>());
        outputs.addAll(outputBlocks);
        outputBlocks = Collections.unmodifiableSet(outputs);
    }

    /** A page without examples. */
    public ExtractedPage(Page page, Document document) {
        this(page, List.of(), document, Map.of(), Set.of());
    }

    /** The page's sessions, in the order their first blocks appear. */
    public List<Session> sessions() {
        java.util.Map<String, List<Example>> byName = new java.util.LinkedHashMap<>();
        for (Example e : examples) e.session().ifPresent(name -> byName.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(e));
        return byName.entrySet().stream().map(entry -> new Session(page.path(), entry.getKey(), entry.getValue())).toList();
    }

    /** The session {@code example} belongs to, if any. */
    public java.util.Optional<Session> sessionOf(Example example) {
        return example.session().flatMap(name -> sessions().stream().filter(s -> s.name().equals(name)).findFirst());
    }

    /** The page's {@code file=} units. */
    public List<Example> units() {
        return examples.stream().filter(e -> e.mode() == ExampleMode.FILE).toList();
    }
}
