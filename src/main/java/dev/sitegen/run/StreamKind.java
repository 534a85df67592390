package dev.sitegen.run;

/** Which standard stream a piece of output was written to. */
public enum StreamKind {
    OUT, ERR,
    /**
     * Not output: where a session's block began (or threw), in the order of the output
     * around it. Seen only until the session's run is split into its blocks.
     */
    MARK
}
