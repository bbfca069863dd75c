package org.junheng.importing;

import java.math.BigDecimal;

/**
 * The small amounts of one file (areas of rooms and buildings), each value made once: a national file repeats some
 * tens of thousands of them across a million cells, and every school's amounts are kept until the file is assessed
 * or stored. Filled by the cores that parse the file's rows; a {@code BigDecimal} is immutable, so a core that does
 * not see another's makes its own.
 */
final class SharedAmounts {

    private static final int SMALL = 1 << 16;
    private static final int SCALES = 3;

    private final BigDecimal[][] amounts = new BigDecimal[SCALES][];

    /** {@code BigDecimal.valueOf(unscaled, scale)}, the same value and scale. */
    BigDecimal amount(long unscaled, int scale) {
        if (unscaled < 0 || unscaled >= SMALL || scale < 0 || scale >= SCALES) {
            return BigDecimal.valueOf(unscaled, scale);
        }
        BigDecimal[] ofScale = amounts[scale];
        if (ofScale == null) {
            ofScale = new BigDecimal[SMALL];
            amounts[scale] = ofScale;
        }
        BigDecimal shared = ofScale[(int) unscaled];
        if (shared == null) {
            shared = BigDecimal.valueOf(unscaled, scale);
            ofScale[(int) unscaled] = shared;
        }
        return shared;
    }
}
