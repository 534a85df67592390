package dev.sitegen.extract;

import java.util.List;

import dev.sitegen.load.Page;

/** A page and its Java examples in the order they appear, {@code file=} units included. */
public record ExtractedPage(Page page, List<Example> examples) {

    public ExtractedPage {
        examples = List.copyOf(examples);
    }

    /** The page's {@code file=} units. */
    public List<Example> units() {
        return examples.stream().filter(e -> e.mode() == ExampleMode.FILE).toList();
    }
}
