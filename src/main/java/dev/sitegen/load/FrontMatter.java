package dev.sitegen.load;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A page's optional YAML header: its title, its place in the navigation, its meta
 * description, and the session its examples join unless they say otherwise.
 */
public record FrontMatter(Optional<String> title, OptionalDouble order, Optional<String> description, Optional<String> session) {

    /** What a session may be called, in front matter and in {@code session=}. */
    public static final java.util.regex.Pattern SESSION_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    public static final FrontMatter NONE = new FrontMatter(Optional.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty());

    public FrontMatter(Optional<String> title, OptionalDouble order, Optional<String> description) {
        this(title, order, description, Optional.empty());
    }

    public FrontMatter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(session, "session");
    }
}
