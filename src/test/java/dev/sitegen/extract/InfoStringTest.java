package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sitegen.diag.Diagnostic;
import dev.sitegen.diag.Reporter;
import dev.sitegen.diag.SourcePos;

/**
 * The info string is parsed as if written on line 3 of content/p.md after "```java", so
 * the character at index k of the text after "java" is at column 8 + k.
 */
class InfoStringTest {

    private static final String FILE = "content/p.md";
    private final Reporter reporter = new Reporter();

    private InfoString.Parsed parse(String afterJava) {
        return InfoString.parse(afterJava, new SourcePos(FILE, 3, 8), reporter);
    }

    /** Parses a line that must be read without a problem. */
    private InfoString.Parsed clean(String afterJava) {
        InfoString.Parsed parsed = parse(afterJava);
        assertTrue(parsed.clean(), () -> "problems: " + reporter.sorted());
        assertTrue(reporter.sorted().isEmpty(), () -> "problems: " + reporter.sorted());
        return parsed;
    }

    private static SourcePos col(int column) {
        return new SourcePos(FILE, 3, column);
    }

    private Diagnostic onlyError() {
        List<Diagnostic> all = reporter.sorted();
        assertEquals(1, all.size(), () -> "expected one problem, got " + all);
        assertTrue(all.getFirst().isError());
        return all.getFirst();
    }

    @Test
    void emptyInfoHasNoModeFlagsOrAttributes() {
        InfoString.Parsed parsed = clean("");
        assertEquals(Optional.empty(), parsed.mode());
        assertTrue(parsed.flags().isEmpty());
        assertTrue(parsed.attrs().isEmpty());
        assertTrue(reporter.sorted().isEmpty());
    }

    @Test
    void modeFlagsAndAttributesKeepTheirColumns() {
        InfoString.Parsed parsed = clean(" run exclusive timeout=3s id=demo");

        assertEquals(new InfoString.Word("run", col(9)), parsed.mode().orElseThrow());
        assertEquals(List.of(new InfoString.Word("exclusive", col(13))), parsed.flags());
        InfoString.Attr timeout = parsed.attrs().get("timeout");
        assertEquals(new InfoString.Word("timeout", col(23)), timeout.key());
        assertEquals("3s", timeout.value());
        assertEquals(col(31), timeout.valuePos());
        assertEquals(2, timeout.valueLength());
        assertEquals("demo", parsed.attrs().get("id").value());
        assertEquals(col(37), parsed.attrs().get("id").valuePos());
    }

    @Test
    void attributesKeepTheOrderTheyWereWritten() {
        InfoString.Parsed parsed = clean(" run runs=3 exit=2 args=x");
        assertEquals(List.of("runs", "exit", "args"), List.copyOf(parsed.attrs().keySet()));
    }

    @Test
    void quotedValueUnescapesQuoteBackslashAndNewline() {
        String info = " run stdin=\"say \\\"hi\\\" to C:\\\\tmp\\nbye\"";
        InfoString.Parsed parsed = clean(info);

        InfoString.Attr stdin = parsed.attrs().get("stdin");
        assertEquals("say \"hi\" to C:\\tmp\nbye", stdin.value());
        assertEquals(col(8 + info.indexOf('"')), stdin.valuePos());
        assertEquals(info.length() - info.indexOf('"'), stdin.valueLength());
    }

    @Test
    void quotedValueMayHoldSpaces() {
        InfoString.Parsed parsed = clean(" run args=\"one two\" exclusive");
        assertEquals("one two", parsed.attrs().get("args").value());
        assertEquals("exclusive", parsed.flags().getFirst().text());
    }

    @Test
    void bareValueIsTakenLiterallyUpToTheNextSpace() {
        InfoString.Parsed parsed = clean(" run stdin=a\\nb jvm=-Dkey=value");
        assertEquals("a\\nb", parsed.attrs().get("stdin").value());
        assertEquals("-Dkey=value", parsed.attrs().get("jvm").value());
    }

    @Test
    void unknownModeIsReportedAtTheWordWithTheClosestMode() {
        assertFalse(parse(" rnu").clean());

        Diagnostic d = onlyError();
        assertEquals(col(9), d.pos());
        assertEquals(3, d.span());
        assertTrue(d.message().contains("`rnu`"), d.message());
        assertTrue(d.message().contains("mode"), d.message());
        assertEquals("did you mean `run`?", d.hint());
    }

    @Test
    void unknownAttributeIsReportedAtItsNameWithTheClosestKey() {
        assertFalse(parse(" run timout=3s").clean());

        Diagnostic d = onlyError();
        assertEquals(col(13), d.pos());
        assertEquals(6, d.span());
        assertTrue(d.message().contains("unknown attribute `timout`"), d.message());
        assertEquals("did you mean `timeout`?", d.hint());
    }

