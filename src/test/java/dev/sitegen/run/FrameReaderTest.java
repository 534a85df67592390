package dev.sitegen.run;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sitegen.run.launcher.FramedOutput;

/** Bytes framed exactly as the launcher's {@link FramedOutput} writes them, mixed with raw bytes. */
class FrameReaderTest {

    private final ByteArrayOutputStream wire = new ByteArrayOutputStream();
    private final Object lock = new Object();
    private final FramedOutput out = new FramedOutput(wire, FramedOutput.OUT, lock);
    private final FramedOutput err = new FramedOutput(wire, FramedOutput.ERR, lock);

    private OutputCollector.Captured pump(OutputCollector collector) throws IOException {
        FrameReader.pump(new ByteArrayInputStream(wire.toByteArray()), collector);
        return collector.finish();
    }

    private List<Chunk> pump() throws IOException {
        return pump(new OutputCollector()).chunks();
    }

    private static Chunk o(String text) {
        return new Chunk(StreamKind.OUT, text);
    }

    private static Chunk e(String text) {
        return new Chunk(StreamKind.ERR, text);
    }

    @Test
    void framesBecomeChunksInTheOrderTheyWereWritten() throws IOException {
        out.write("one\n".getBytes(UTF_8));
        err.write("two\n".getBytes(UTF_8));
        out.write("three\n".getBytes(UTF_8));

        assertEquals(List.of(o("one\n"), e("two\n"), o("three\n")), pump());
    }

    @Test
    void consecutiveFramesOfOneStreamAreMerged() throws IOException {
        out.write("a".getBytes(UTF_8));
        out.write("b\n".getBytes(UTF_8));
        err.write("x".getBytes(UTF_8));
        err.write("y\n".getBytes(UTF_8));

        assertEquals(List.of(o("ab\n"), e("xy\n")), pump());
    }

    @Test
    void rawBytesOutsideFramesAreStandardOutput() throws IOException {
        wire.write("JVM says hi\n".getBytes(UTF_8));
        err.write("framed err\n".getBytes(UTF_8));
        wire.write("more raw\n".getBytes(UTF_8));
        out.write("framed out\n".getBytes(UTF_8));

        assertEquals(List.of(o("JVM says hi\n"), e("framed err\n"), o("more raw\nframed out\n")), pump());
    }

    @Test
    void printStreamWritesThroughFramesKeepTheirText() throws IOException {
        PrintStream stdout = new PrintStream(out, true, UTF_8);
        PrintStream stderr = new PrintStream(err, true, UTF_8);
        stdout.println("héllo wörld ✓");
        stderr.println("Exception in thread \"main\"");
        stdout.print(42);
        stdout.flush();

        assertEquals(List.of(o("héllo wörld ✓\n"), e("Exception in thread \"main\"\n"), o("42")), pump());
    }

    @Test
    void characterSplitAcrossFramesOfOneStreamIsDecodedWhole() throws IOException {
        byte[] cafe = "café\n".getBytes(UTF_8);
        out.write(cafe, 0, 4); // "caf" and the first byte of "é"
        out.write(cafe, 4, cafe.length - 4);

        assertEquals(List.of(o("café\n")), pump());
    }

    @Test
    void characterSplitAroundAFrameOfTheOtherStreamIsDecodedWhole() throws IOException {
        byte[] cafe = "café\n".getBytes(UTF_8);
        out.write(cafe, 0, 4);
        err.write("!".getBytes(UTF_8));
        out.write(cafe, 4, cafe.length - 4);

        assertEquals(List.of(o("caf"), e("!"), o("é\n")), pump());
    }

    @Test
    void framesLargerThanTheReadBufferArriveWhole() throws IOException {
        String big = "x".repeat(200_000);
        out.write(big.getBytes(UTF_8));
        err.write("end".getBytes(UTF_8));

        assertEquals(List.of(o(big), e("end")), pump());
    }

    @Test
    void frameCutShortByTheEndOfTheStreamKeepsWhatArrived() throws IOException {
        out.write("whole\n".getBytes(UTF_8));
        wire.write(new byte[] {0, 'S', 'G', FramedOutput.ERR, 0, 0, 0, 10});
        wire.write("abc".getBytes(UTF_8));

        assertEquals(List.of(o("whole\n"), e("abc")), pump());
    }

    @Test
    void bytesShorterThanAFrameHeaderAtTheEndAreRawOutput() throws IOException {
        err.write("e".getBytes(UTF_8));
        wire.write("ok".getBytes(UTF_8));

        assertEquals(List.of(e("e"), o("ok")), pump());
    }

    @Test
    void magicWithAnUnknownTagIsNotAFrame() throws IOException {
        wire.write(new byte[] {0, 'S', 'G', 9, 'a', 'b', 'c', 'd', 'e'});
        err.write("!".getBytes(UTF_8));

        assertEquals(List.of(o("\u0000SG\u0009abcde"), e("!")), pump());
    }

    @Test
    void rawStandardErrorIsCopiedAsErr() throws IOException {
        OutputCollector collector = new OutputCollector();
        FrameReader.pumpRaw(new ByteArrayInputStream("Error: Could not find or load main class\n".getBytes(UTF_8)), collector);

        assertEquals(List.of(e("Error: Could not find or load main class\n")), collector.finish().chunks());
    }

    @Test
    void emptyStreamGivesNoOutput() throws IOException {
        OutputCollector.Captured captured = pump(new OutputCollector());
        assertEquals(List.of(), captured.chunks());
        assertEquals(0, captured.droppedBytes());
    }

    @Test
    void bytesBeyondTheLimitAreCountedNotKept() throws IOException {
        out.write("12345".getBytes(UTF_8));
        err.write("abcdef".getBytes(UTF_8));
        out.write("zzz".getBytes(UTF_8));

        OutputCollector.Captured captured = pump(new OutputCollector(8));

        assertEquals(List.of(o("12345"), e("abc")), captured.chunks());
        assertEquals(6, captured.droppedBytes());
    }
}
