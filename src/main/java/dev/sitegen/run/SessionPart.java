package dev.sitegen.run;

/**
 * One block's part in its session's run.
 *
 * @param reached whether the block began to run
 * @param threw   whether an exception ended it (caught, for a {@code crash} block)
 * @param ended   whether the program ended while this block was running: the exit code,
 *                the timeout and the thread dump are its
 */
public record SessionPart(boolean reached, boolean threw, boolean ended) {
}