    @Test
    void unknownFlagAfterTheModeSuggestsTheClosestFlag() {
        assertFalse(parse(" run exclusiv").clean());

        Diagnostic d = onlyError();
        assertEquals(col(13), d.pos());
        assertTrue(d.message().contains("`exclusiv`"), d.message());
        assertEquals("did you mean `exclusive`?", d.hint());
    }

    @Test
    void misspelledKeyWithoutValueSuggestsTheKeyWithItsEqualsSign() {
        assertFalse(parse(" run timout").clean());

        Diagnostic d = onlyError();
        assertEquals(col(13), d.pos());
        assertEquals("did you mean `timeout=`?", d.hint());
    }

    @Test
    void repeatedKeyIsReportedAtTheSecondOneAndNamesTheFirst() {
        assertFalse(parse(" run timeout=1s timeout=2s").clean());

        Diagnostic d = onlyError();
        assertEquals(col(24), d.pos());
        assertTrue(d.message().contains("`timeout` is given twice"), d.message());
        assertTrue(d.hint().contains("column 13"), d.hint());
    }

    @Test
    void repeatedFlagIsReportedAtTheSecondOne() {
        assertFalse(parse(" run preview preview").clean());

        Diagnostic d = onlyError();
        assertEquals(col(21), d.pos());
        assertTrue(d.message().contains("`preview`"), d.message());
    }

    @Test
    void modeAfterAnotherWordIsRejected() {
        assertFalse(parse(" exclusive run").clean());

        Diagnostic d = onlyError();
        assertEquals(col(19), d.pos());
        assertTrue(d.message().contains("`run`"), d.message());
        assertTrue(d.message().contains("right after `java`"), d.message());
        assertTrue(d.hint().contains("java run"), d.hint());
    }

    @Test
    void secondModeIsRejectedWithBothNamedInTheHint() {
        assertFalse(parse(" run compile").clean());

        Diagnostic d = onlyError();
        assertEquals(col(13), d.pos());
        assertTrue(d.hint().contains("`run`") && d.hint().contains("`compile`"), d.hint());
    }

    @Test
    void unclosedQuoteIsReportedAtTheOpeningQuote() {
        assertFalse(parse(" run args=\"a b").clean());

        Diagnostic d = onlyError();
        assertEquals(col(18), d.pos());
        assertTrue(d.message().contains("never closed"), d.message());
        assertTrue(d.message().contains("`args`"), d.message());
    }

    @Test
    void unknownEscapeIsReportedAtItsBackslash() {
        assertFalse(parse(" run stdin=\"a\\tb\"").clean());

        Diagnostic d = onlyError();
        assertEquals(col(21), d.pos());
        assertEquals(2, d.span());
        assertTrue(d.message().contains("`\\t`"), d.message());
        assertTrue(d.hint().contains("\\\\"), d.hint());
    }

    @Test
    void backslashAtTheEndOfAQuotedValueLeavesItUnclosed() {
        assertFalse(parse(" run stdin=\"abc\\").clean());
        assertTrue(onlyError().message().contains("never closed"));
    }

    @Test
    void keyWithEqualsButNoValueIsReportedAtTheEqualsSign() {
        assertFalse(parse(" run timeout= exclusive").clean());

        Diagnostic d = onlyError();
        assertEquals(col(20), d.pos());
        assertTrue(d.message().contains("`timeout=` has no value"), d.message());
    }

    @Test
    void keyWithoutEqualsNeedsAValue() {
        assertFalse(parse(" run timeout").clean());

        Diagnostic d = onlyError();
        assertEquals(col(13), d.pos());
        assertTrue(d.message().contains("`timeout` needs a value"), d.message());
    }

    @Test
    void quoteInsideABareValueIsReportedAtTheQuote() {
        assertFalse(parse(" run args=a\"b\"").clean());

        Diagnostic d = onlyError();
        assertEquals(col(19), d.pos());
        assertTrue(d.message().contains("`args`"), d.message());
    }

    @Test
    void textGluedToAClosingQuoteIsReportedWhereItStarts() {
        assertFalse(parse(" run args=\"a\"exclusive").clean());

        Diagnostic d = onlyError();
        assertEquals(col(21), d.pos());
        assertTrue(d.hint().contains("space"), d.hint());
    }

    @Test
    void equalsSignWithoutANameIsRejected() {
        assertFalse(parse(" run =3s").clean());

        Diagnostic d = onlyError();
        assertEquals(col(13), d.pos());
        assertTrue(d.hint().contains("name=value"), d.hint());
    }

    @Test
    void everyBadWordOfTheLineIsReported() {
        assertFalse(parse(" rnu timout=3s exclusiv").clean());

        List<Diagnostic> all = reporter.sorted();
        assertEquals(List.of(col(9), col(13), col(23)), all.stream().map(Diagnostic::pos).toList());
    }
}
