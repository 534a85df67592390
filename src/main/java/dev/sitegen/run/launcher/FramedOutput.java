package dev.sitegen.run.launcher;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes each write call as one frame, at once: {@link #MAGIC}, a tag byte ({@link #OUT}
 * or {@link #ERR}), a 4-byte big-endian length, then the bytes. Two pipes would lose the
 * order between stdout and stderr; one stream with the two told apart keeps it. The magic
 * lets the reader resynchronise on bytes the JVM itself writes to descriptor 1.
 */
public final class FramedOutput extends OutputStream {

    /** Starts every frame. */
    public static final byte[] MAGIC = {0, 'S', 'G'};
    public static final byte OUT = 1;
    public static final byte ERR = 2;
    /** An empty frame the launcher writes just before it calls the example's {@code main}. */
    public static final byte START = 3;
    /** A session's block begins: its index is in the length field, and no bytes follow. */
    public static final byte BLOCK = 4;
    /** A session's {@code crash} block threw (its stack trace was printed): its index is in the length field. */
    public static final byte THREW = 5;

    private final OutputStream target;
    private final byte tag;
    private final Object lock;

    /** @param lock shared by the streams writing to {@code target}, so that frames never interleave */
    public FramedOutput(OutputStream target, byte tag, Object lock) {
        this.target = target;
        this.tag = tag;
        this.lock = lock;
    }

    /** Writes the {@link #START} frame: what comes after it was printed by the example's own code. */
    public static void writeStart(OutputStream target, Object lock) throws IOException {
        writeMark(target, lock, START, 0);
    }

    /** Writes a frame without bytes: {@link #START}, or {@link #BLOCK} or {@link #THREW} with a block's index. */
    static void writeMark(OutputStream target, Object lock, byte tag, int value) throws IOException {
        byte[] frame = new byte[MAGIC.length + 5];
        System.arraycopy(MAGIC, 0, frame, 0, MAGIC.length);
        int i = MAGIC.length;
        frame[i++] = tag;
        frame[i++] = (byte) (value >>> 24);
        frame[i++] = (byte) (value >>> 16);
        frame[i++] = (byte) (value >>> 8);
        frame[i] = (byte) value;
        synchronized (lock) {
            target.write(frame);
            target.flush();
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len <= 0) return;
        byte[] frame = new byte[MAGIC.length + 5 + len];
        System.arraycopy(MAGIC, 0, frame, 0, MAGIC.length);
        int i = MAGIC.length;
        frame[i++] = tag;
        frame[i++] = (byte) (len >>> 24);
        frame[i++] = (byte) (len >>> 16);
        frame[i++] = (byte) (len >>> 8);
        frame[i++] = (byte) len;
        System.arraycopy(b, off, frame, i, len);
        synchronized (lock) {
            target.write(frame);
        }
    }
}
