package dev.sitegen.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticPrinterTest {

    @TempDir
    Path base;

    @Test
    void printsHeadlineSourceLineCaretHintAndDetail() throws IOException {
        Files.createDirectories(base.resolve("content"));
        Files.writeString(base.resolve("content/p.md"), "# Title\n```java rnu\nvoid main() {}\n```\n");
        Diagnostic d = Diagnostic.error(new SourcePos("content/p.md", 2, 9), "unknown mode `rnu`")
                .withSpan(3).withHint("did you mean `run`?").withDetail("first detail\nsecond detail");

        String printed = new DiagnosticPrinter(new SourceLines(base), Style.PLAIN).format(d);

        assertEquals("""
                content/p.md:2:9: error: unknown mode `rnu`
                    ```java rnu
                            ^^^
                  help: did you mean `run`?
                  first detail
                  second detail
                """, printed);
    }

    @Test
    void controlCharactersAProgramPrintedAreShownEscapedNeverSentToTheTerminal() {
        Diagnostic d = Diagnostic.error(null, "the output does not match")
                .withDetail("+\u001b[2J\u001b[31mred\r\u0007\ttab\u009b");

        String printed = new DiagnosticPrinter(new SourceLines(base), Style.PLAIN).format(d);

        assertEquals("error: the output does not match\n  +\\e[2J\\e[31mred\\r\\x07\ttab\\x9b\n", printed);
        assertFalse(printed.chars().anyMatch(c -> c == 0x1b || c == '\r' || c == 7 || c == 0x9b));
    }

    @Test
    void caretKeepsTabsSoItLinesUpUnderTheSource() {
        assertEquals("\t\t  ^^^^^", DiagnosticPrinter.caretLine("\t\t  int x = 1;", 5, 5));
        assertEquals("\t   ^", DiagnosticPrinter.caretLine("\tfoo bar", 5, 1));
    }

    @Test
    void caretIsCutAtTheEndOfTheLineButNeverEmpty() {
        assertEquals("    ^^", DiagnosticPrinter.caretLine("abcdef", 5, 10));
        assertEquals("          ^", DiagnosticPrinter.caretLine("abc", 11, 4));
    }

    @Test
    void withoutASourceFileOnlyTheHeadlineAndHintArePrinted() {
        Diagnostic d = Diagnostic.error(new SourcePos("content/missing.md", 3, 1), "broken").withHint("fix it");

        String printed = new DiagnosticPrinter(new SourceLines(base), Style.PLAIN).format(d);

        assertEquals("content/missing.md:3:1: error: broken\n  help: fix it\n", printed);
    }

    @Test
    void problemWithoutPositionHasNoLocationPrefix() {
        String printed = new DiagnosticPrinter(new SourceLines(base), Style.PLAIN).format(Diagnostic.warning(null, "no pages"));

        assertEquals("warning: no pages\n", printed);
    }

    @Test
    void plainStyleWritesNoEscapeCodes() {
        Diagnostic d = Diagnostic.error(new SourcePos("x.md", 1, 1), "m").withHint("h");
        assertFalse(new DiagnosticPrinter(new SourceLines(base), Style.PLAIN).format(d).contains("\u001b"));
        assertEquals("\u001b[1;31merror\u001b[0m", new Style(true).red("error"));
    }
}
