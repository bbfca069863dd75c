package org.junheng.registry;

/**
 * What text Junheng takes in: no control characters (but tab and line breaks) and none of the
 * invisible marks that reverse or embed the direction of text (U+202A–U+202E, U+2066–U+2069,
 * U+200E, U+200F, U+061C), which would make a page show something other than what is stored.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Whether the text is free of such characters (null is). */
    public static boolean isPlain(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isPlain(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isPlain(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (Character.isISOControl(c)) {
            return false;
        }
        return !(c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C');
    }
}
