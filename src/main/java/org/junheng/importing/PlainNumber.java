package org.junheng.importing;

/**
 * A cell of digits with at most one decimal point ({@code 413}, {@code 1469.3}; no sign, no blanks, at most 17
 * digits) read from a file's bytes without making its text: nearly every figure of a statistics file is one. Packed
 * in a {@code long} as the digits' value and the number of digits after the point; {@link #NONE} for any other cell,
 * which is then read from its text.
 */
final class PlainNumber {

    static final long NONE = -1;
    private static final int SCALE_BITS = 5;
    private static final int MOST_DIGITS = 17;

    private PlainNumber() {
    }

    static long of(byte[] bytes, int from, int to) {
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (int i = from; i < to; i++) {
            int c = bytes[i];
            if (c >= '0' && c <= '9') {
                if (++digits > MOST_DIGITS) {
                    return NONE;
                }
                unscaled = unscaled * 10 + (c - '0');
                scale += point ? 1 : 0;
            } else if (c == '.' && !point && digits > 0) {
                point = true;
            } else {
                return NONE;
            }
        }
        if (digits == 0 || point && scale == 0) {
            return NONE;
        }
        return unscaled << SCALE_BITS | scale;
    }

    static long unscaled(long plain) {
        return plain >>> SCALE_BITS;
    }

    static int scale(long plain) {
        return (int) (plain & ((1 << SCALE_BITS) - 1));
    }
}
