package dev.sitegen.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class OutputMatcherTest {

    private static boolean ordered(List<String> expected, String actual) {
        return OutputMatcher.matches(expected, actual, false);
    }

    private static boolean unordered(List<String> expected, String actual) {
        return OutputMatcher.matches(expected, actual, true);
    }

    // ---- normalisation

    @Test
    void normaliseUnifiesLineEndingsAndDropsTrailingWhitespaceAndBlankLines() {
        assertEquals(List.of("a", "b", "", "c"), OutputMatcher.normalize("a  \r\nb\t\r\n\r\nc\r"));
        assertEquals(List.of("x"), OutputMatcher.normalize("x\n\n   \n"));
        assertEquals(List.of(), OutputMatcher.normalize(""));
    }

    @Test
    void normaliseKeepsLeadingWhitespaceAndLeadingBlankLines() {
        assertEquals(List.of("", "  indented"), OutputMatcher.normalize("\n  indented\n"));
    }

    @Test
    void lineEndingsTrailingSpacesAndTrailingBlankLinesDoNotMatter() {
        assertTrue(ordered(List.of("hello  ", "world", "", ""), "hello\r\nworld   \r\n\r\n"));
    }

    @Test
    void leadingWhitespaceAndBlankLinesInsideTheOutputMatter() {
        assertFalse(ordered(List.of("a", "b"), "a\n  b\n"));
        assertFalse(ordered(List.of("a", "b"), "a\n\nb\n"));
        assertFalse(ordered(List.of("a"), "\na\n"));
    }

    @Test
    void differentLinesDoNotMatch() {
        assertFalse(ordered(List.of("1", "2"), "1\n3\n"));
        assertFalse(ordered(List.of("1", "2"), "1\n"));
        assertFalse(ordered(List.of("1"), "1\n2\n"));
    }

    @Test
    void emptyExpectationMatchesOnlyEmptyOutput() {
        assertTrue(ordered(List.of(), "\n\n"));
        assertFalse(ordered(List.of(), "x\n"));
    }

    // ---- wildcards

    @Test
    void ellipsisLineMatchesSeveralLines() {
        assertTrue(ordered(List.of("start", "...", "end"), "start\n1\n2\n3\nend\n"));
    }

    @Test
    void ellipsisLineMatchesZeroLines() {
        assertTrue(ordered(List.of("start", "...", "end"), "start\nend\n"));
    }

    @Test
    void ellipsisLineAtTheEdgesMatchesAnyHeadOrTail() {
        assertTrue(ordered(List.of("...", "end"), "noise\nmore noise\nend\n"));
        assertTrue(ordered(List.of("start", "..."), "start\ntail\n"));
        assertTrue(ordered(List.of("..."), ""));
        assertFalse(ordered(List.of("...", "end"), "end\nafter\n"));
    }

    @Test
    void ellipsisLineStillRequiresTheLinesAroundIt() {
        assertFalse(ordered(List.of("start", "...", "end"), "start\n1\n2\n"));
    }

    @Test
    void ellipsisInsideALineMatchesAnyTextOfThatLine() {
        assertTrue(ordered(List.of("took ... ms"), "took 12 ms\n"));
        assertTrue(ordered(List.of("took ... ms"), "took  ms\n"));
        assertFalse(ordered(List.of("took ... ms"), "took 12 s\n"));
        assertFalse(ordered(List.of("took ... ms"), "took 1\n2 ms\n"));
    }

    @Test
    void lineWildcardsMatchPrefixSuffixAndSeveralGaps() {
        assertTrue(OutputMatcher.lineMatches("...done", "all done"));
        assertTrue(OutputMatcher.lineMatches("Thread-...", "Thread-7"));
        assertTrue(OutputMatcher.lineMatches("a...b...c", "a1b2c"));
        assertFalse(OutputMatcher.lineMatches("a...b...c", "acb"));
        assertFalse(OutputMatcher.lineMatches("ab...ba", "aba"));
        assertFalse(OutputMatcher.lineMatches("x...", "yx"));
    }

    @Test
    void textWithoutEllipsisMustBeEqual() {
        assertTrue(OutputMatcher.lineMatches("a.b", "a.b"));
        assertFalse(OutputMatcher.lineMatches("a.b", "axb"));
    }

    // ---- unordered

    @Test
    void unorderedOutputIgnoresLineOrder() {
        assertTrue(unordered(List.of("worker 1 done", "worker 2 done", "main done"), "worker 2 done\nmain done\nworker 1 done\n"));
    }

    @Test
    void unorderedOutputCountsRepeatedLines() {
        assertTrue(unordered(List.of("b", "a", "a"), "a\nb\na\n"));
        assertFalse(unordered(List.of("b", "a", "a"), "a\nb\nb\n"));
        assertFalse(unordered(List.of("a"), "a\na\n"));
    }

    @Test
    void unorderedOutputIsNormalisedToo() {
        assertTrue(unordered(List.of("x ", "y"), "y\r\nx\r\n\r\n"));
    }

    // ---- diff

    @Test
    void diffIsAUnifiedDiffWithContext() {
        String diff = OutputMatcher.diff(List.of("a", "b", "c"), "a\nx\nc\n", false, "expected");

        assertEquals("""
                --- expected
                +++ actual
                @@ -1,3 +1,3 @@
                 a
                -b
                +x
                 c
                """, diff);
    }

    @Test
    void diffShowsMissingAndExtraLines() {
        assertEquals("""
                --- expected (content/p.md:9)
                +++ actual
                @@ -1,2 +1,3 @@
                 one
                -two
                +three
                +four
                """, OutputMatcher.diff(List.of("one", "two"), "one\nthree\nfour", false, "expected (content/p.md:9)"));
    }

    @Test
    void linesAWildcardAbsorbedAreShownAsContext() {
        String diff = OutputMatcher.diff(List.of("start", "...", "end"), "start\n1\n2\nstop\n", false, "expected");

        List<String> lines = diff.lines().toList();
        assertTrue(lines.contains(" stop") && lines.contains(" 2"), diff);
        assertTrue(lines.contains("-end"), diff);
        assertTrue(lines.subList(2, lines.size()).stream().noneMatch(l -> l.startsWith("+")), diff);
        assertFalse(lines.contains("-..."), diff);
    }

    private static final List<String> TWELVE = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
    private static final String TWO_CHANGES = "1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\nELEVEN\n12\n";

    @Test
    void distantChangesGetHunksOfTheirOwn() {
        String diff = OutputMatcher.diff(TWELVE, TWO_CHANGES, false, "expected");

        assertEquals(2, diff.lines().filter(l -> l.startsWith("@@")).count(), diff);
        assertTrue(diff.endsWith("""
                @@ -8,5 +8,5 @@
                 8
                 9
                 10
                -11
                +ELEVEN
                 12
                """), diff);
    }

    @Test
    void nearbyChangesShareOneHunk() {
        String diff = OutputMatcher.diff(List.of("1", "2", "3", "4", "5", "6", "7", "8"), "X\n2\n3\n4\n5\n6\n7\nY\n", false, "expected");

        assertEquals(1, diff.lines().filter(l -> l.startsWith("@@")).count(), diff);
        assertTrue(diff.contains("@@ -1,8 +1,8 @@"), diff);
    }

    @Test
    void hunkBeforeAnotherHunkEndsWithThreeLinesOfContext() {
        String diff = OutputMatcher.diff(TWELVE, TWO_CHANGES, false, "expected");

        assertTrue(diff.startsWith("""
                --- expected
                +++ actual
                @@ -1,5 +1,5 @@
                 1
                -2
                +TWO
                 3
                 4
                 5
                @@ -8,5 +8,5 @@
                """), diff);
    }

    @Test
    void diffOfMissingOutputHasAnEmptyActualRange() {
        assertEquals("""
                --- expected
                +++ actual
                @@ -1 +0,0 @@
                -hello
                """, OutputMatcher.diff(List.of("hello"), "", false, "expected"));
    }

    @Test
    void unorderedDiffComparesSortedLinesAndSaysSo() {
        String diff = OutputMatcher.diff(List.of("b", "a"), "c\na\n", true, "expected");

        assertEquals("""
                --- expected
                +++ actual (lines sorted)
                @@ -1,2 +1,2 @@
                 a
                -b
                +c
                """, diff);
    }

    @Test
    void hunkAfterAWildcardNumbersTheExpectedLinesOfTheOutputBlock() {
        List<String> expected = List.of("a", "...", "x", "y", "z", "q");
        String actual = "a\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\nx\ny\nz\nr\n";

        String diff = OutputMatcher.diff(expected, actual, false, "expected");

        // x, y, z, q are lines 3 to 6 of the output block; in the actual output x is line 12
        assertTrue(diff.contains("@@ -3,4 +12,4 @@"), diff);
    }
}
