package dev.sitegen.run;

/** Which standard stream a piece of output was written to. */
public enum StreamKind {
    OUT, ERR
}
