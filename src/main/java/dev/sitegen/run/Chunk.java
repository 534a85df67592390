package dev.sitegen.run;

import java.util.Objects;

/** Text a program wrote to one stream, between writes to the other. */
public record Chunk(StreamKind stream, String text) {

    public Chunk {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(text, "text");
    }
}
