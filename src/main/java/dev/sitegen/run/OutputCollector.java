package dev.sitegen.run;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Receives a program's output from the reader threads in arrival order, merges what
 * follows on the same stream, decodes it as UTF-8 and keeps at most {@link #LIMIT} bytes,
 * counting the rest: memory stays flat whatever the program prints.
 */
final class OutputCollector {

    static final int LIMIT = 1 << 20;

    /** The output kept and how many bytes were dropped after the limit. */
    record Captured(List<Chunk> chunks, long droppedBytes, boolean mainStarted) {
        Captured {
            chunks = List.copyOf(chunks);
        }
    }

    private final int limit;
    private final List<Chunk> chunks = new ArrayList<>();
    private final Map<StreamKind, CharsetDecoder> decoders = new EnumMap<>(StreamKind.class);
    private final Map<StreamKind, ByteBuffer> leftovers = new EnumMap<>(StreamKind.class);
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private StreamKind current;
    private long kept;
    private long dropped;
    private boolean mainStarted;
    private boolean marked;

    OutputCollector() {
        this(LIMIT);
    }

    OutputCollector(int limit) {
        this.limit = limit;
        for (StreamKind s : StreamKind.values()) {
            decoders.put(s, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            leftovers.put(s, ByteBuffer.allocate(0));
        }
    }

    /** The launcher is about to call the example's {@code main}. */
    synchronized void mainStarted() {
        mainStarted = true;
    }

    /**
     * A session's block began ({@code threw} false) or threw: noted as a {@link StreamKind#MARK}
     * chunk between the output before and after it, with the time it arrived.
     */
    synchronized void mark(int block, boolean threw) {
        flush(false);
        chunks.add(SessionSplit.mark(block, threw, System.nanoTime()));
        current = null;
        marked = true;
    }

    synchronized void accept(StreamKind stream, byte[] bytes, int offset, int length) {
        int room = (int) Math.max(0, Math.min(length, limit - kept));
        if (room > 0) {
            if (stream != current) flush(false);
            current = stream;
            pending.write(bytes, offset, room);
            kept += room;
        }
        dropped += length - room;
    }

    synchronized Captured finish() {
        flush(true);
        if (marked) chunks.add(SessionSplit.end(System.nanoTime()));
        return new Captured(chunks, dropped, mainStarted);
    }

    private void flush(boolean end) {
        if (current == null) return;
        ByteBuffer left = leftovers.get(current);
        ByteBuffer in = ByteBuffer.allocate(left.remaining() + pending.size());
        in.put(left).put(pending.toByteArray()).flip();
        pending.reset();
        CharBuffer out = CharBuffer.allocate(in.remaining() + 4);
        CharsetDecoder decoder = decoders.get(current);
        decoder.decode(in, out, end);
        if (end) decoder.flush(out);
        leftovers.put(current, in.slice());
        out.flip();
        if (out.hasRemaining()) {
            String text = out.toString();
            if (!chunks.isEmpty() && chunks.getLast().stream() == current) {
                text = chunks.removeLast().text() + text;
            }
            chunks.add(new Chunk(current, text));
        }
        if (end) {
            for (StreamKind s : StreamKind.values()) {
                if (s != current && leftovers.get(s).hasRemaining()) {
                    current = s;
                    flush(true);
                }
            }
        }
    }
}
