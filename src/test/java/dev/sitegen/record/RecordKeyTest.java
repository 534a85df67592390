package dev.sitegen.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sitegen.diag.SourcePos;
import dev.sitegen.extract.Attributes;
import dev.sitegen.extract.CodeLine;
import dev.sitegen.extract.Example;
import dev.sitegen.extract.ExampleMode;
import dev.sitegen.extract.Language;

/** What a recorded run depends on, and what it does not. */
class RecordKeyTest {

    private static Example example(int line, String code, Attributes attrs) {
        return new Example("page-1", "page.md", SourcePos.of("content/page.md", line), ExampleMode.RUN, attrs,
                List.of(new CodeLine(code, SourcePos.of("content/page.md", line + 1), true)), Optional.empty());
    }

    private static Example unit(String code) {
        Attributes attrs = new Attributes(Attributes.DEFAULT_TIMEOUT, 0, false, 1, List.of(), "", List.of(), false, false,
                Optional.empty(), Optional.of("Unit.java"));
        return new Example("page-2", "page.md", SourcePos.of("content/page.md", 1), ExampleMode.FILE, attrs,
                List.of(new CodeLine(code, SourcePos.of("content/page.md", 2), true)), Optional.empty());
    }

    private static final Example BASE = example(10, "IO.println(1);", Attributes.DEFAULTS);
    private static final String KEY = RecordKey.of(BASE, List.of(), 25);

    @Test
    void theSameInputsGiveTheSameKey() {
        assertThat(RecordKey.of(example(10, "IO.println(1);", Attributes.DEFAULTS), List.of(), 25)).isEqualTo(KEY);
    }

    @Test
    void thePositionOfTheExampleIsNotAnInput() {
        assertThat(RecordKey.of(example(99, "IO.println(1);", Attributes.DEFAULTS), List.of(), 25)).isEqualTo(KEY);
    }

    @Test
    void theSourceIsAnInput() {
        assertThat(RecordKey.of(example(10, "IO.println(2);", Attributes.DEFAULTS), List.of(), 25)).isNotEqualTo(KEY);
    }

    @Test
    void thePagesUnitsAreInputs() {
        String withUnit = RecordKey.of(BASE, List.of(unit("class Unit {}")), 25);
        assertThat(withUnit).isNotEqualTo(KEY);
        assertThat(RecordKey.of(BASE, List.of(unit("class Unit { int x; }")), 25)).isNotEqualTo(withUnit);
    }

    @Test
    void theJdkFeatureVersionIsAnInput() {
        assertThat(RecordKey.of(BASE, List.of(), 26)).isNotEqualTo(KEY);
    }

    @Test
    void everyAttributeThatChangesARunIsAnInput() {
        List<Attributes> variants = List.of(
                new Attributes(Duration.ofSeconds(3), 0, false, 1, List.of(), "", List.of(), false, false, Optional.empty(), Optional.empty()),
                new Attributes(Attributes.DEFAULT_TIMEOUT, 0, true, 1, List.of(), "", List.of(), false, false, Optional.empty(), Optional.empty()),
                new Attributes(Attributes.DEFAULT_TIMEOUT, 0, false, 2, List.of(), "", List.of(), false, false, Optional.empty(), Optional.empty()),
                new Attributes(Attributes.DEFAULT_TIMEOUT, 0, false, 1, List.of("a"), "", List.of(), false, false, Optional.empty(), Optional.empty()),
                new Attributes(Attributes.DEFAULT_TIMEOUT, 0, false, 1, List.of(), "in", List.of(), false, false, Optional.empty(), Optional.empty()),
                new Attributes(Attributes.DEFAULT_TIMEOUT, 0, false, 1, List.of(), "", List.of("-Xmx64m"), false, false, Optional.empty(), Optional.empty()),
                new Attributes(Attributes.DEFAULT_TIMEOUT, 0, false, 1, List.of(), "", List.of(), true, false, Optional.empty(), Optional.empty()),
                new Attributes(Attributes.DEFAULT_TIMEOUT, 0, false, 1, List.of(), "", List.of(), false, true, Optional.empty(), Optional.empty()));
        for (Attributes a : variants) {
            assertThat(RecordKey.of(example(10, "IO.println(1);", a), List.of(), 25)).as(a.toString()).isNotEqualTo(KEY);
        }
    }

    @Test
    void argumentBoundariesMatter() {
        Attributes oneArg = new Attributes(Attributes.DEFAULT_TIMEOUT, 0, false, 1, List.of("a b"), "", List.of(), false, false, Optional.empty(), Optional.empty());
        Attributes twoArgs = new Attributes(Attributes.DEFAULT_TIMEOUT, 0, false, 1, List.of("a", "b"), "", List.of(), false, false, Optional.empty(), Optional.empty());
        assertThat(RecordKey.of(example(10, "x", oneArg), List.of(), 25)).isNotEqualTo(RecordKey.of(example(10, "x", twoArgs), List.of(), 25));
    }

    @Test
    void theExpectedExitCodeIsNotAnInput() {
        Attributes exit1 = new Attributes(Attributes.DEFAULT_TIMEOUT, 1, false, 1, List.of(), "", List.of(), false, false, Optional.empty(), Optional.empty());
        assertThat(RecordKey.of(example(10, "IO.println(1);", exit1), List.of(), 25)).isEqualTo(KEY);
    }
    private static Example python(String code, Attributes attrs) {
        return new Example("page-3", "page.md", SourcePos.of("content/page.md", 20), ExampleMode.RUN, attrs,
                List.of(new CodeLine(code, SourcePos.of("content/page.md", 21), true)), Optional.empty(), Language.PYTHON);
    }

    @Test
    void aPythonBlocksKeyHoldsThePythonVersionAndTheSource() {
        String key = RecordKey.of(python("print(1)", Attributes.DEFAULTS), "3.11");
        assertThat(RecordKey.of(python("print(1)", Attributes.DEFAULTS), "3.11")).isEqualTo(key);
        assertThat(RecordKey.of(python("print(1)", Attributes.DEFAULTS), "3.12")).isNotEqualTo(key);
        assertThat(RecordKey.of(python("print(1)", Attributes.DEFAULTS), "3.13t")).as("a free-threaded build runs again").isNotEqualTo(key);
        assertThat(RecordKey.of(python("print(2)", Attributes.DEFAULTS), "3.11")).isNotEqualTo(key);
        Attributes slower = new Attributes(Duration.ofSeconds(3), 0, false, 1, List.of(), "", List.of(), false, false,
                Optional.empty(), Optional.empty());
        assertThat(RecordKey.of(python("print(1)", slower), "3.11")).isNotEqualTo(key);
    }

    @Test
    void aPythonBlockAndAJavaBlockWithTheSameTextHaveDifferentKeys() {
        assertThat(RecordKey.of(python("IO.println(1);", Attributes.DEFAULTS), "25")).isNotEqualTo(KEY);
    }
}
