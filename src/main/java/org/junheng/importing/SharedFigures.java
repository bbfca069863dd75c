package org.junheng.importing;

import java.math.BigDecimal;

/**
 * The small figures of one file, each value boxed once: a national file repeats a few thousand counts and areas
 * across millions of cells, and every school's figures are kept until the file is assessed or stored. Filled by the
 * cores that parse the file's rows; a figure is immutable, so a core that does not see another's makes its own.
 */
final class SharedFigures {

    private static final int SMALL = 1 << 16;
    private static final int SCALES = 3;

    private final Integer[] counts = new Integer[SMALL];
    private final BigDecimal[][] amounts = new BigDecimal[SCALES][];

    Integer count(int value) {
        if (value < 0 || value >= SMALL) {
            return value;
        }
        Integer shared = counts[value];
        if (shared == null) {
            shared = value;
            counts[value] = shared;
        }
        return shared;
    }

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
