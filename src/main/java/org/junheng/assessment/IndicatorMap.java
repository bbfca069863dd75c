package org.junheng.assessment;

/** Indicator slots holding objects (here: whether each indicator passes). */
final class IndicatorMap<V> extends IndicatorSlots<V> {

    private final Object[] values;

    IndicatorMap(String[] codes) {
        super(codes);
        this.values = new Object[codes.length];
    }

    void set(int slot, V value) {
        values[slot] = value;
    }

    @Override
    boolean present(int slot) {
        return values[slot] != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    V value(int slot) {
        return (V) values[slot];
    }
}
