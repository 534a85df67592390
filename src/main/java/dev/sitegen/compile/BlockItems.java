package dev.sitegen.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a session block into its top-level items (what a compact source file's body may
 * hold, plus statements) and says what each one is: an import, a member of the program
 * (a method, a type, a field written with {@code static} or an access modifier) or a
 * statement of {@code main}. It reads only as much Java as that needs: literals,
 * comments and brackets; javac judges everything else when the program is compiled.
 */
final class BlockItems {

    /** What an item is. */
    enum Kind {
        IMPORT, MEMBER, STATEMENT
    }

    /**
     * One item: its text spans from {@code start} to {@code end} (offsets in the block's
     * text, end exclusive).
     */
    record Item(Kind kind, int start, int end) {
    }

    /** Modifiers a local declaration cannot have: written on a declaration, they make it a member. */
    private static final Set<String> MEMBER_MODIFIERS = Set.of("public", "protected", "private", "static", "volatile", "transient",
            "abstract", "native", "strictfp", "sealed", "non-sealed", "default");
    private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static", "volatile", "transient",
            "abstract", "native", "strictfp", "sealed", "non-sealed", "default", "final", "synchronized");
    private static final Set<String> TYPE_WORDS = Set.of("class", "interface", "enum", "record");
    /** Words that carry a statement on after the closing brace of its first part. */
    private static final Set<String> CONTINUATIONS = Set.of("else", "catch", "finally");

    private final String text;
    private int pos;

    private BlockItems(String text) {
        this.text = text;
    }

    /** The items of {@code text} in order; blank space and comments between them belong to no item. */
    static List<Item> of(String text) {
        return new BlockItems(text).items();
    }

    private List<Item> items() {
        List<Item> items = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (pos >= text.length()) return items;
            int start = pos;
            int end = itemEnd();
            items.add(new Item(kind(text.substring(start, end)), start, end));
            pos = end;
        }
    }

    /** Where the item starting at {@link #pos} ends: after a {@code ;} or a closing brace at depth 0. */
    private int itemEnd() {
        int depth = 0;
        boolean startsWithDo = word(pos).equals("do");
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (skipLiteralOrComment()) continue;
            pos++;
            switch (c) {
                case '(', '[', '{' -> depth++;
                case ')', ']' -> depth = Math.max(0, depth - 1);
                case '}' -> {
                    depth = Math.max(0, depth - 1);
                    if (depth == 0 && !continues(startsWithDo)) return pos;
                }
                case ';' -> {
                    if (depth == 0) return pos;
                }
                default -> {
                }
            }
        }
        return text.length();
    }

    /** Whether what follows a closing brace at depth 0 is still the same item. */
    private boolean continues(boolean startsWithDo) {
        int save = pos;
        skipSpaceAndComments();
        int next = pos;
        pos = save;
        if (next >= text.length()) return false;
        char c = text.charAt(next);
        if (c == ';' || c == '.' || c == ',' || c == ')' || c == '[' || c == '?' || c == ':') return true;
        String w = word(next);
        return CONTINUATIONS.contains(w) || startsWithDo && w.equals("while");
    }

    private static final java.util.regex.Pattern METHOD = java.util.regex.Pattern.compile(
            "(?s)(?:<[^;{}()]*>\\s*)?[\\w$.]+(?:\\s*<[^;{}()]*>)?(?:\\s*\\[\\s*\\])*\\s+[\\w$]+\\s*\\(.*");

    private static Kind kind(String item) {
        String rest = withoutAnnotations(item.strip());
        if (rest.startsWith("import ") || rest.startsWith("import\t")) return Kind.IMPORT;
        boolean memberModifier = false;
        while (true) {
            String w = leadingWord(rest);
            if (!MODIFIERS.contains(w) || w.equals("synchronized") && rest.substring(w.length()).stripLeading().startsWith("(")) break;
            memberModifier |= MEMBER_MODIFIERS.contains(w);
            rest = withoutAnnotations(rest.substring(w.length()).stripLeading());
        }
        String first = leadingWord(rest);
        if (rest.startsWith("@interface")) return Kind.MEMBER;
        if (TYPE_WORDS.contains(first) && rest.substring(first.length()).matches("(?s)\\s+[\\w$]+\\s*[({<].*|(?s)\\s+[\\w$]+\\s+(extends|implements|permits)\\b.*")) {
            return Kind.MEMBER;
        }
        if (item.strip().endsWith("}") && isMethod(rest)) return Kind.MEMBER;
        return memberModifier ? Kind.MEMBER : Kind.STATEMENT;
    }

    /** {@code [<T>] Type name(...) [throws ...] {...}}: a declaration no statement looks like. */
    private static boolean isMethod(String rest) {
        int brace = rest.indexOf('{');
        if (brace < 0) return false;
        String head = rest.substring(0, brace);
        if (head.contains("=") || head.contains("->") || head.contains(";")) return false;
        String first = leadingWord(head);
        if (Set.of("new", "return", "throw", "if", "for", "while", "switch", "try", "do", "else", "case", "yield", "assert").contains(first)) {
            return false;
        }
        return METHOD.matcher(head.strip()).matches();
    }

    private static String withoutAnnotations(String s) {
        String rest = s;
        while (rest.startsWith("@") && !rest.startsWith("@interface")) {
            int i = 1;
            while (i < rest.length() && (Character.isJavaIdentifierPart(rest.charAt(i)) || rest.charAt(i) == '.')) i++;
            String after = rest.substring(i).stripLeading();
            if (after.startsWith("(")) {
                int depth = 0;
                int j = 0;
                for (; j < after.length(); j++) {
                    if (after.charAt(j) == '(') depth++;
                    else if (after.charAt(j) == ')' && --depth == 0) break;
                }
                after = j < after.length() ? after.substring(j + 1).stripLeading() : "";
            }
            rest = after;
        }
        return rest;
    }

    private static String leadingWord(String s) {
        int i = 0;
        while (i < s.length() && (Character.isJavaIdentifierPart(s.charAt(i)) || s.charAt(i) == '-' && s.startsWith("non-sealed"))) i++;
        return s.substring(0, i);
    }

    private String word(int at) {
        int i = at;
        while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) i++;
        return text.substring(at, i);
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (text.startsWith("//", pos) || text.startsWith("/*", pos)) {
                skipLiteralOrComment();
            } else {
                return;
            }
        }
    }

    /** Moves past a comment or a string, text-block or char literal at {@link #pos}; false when there is none. */
    private boolean skipLiteralOrComment() {
        if (text.startsWith("//", pos)) {
            int nl = text.indexOf('\n', pos);
            pos = nl < 0 ? text.length() : nl + 1;
        } else if (text.startsWith("/*", pos)) {
            int close = text.indexOf("*/", pos + 2);
            pos = close < 0 ? text.length() : close + 2;
        } else if (text.startsWith("\"\"\"", pos)) {
            int i = pos + 3;
            while (i < text.length() && !text.startsWith("\"\"\"", i)) i += text.charAt(i) == '\\' ? 2 : 1;
            pos = Math.min(text.length(), i + 3);
        } else if (text.charAt(pos) == '"' || text.charAt(pos) == '\'') {
            char quote = text.charAt(pos);
            int i = pos + 1;
            while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') i += text.charAt(i) == '\\' ? 2 : 1;
            pos = Math.min(text.length(), i + 1);
        } else {
            return false;
        }
        return true;
    }
}
