package dev.sitegen.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReporterTest {

    @Test
    void sortedOrdersByFileThenLineThenColumn() {
        Reporter reporter = new Reporter();
        Diagnostic b1 = Diagnostic.error(new SourcePos("content/b.md", 1, 1), "b1");
        Diagnostic a10 = Diagnostic.error(new SourcePos("content/a.md", 10, 1), "a10");
        Diagnostic a9col5 = Diagnostic.error(new SourcePos("content/a.md", 9, 5), "a9:5");
        Diagnostic a9col2 = Diagnostic.error(new SourcePos("content/a.md", 9, 2), "a9:2");
        reporter.reportAll(List.of(b1, a10, a9col5, a9col2));

        assertEquals(List.of(a9col2, a9col5, a10, b1), reporter.sorted());
    }

    @Test
    void problemsWithoutPositionComeFirst() {
        Reporter reporter = new Reporter();
        Diagnostic placed = Diagnostic.error(new SourcePos("content/a.md", 1, 1), "placed");
        Diagnostic global = Diagnostic.error(null, "no pages");
        reporter.report(placed);
        reporter.report(global);

        assertEquals(List.of(global, placed), reporter.sorted());
    }

    @Test
    void duplicatesAreReportedOnce() {
        Reporter reporter = new Reporter();
        SourcePos pos = new SourcePos("content/a.md", 3, 4);
        reporter.report(Diagnostic.error(pos, "same").withHint("h"));
        reporter.report(Diagnostic.error(pos, "same").withHint("h"));
        reporter.report(Diagnostic.error(pos, "same").withHint("other hint"));

        assertEquals(2, reporter.sorted().size());
    }

    @Test
    void warningsAreNotErrors() {
        Reporter reporter = new Reporter();
        reporter.report(Diagnostic.warning(new SourcePos("a.md", 1, 1), "careful"));
        assertFalse(reporter.hasErrors());
        assertEquals(0, reporter.errorCount());

        reporter.report(Diagnostic.error(new SourcePos("a.md", 2, 1), "wrong"));
        assertTrue(reporter.hasErrors());
        assertEquals(1, reporter.errorCount());
    }
}
