package dev.sitegen.load;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** A page's optional YAML header: its title, its place in the navigation, its meta description. */
public record FrontMatter(Optional<String> title, OptionalDouble order, Optional<String> description) {

    public static final FrontMatter NONE = new FrontMatter(Optional.empty(), OptionalDouble.empty(), Optional.empty());

    public FrontMatter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(description, "description");
    }
}
