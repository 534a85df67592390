package dev.sitegen.run;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class OutputCollectorTest {

    private static void accept(OutputCollector c, StreamKind stream, String text) {
        byte[] bytes = text.getBytes(UTF_8);
        c.accept(stream, bytes, 0, bytes.length);
    }

    @Test
    void keepsArrivalOrderAndMergesRunsOfOneStream() {
        OutputCollector c = new OutputCollector();
        accept(c, StreamKind.OUT, "a");
        accept(c, StreamKind.OUT, "b");
        accept(c, StreamKind.ERR, "c");
        accept(c, StreamKind.OUT, "d");

        assertEquals(List.of(new Chunk(StreamKind.OUT, "ab"), new Chunk(StreamKind.ERR, "c"), new Chunk(StreamKind.OUT, "d")), c.finish().chunks());
    }

    @Test
    void honoursOffsetAndLength() {
        OutputCollector c = new OutputCollector();
        byte[] bytes = "xxhelloxx".getBytes(UTF_8);
        c.accept(StreamKind.OUT, bytes, 2, 5);

        assertEquals(List.of(new Chunk(StreamKind.OUT, "hello")), c.finish().chunks());
    }

    @Test
    void keepsAtMostTheLimitAcrossStreamsAndCountsTheRest() {
        OutputCollector c = new OutputCollector(10);
        accept(c, StreamKind.OUT, "123456");
        accept(c, StreamKind.ERR, "abcdef");
        accept(c, StreamKind.OUT, "zz");
        accept(c, StreamKind.ERR, "yyy");

        OutputCollector.Captured captured = c.finish();
        assertEquals(List.of(new Chunk(StreamKind.OUT, "123456"), new Chunk(StreamKind.ERR, "abcd")), captured.chunks());
        assertEquals(7, captured.droppedBytes());
    }

    @Test
    void theLimitCountsBytesNotCharacters() {
        OutputCollector c = new OutputCollector(4);
        accept(c, StreamKind.OUT, "éé");  // four bytes
        accept(c, StreamKind.OUT, "é");

        OutputCollector.Captured captured = c.finish();
        assertEquals(List.of(new Chunk(StreamKind.OUT, "éé")), captured.chunks());
        assertEquals(2, captured.droppedBytes());
    }

    @Test
    void defaultLimitIsOneMebibyte() {
        OutputCollector c = new OutputCollector();
        accept(c, StreamKind.OUT, "x".repeat((1 << 20) + 25));

        OutputCollector.Captured captured = c.finish();
        assertEquals(1 << 20, captured.chunks().getFirst().text().length());
        assertEquals(25, captured.droppedBytes());
    }

    @Test
    void malformedBytesBecomeReplacementCharacters() {
        OutputCollector c = new OutputCollector();
        c.accept(StreamKind.OUT, new byte[] {'a', (byte) 0xFF, 'b'}, 0, 3);

        assertEquals(List.of(new Chunk(StreamKind.OUT, "a\uFFFDb")), c.finish().chunks());
    }

    @Test
    void incompleteCharacterAtTheEndBecomesAReplacementCharacter() {
        OutputCollector c = new OutputCollector();
        c.accept(StreamKind.OUT, new byte[] {'a', 'b', (byte) 0xC3}, 0, 3);

        assertEquals(List.of(new Chunk(StreamKind.OUT, "ab\uFFFD")), c.finish().chunks());
    }
}
