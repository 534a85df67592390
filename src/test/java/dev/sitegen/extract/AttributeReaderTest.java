package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.SourcePos;

/** Info strings as written after "```java" on line 5 of content/p.md: index k of the text is column 8 + k. */
class AttributeReaderTest {

    private static final String FILE = "content/p.md";
    private final Reporter reporter = new Reporter();

    private Optional<AttributeReader.Read> read(String afterJava) {
        InfoString.Parsed parsed = InfoString.parse(afterJava, new SourcePos(FILE, 5, 8), reporter);
        assertTrue(parsed.clean(), () -> "does not parse: " + reporter.sorted());
        return new AttributeReader(reporter).read(parsed, java.util.Optional.empty());
    }

    private static SourcePos col(int column) {
        return new SourcePos(FILE, 5, column);
    }

    private Diagnostic onlyError() {
        List<Diagnostic> all = reporter.sorted();
        assertEquals(1, all.size(), () -> "expected one problem, got " + all);
        assertTrue(all.getFirst().isError());
        return all.getFirst();
    }

    @Test
    void noModeIsAShowBlockWithDefaults() {
        AttributeReader.Read read = read("").orElseThrow();
        assertEquals(ExampleMode.SHOW, read.mode());
        assertEquals(Attributes.DEFAULTS, read.attrs());
        assertEquals(Optional.empty(), read.id());
    }

    @Test
    void runBlockDefaultsAreTenSecondsExitZeroOneRun() {
        AttributeReader.Read read = read(" run").orElseThrow();
        assertEquals(ExampleMode.RUN, read.mode());
        assertEquals(Duration.ofSeconds(10), read.attrs().timeout());
        assertEquals(0, read.attrs().exit());
        assertEquals(1, read.attrs().runs());
        assertEquals("", read.attrs().stdin());
        assertTrue(read.attrs().args().isEmpty());
    }

    @Test
    void everyAttributeIsTyped() {
        AttributeReader.Read read = read(" run timeout=500ms exit=3 runs=8 args=\"one 'two three'\" stdin=\"a\\nb\""
                + " jvm=\"-Xmx64m -Dk=v\" exclusive preview id=demo").orElseThrow();

        Attributes a = read.attrs();
        assertEquals(Duration.ofMillis(500), a.timeout());
        assertEquals(3, a.exit());
        assertEquals(8, a.runs());
        assertEquals(List.of("one", "two three"), a.args());
        assertEquals("a\nb", a.stdin());
        assertEquals(List.of("-Xmx64m", "-Dk=v"), a.jvmOptions());
        assertTrue(a.exclusive());
        assertTrue(a.preview());
        assertEquals(Optional.of("demo"), read.id());
        assertTrue(reporter.sorted().isEmpty());
    }

    @Test
    void durationsTakeMillisecondsSecondsAndMinutes() {
        assertEquals(Duration.ofSeconds(3), read(" run timeout=3s").orElseThrow().attrs().timeout());
        assertEquals(Duration.ofMinutes(2), read(" run timeout=2m").orElseThrow().attrs().timeout());
        assertEquals(Duration.ofMillis(250), read(" run timeout=250ms").orElseThrow().attrs().timeout());
    }

    @Test
    void expectTimeoutIsRead() {
        assertTrue(read(" run expect=timeout timeout=1s").orElseThrow().attrs().expectTimeout());
    }

    @Test
    void failWithExitIsAContradictionAtTheKey() {
        assertTrue(read(" fail exit=1").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(14), d.pos());
        assertTrue(d.message().contains("`exit=`") && d.message().contains("`fail`"), d.message());
    }

    @Test
    void runsZeroIsRejectedAtTheValue() {
        assertTrue(read(" run runs=0").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(18), d.pos());
        assertTrue(d.message().contains("`runs=0`"), d.message());
    }

    @Test
    void runsAboveTheLimitIsRejected() {
        assertTrue(read(" run runs=1001").isEmpty());
        assertTrue(onlyError().message().contains("`runs=1001`"));
    }

    @Test
    void negativeTimeoutIsRejectedAtTheValue() {
        assertTrue(read(" run timeout=-1s").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(21), d.pos());
        assertEquals(3, d.span());
        assertTrue(d.message().contains("`timeout=-1s`"), d.message());
        assertTrue(d.hint().contains("500ms"), d.hint());
    }

    @Test
    void zeroTimeoutIsRejected() {
        assertTrue(read(" run timeout=0s").isEmpty());
        assertTrue(onlyError().message().contains("`timeout=0s`"));
    }

    @Test
    void timeoutWithUnknownUnitIsRejected() {
        assertTrue(read(" run timeout=3x").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(21), d.pos());
        assertTrue(d.message().contains("`timeout=3x`"), d.message());
    }

    @Test
    void nonNumericExitIsRejectedAtTheValue() {
        assertTrue(read(" run exit=abc").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(18), d.pos());
        assertTrue(d.message().contains("`exit=abc`"), d.message());
    }

