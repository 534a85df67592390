package dev.sitegen.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    private final String text = "first\nsecond line\n\nfourth";
    private final LineIndex index = new LineIndex("content/p.md", text);

    @Test
    void firstCharacterIsLineOneColumnOne() {
        assertEquals(new SourcePos("content/p.md", 1, 1), index.at(0));
    }

    @Test
    void offsetsAfterALineBreakStartTheNextLine() {
        assertEquals(new SourcePos("content/p.md", 2, 1), index.at(text.indexOf("second")));
        assertEquals(new SourcePos("content/p.md", 2, 8), index.at(text.indexOf("line")));
        assertEquals(new SourcePos("content/p.md", 4, 3), index.at(text.indexOf("urth")));
    }

    @Test
    void theLineBreakItselfBelongsToItsLine() {
        assertEquals(new SourcePos("content/p.md", 1, 6), index.at(5));
    }

    @Test
    void emptyLinesHaveTheirOwnNumber() {
        assertEquals(new SourcePos("content/p.md", 3, 1), index.at(text.indexOf("\n\n") + 1));
    }

    @Test
    void lineStartGivesTheOffsetOfALine() {
        assertEquals(0, index.lineStart(1));
        assertEquals(6, index.lineStart(2));
        assertEquals(text.indexOf("fourth"), index.lineStart(4));
    }

    @Test
    void manyLinesAreIndexed() {
        String many = "x\n".repeat(100) + "last";
        LineIndex big = new LineIndex("f", many);
        assertEquals(new SourcePos("f", 101, 2), big.at(many.length() - 3));
    }
}
