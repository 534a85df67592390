package dev.sitegen.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Splits a string into words as a POSIX shell does (quotes and backslashes, no expansions). */
final class ShellWords {

    private ShellWords() {
    }

    /** The words, or empty when a quote is not closed. */
    static Optional<List<String>> split(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
                i++;
            } else if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                if (end < 0) return Optional.empty();
                word.append(s, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                boolean closed = false;
                while (i < s.length()) {
                    char d = s.charAt(i);
                    if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    }
                    if (d == '\\' && i + 1 < s.length() && "\"\\$`".indexOf(s.charAt(i + 1)) >= 0) {
                        word.append(s.charAt(i + 1));
                        i += 2;
                    } else {
                        word.append(d);
                        i++;
                    }
                }
                if (!closed) return Optional.empty();
                inWord = true;
            } else if (c == '\\' && i + 1 < s.length()) {
                word.append(s.charAt(i + 1));
                inWord = true;
                i += 2;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) words.add(word.toString());
        return Optional.of(words);
    }
}
