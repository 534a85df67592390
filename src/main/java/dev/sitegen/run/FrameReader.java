package dev.sitegen.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;

import dev.sitegen.run.launcher.FramedOutput;

/**
 * Reads the framed stream {@link FramedOutput} writes on descriptor 1. Bytes that are not
 * frames (the JVM's own writes) are passed on as standard output until the next frame.
 */
final class FrameReader {

    private static final int HEADER = FramedOutput.MAGIC.length + 5;

    private FrameReader() {
    }

    static void pump(InputStream stdout, OutputCollector collector) throws IOException {
        PushbackInputStream in = new PushbackInputStream(stdout, HEADER);
        byte[] header = new byte[HEADER];
        byte[] buffer = new byte[64 * 1024];
        while (true) {
            int n = in.readNBytes(header, 0, HEADER);
            if (n == 0) return;
            if (n < HEADER || !isFrame(header)) {
                collector.accept(StreamKind.OUT, header, 0, 1);
                in.unread(header, 1, n - 1);
                continue;
            }
            byte tag = header[FramedOutput.MAGIC.length];
            int length = ((header[HEADER - 4] & 0xff) << 24) | ((header[HEADER - 3] & 0xff) << 16)
                    | ((header[HEADER - 2] & 0xff) << 8) | (header[HEADER - 1] & 0xff);
            if (tag == FramedOutput.START) {
                collector.mainStarted();
                continue;
            }
            if (tag == FramedOutput.BLOCK || tag == FramedOutput.THREW) {
                collector.mark(length, tag == FramedOutput.THREW);
                continue;
            }
            StreamKind stream = tag == FramedOutput.OUT ? StreamKind.OUT : StreamKind.ERR;
            while (length > 0) {
                int r = in.read(buffer, 0, Math.min(buffer.length, length));
                if (r < 0) return;
                collector.accept(stream, buffer, 0, r);
                length -= r;
            }
        }
    }

    private static boolean isFrame(byte[] header) {
        byte tag = header[FramedOutput.MAGIC.length];
        return Arrays.equals(header, 0, FramedOutput.MAGIC.length, FramedOutput.MAGIC, 0, FramedOutput.MAGIC.length)
                && header[FramedOutput.MAGIC.length + 1] >= 0
                && (tag == FramedOutput.OUT || tag == FramedOutput.ERR || tag == FramedOutput.BLOCK || tag == FramedOutput.THREW
                    || tag == FramedOutput.START && Arrays.equals(header, HEADER - 4, HEADER, new byte[4], 0, 4));
    }

    /** Copies raw bytes of standard error (the JVM's own messages) as they come. */
    static void pumpRaw(InputStream stderr, OutputCollector collector) throws IOException {
        byte[] buffer = new byte[8192];
        int r;
        while ((r = stderr.read(buffer)) >= 0) collector.accept(StreamKind.ERR, buffer, 0, r);
    }
}
