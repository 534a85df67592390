package dev.sitegen.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FrameRefsTest {

    @Test
    void referencesBecomeTheTextTheLocatorGives() {
        String text = "Exception in thread \"main\" java.lang.IllegalStateException\n\tat Main.main(" + FrameRefs.token("", 3) + ")\n"
                + "\tat Counter.inc(" + FrameRefs.token("Counter.java", 7) + ")\n";

        String resolved = FrameRefs.resolve(text, (source, line) -> Optional.of(
                (source.isEmpty() ? "content/threads/start.md:" + (line + 40) : "content/threads/start.md:" + (line + 10))));

        assertEquals("Exception in thread \"main\" java.lang.IllegalStateException\n\tat Main.main(content/threads/start.md:43)\n"
                + "\tat Counter.inc(content/threads/start.md:17)\n", resolved);
    }

    @Test
    void locatorReceivesTheSourceAndLineOfEachReference() {
        List<String> calls = new ArrayList<>();
        FrameRefs.resolve(FrameRefs.token("", 12) + " " + FrameRefs.token("Unit.java", 5), (source, line) -> {
            calls.add(source + "@" + line);
            return Optional.empty();
        });
        assertEquals(List.of("@12", "Unit.java@5"), calls);
    }

    @Test
    void unresolvedReferencesFallBackToSourceAndLine() {
        String resolved = FrameRefs.resolve("at A.f(" + FrameRefs.token("Unit.java", 5) + ")", (source, line) -> Optional.empty());
        assertEquals("at A.f(Unit.java:5)", resolved);
    }

    @Test
    void replacementsAreTakenLiterally() {
        String resolved = FrameRefs.resolve(FrameRefs.token("", 1), (source, line) -> Optional.of("$1 \\ path"));
        assertEquals("$1 \\ path", resolved);
    }

    @Test
    void textWithoutReferencesIsReturnedAsItIs() {
        String text = "plain (Main.java:3) output";
        assertSame(text, FrameRefs.resolve(text, (source, line) -> Optional.of("never")));
    }
}
