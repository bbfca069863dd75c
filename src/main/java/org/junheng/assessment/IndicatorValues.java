package org.junheng.assessment;

import java.util.Arrays;

/** Indicator slots holding numbers, unboxed until they are read. */
final class IndicatorValues extends IndicatorSlots<Double> {

    private final double[] values;

    IndicatorValues(String[] codes) {
        super(codes);
        this.values = new double[codes.length];
        Arrays.fill(values, Double.NaN);
    }

    void set(int slot, double value) {
        values[slot] = value;
    }

    @Override
    boolean present(int slot) {
        return !Double.isNaN(values[slot]);
    }

    @Override
    Double value(int slot) {
        return values[slot];
    }
}
