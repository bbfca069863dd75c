package org.junheng.importing;

/** Well-formed UTF-8 by the Unicode Standard's table 3-7: what a strict decoder reads without error. */
final class Utf8 {

    private Utf8() {
    }

    static boolean isWellFormed(byte[] bytes, int start, int length) {
        int i = start;
        int end = start + length;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int count;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                count = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                count = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;   // no overlong form
                high = b == 0xED ? 0x9F : 0xBF;  // no surrogate
            } else if (b >= 0xF0 && b <= 0xF4) {
                count = 3;
                low = b == 0xF0 ? 0x90 : 0x80;   // no overlong form
                high = b == 0xF4 ? 0x8F : 0xBF;  // nothing beyond U+10FFFF
            } else {
                return false;
            }
            if (i + count >= end) {   // cut short
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) {
                return false;
            }
            for (int k = i + 2; k <= i + count; k++) {
                if ((bytes[k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += count + 1;
        }
        return true;
    }
}