    @Test
    void exitCodeOutsideZeroTo255IsRejected() {
        assertTrue(read(" run exit=256").isEmpty());
        assertTrue(onlyError().message().contains("`exit=256`"));
    }

    @Test
    void runsWithExpectTimeoutIsAContradictionAtRuns() {
        assertTrue(read(" run expect=timeout runs=3").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(28), d.pos());
        assertTrue(d.message().contains("`runs=`") && d.message().contains("`expect=timeout`"), d.message());
    }

    @Test
    void exitWithExpectTimeoutIsAContradictionAtExit() {
        assertTrue(read(" run expect=timeout exit=1").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(28), d.pos());
        assertTrue(d.message().contains("`exit=`"), d.message());
    }

    @Test
    void expectTakesOnlyTimeout() {
        assertTrue(read(" run expect=exception").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(20), d.pos());
        assertTrue(d.message().contains("`expect=exception`"), d.message());
    }

    @Test
    void runOnlyAttributeOnACompileBlockNamesTheMode() {
        assertTrue(read(" compile timeout=3s").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(17), d.pos());
        assertEquals(7, d.span());
        assertTrue(d.message().contains("`timeout=`"), d.message());
        assertTrue(d.message().contains("`java run`") && d.message().contains("`compile`"), d.message());
    }

    @Test
    void runOnlyFlagOnACompileBlockIsRejected() {
        assertTrue(read(" compile exclusive").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(17), d.pos());
        assertTrue(d.message().contains("`exclusive`"), d.message());
    }

    @Test
    void runOnlyAttributeOnAShowBlockSuggestsJavaRun() {
        assertTrue(read(" args=x").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(9), d.pos());
        assertTrue(d.message().contains("`args=`") && d.message().contains("compiled and run"), d.message());
        assertTrue(d.hint().contains("java run args"), d.hint());
    }

    @Test
    void previewOnAShowBlockSuggestsJavaCompile() {
        assertTrue(read(" preview").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(9), d.pos());
        assertTrue(d.message().contains("`preview`") && d.message().contains("compiled"), d.message());
        assertTrue(d.hint().contains("java compile preview"), d.hint());
    }

    @Test
    void previewAppliesToCompileAndFailBlocks() {
        assertTrue(read(" compile preview").orElseThrow().attrs().preview());
        assertTrue(read(" fail preview").orElseThrow().attrs().preview());
        assertTrue(reporter.sorted().isEmpty());
    }

    @Test
    void runAttributeOnAFailBlockContradictsFail() {
        assertTrue(read(" fail stdin=x").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(14), d.pos());
        assertTrue(d.message().contains("contradicts `fail`"), d.message());
    }

    @Test
    void fileUnitIsItsOwnMode() {
        AttributeReader.Read read = read(" file=Counter.java").orElseThrow();
        assertEquals(ExampleMode.FILE, read.mode());
        assertEquals(Optional.of("Counter.java"), read.attrs().fileName());
    }

    @Test
    void fileUnitCannotAlsoHaveAMode() {
        assertTrue(read(" run file=Counter.java").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(13), d.pos());
        assertTrue(d.message().contains("`run`"), d.message());
    }

    @Test
    void fileUnitCannotHaveRunAttributes() {
        assertTrue(read(" file=Counter.java timeout=1s").isEmpty());
        assertTrue(onlyError().message().contains("`file`"));
    }

    @Test
    void fileNameMustBeAJavaFileName() {
        assertTrue(read(" file=counter.txt").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(14), d.pos());
        assertTrue(d.message().contains("`file=counter.txt`"), d.message());
    }

    @Test
    void idMustBeAnAnchorName() {
        assertTrue(read(" run id=-oops").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(16), d.pos());
        assertTrue(d.message().contains("`id=-oops`"), d.message());
    }

    @Test
    void idAndIncludeApplyToShowBlocksToo() {
        AttributeReader.Read read = read(" id=plain include=examples/A.java").orElseThrow();
        assertEquals(ExampleMode.SHOW, read.mode());
        assertEquals(Optional.of("plain"), read.id());
        assertEquals(Optional.of("examples/A.java"), read.attrs().include());
    }

    @Test
    void absoluteIncludePathIsRejected() {
        assertTrue(read(" run include=/etc/A.java").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(21), d.pos());
        assertTrue(d.message().contains("`include=/etc/A.java`"), d.message());
    }

    @Test
    void unclosedShellQuoteInArgsIsReportedAtTheValue() {
        assertTrue(read(" run args=\"a 'b\"").isEmpty());

        Diagnostic d = onlyError();
        assertEquals(col(18), d.pos());
        assertTrue(d.message().contains("`args=`") && d.message().contains("never closed"), d.message());
    }

    @Test
    void everyProblemOfOneBlockIsReported() {
        assertTrue(read(" run timeout=0s exit=abc runs=0").isEmpty());

        assertEquals(3, reporter.errorCount());
        assertFalse(reporter.sorted().stream().anyMatch(d -> d.pos() == null));
    }
}
