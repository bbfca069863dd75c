package org.junheng.assessment;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only map from indicator code to a value, in the method's indicator order, with one slot
 * per indicator: a national assessment holds three of these per school-stage, so they must be small.
 */
abstract class IndicatorSlots<V> extends AbstractMap<String, V> {

    private final String[] codes;

    IndicatorSlots(String[] codes) {
        this.codes = codes;
    }

    abstract boolean present(int slot);

    abstract V value(int slot);

    @Override
    public int size() {
        int size = 0;
        for (int i = 0; i < codes.length; i++) {
            if (present(i)) {
                size++;
            }
        }
        return size;
    }

    @Override
    public V get(Object key) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(key)) {
                return present(i) ? value(i) : null;
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return IndicatorSlots.this.size();
            }

            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < codes.length && !present(i)) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < codes.length;
                    }

                    @Override
                    public Entry<String, V> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, V> entry = new SimpleImmutableEntry<>(codes[next], value(next));
                        next = advance(next + 1);
                        return entry;
                    }
                };
            }
        };
    }
}
