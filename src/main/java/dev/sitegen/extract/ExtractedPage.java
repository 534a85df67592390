package dev.sitegen.extract;

import java.util.List;
import java.util.Objects;

import com.vladsch.flexmark.util.ast.Document;

import dev.sitegen.load.Page;

/**
 * A page and its Java examples in the order they appear, {@code file=} units included.
 *
 * @param document the page's markdown tree, parsed once here and read again by the
 *                 renderer (on a site of a thousand pages, a second parse is a fifth of
 *                 the build)
 */
public record ExtractedPage(Page page, List<Example> examples, Document document) {

    public ExtractedPage {
        Objects.requireNonNull(page, "page");
        examples = List.copyOf(examples);
        Objects.requireNonNull(document, "document");
    }

    /** The page's {@code file=} units. */
    public List<Example> units() {
        return examples.stream().filter(e -> e.mode() == ExampleMode.FILE).toList();
    }
}
