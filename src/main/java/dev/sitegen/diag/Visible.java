package dev.sitegen.diag;

/**
 * Text from a program or a page made safe for a terminal: control characters (an escape
 * sequence would recolour or erase the build log) are shown as escapes, line breaks and
 * tabs kept.
 */
public final class Visible {

    private Visible() {
    }

    public static String text(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
            if (!control) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.substring(0, i));
            sb.append(switch (c) {
                case 0x1b -> "\\e";
                case '\r' -> "\\r";
                case '\b' -> "\\b";
                default -> String.format(java.util.Locale.ROOT, "\\x%02x", (int) c);
            });
        }
        return sb == null ? s : sb.toString();
    }
}
