package dev.sitegen.render;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Heading ids as GitHub makes them: lower case, punctuation dropped, spaces to {@code -},
 * and {@code -1}, {@code -2} for repeats on one page.
 */
final class Slugger {

    private final Set<String> used = new HashSet<>();

    /** Reserves an id that headings must not reuse (an example's anchor). */
    void reserve(String id) {
        used.add(id);
    }

    String slug(String text) {
        String base = base(text);
        String slug = base;
        for (int n = 1; !used.add(slug); n++) slug = base + "-" + n;
        return slug;
    }

    static String base(String text) {
        StringBuilder sb = new StringBuilder();
        for (int cp : text.strip().toLowerCase(Locale.ROOT).codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || Character.getType(cp) == Character.NON_SPACING_MARK) {
                sb.appendCodePoint(cp);
            } else if (cp == ' ') {
                sb.append('-');
            }
        }
        return sb.toString();
    }
}
