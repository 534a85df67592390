package dev.sitegen.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The one table of attributes, and the documents that must agree with it. */
class AttributeTest {

    @Test
    void theLexerReadsItsWordsFromTheTable() {
        assertEquals(List.of("id", "timeout", "exit", "expect", "runs", "args", "stdin", "jvm", "include", "file", "session"), InfoString.KEYS);
        assertEquals(List.of("exclusive", "preview", "isolated", "crash"), InfoString.FLAGS);
    }

    @Test
    void theReferencePageDocumentsEveryAttributeAndNoOther() throws IOException {
        String page = Files.readString(Path.of("content/authors/writing-pages.md"));
        Matcher row = Pattern.compile("(?m)^\\| `(?:java )?([a-z]+)(=|`)").matcher(page);
        List<String> documented = new ArrayList<>();
        while (row.find()) {
            if (!List.of("java", "run", "compile", "fail").contains(row.group(1))) documented.add(row.group(1));
        }
        for (Attribute a : Attribute.values()) {
            assertTrue(documented.contains(a.word()), "the reference page has no table row for `" + a.word() + "`");
        }
        for (String word : documented) {
            assertTrue(Attribute.named(word).isPresent(), "the reference page documents `" + word + "`, which is no attribute");
        }
    }

    @Test
    void onlyWhatChangesARunIsInTheRecordKey() {
        List<String> inKey = new ArrayList<>();
        for (Attribute a : Attribute.values()) a.keyValue(Attributes.DEFAULTS).ifPresent(v -> inKey.add(a.keyName()));
        assertEquals(List.of("timeout", "expectTimeout", "runs", "args", "stdin", "jvm", "exclusive", "preview"), inKey);
    }
}
