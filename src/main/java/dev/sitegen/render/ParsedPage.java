package dev.sitegen.render;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import dev.sitegen.diag.SourcePos;
import dev.sitegen.extract.Example;
import dev.sitegen.load.Page;

/**
 * A page parsed for rendering: its tree, title, headings with their ids, the links it
 * writes, its examples by their fenced block, and its {@code output} blocks (checked,
 * never shown).
 */
record ParsedPage(Page page, Document document, String title, List<Heading> headings, Map<Node, String> headingIds,
                  List<LinkRef> links, Map<Node, Example> examples, Set<Node> outputBlocks) {

    /** A heading and its anchor. */
    record Heading(int level, String text, String id) {
    }

    /** A link or image the author wrote, where they wrote it. */
    record LinkRef(String url, SourcePos pos, boolean image) {
    }

    ParsedPage {
        headings = List.copyOf(headings);
        headingIds = Collections.unmodifiableMap(new IdentityHashMap<>(headingIds));
        links = List.copyOf(links);
        examples = Collections.unmodifiableMap(new IdentityHashMap<>(examples));
        Set<Node> outputs = Collections.newSetFromMap(new IdentityHashMap<>());
        outputs.addAll(outputBlocks);
        outputBlocks = Collections.unmodifiableSet(outputs);
    }
}
