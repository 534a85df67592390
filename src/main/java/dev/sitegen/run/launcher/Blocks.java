package dev.sitegen.run.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;

/**
 * Called by a session's program, by name (it is compiled without the launcher on its class
 * path), before each block's first statement and when a {@code crash} block throws: marks
 * the place in the framed output, so that what was printed is shown under the block that
 * was running.
 */
public final class Blocks {

    private static OutputStream target;
    private static Object lock;

    private Blocks() {
    }

    /** Set by the launcher before the program's {@code main} starts. */
    static synchronized void install(OutputStream out, Object outLock) {
        target = out;
        lock = outLock;
    }

    /**
     * @param block  the block's index in the session's program
     * @param thrown null when the block begins; what it threw, when a {@code crash} block threw
     */
    public static void mark(int block, Throwable thrown) throws IOException {
        OutputStream out;
        Object outLock;
        synchronized (Blocks.class) {
            out = target;
            outLock = lock;
        }
        if (out == null) throw new IllegalStateException("the session's program runs only under the launcher");
        if (thrown != null) {
            Launcher.strip(thrown, Collections.newSetFromMap(new IdentityHashMap<>()));
            thrown.printStackTrace();
            System.err.flush();
        }
        FramedOutput.writeMark(out, outLock, thrown == null ? FramedOutput.BLOCK : FramedOutput.THREW, block);
    }
}
