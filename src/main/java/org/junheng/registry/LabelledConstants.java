package org.junheng.registry;

/**
 * The constants of a labelled enumeration and their keys, worked out once per enumeration: a file of
 * 200,000 rows names a kind in every row, and asking the enumeration anew copies its constants and
 * lower-cases every name each time.
 */
final class LabelledConstants {

    record Of<E extends Enum<E> & Labelled>(E[] values, String[] keys) {
    }

    private static final ClassValue<Of<?>> CONSTANTS = new ClassValue<>() {
        @Override
        protected Of<?> computeValue(Class<?> type) {
            return of(type.getEnumConstants());
        }
    };

    private LabelledConstants() {
    }

    @SuppressWarnings("unchecked")
    static <E extends Enum<E> & Labelled> Of<E> of(Class<E> type) {
        return (Of<E>) CONSTANTS.get(type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Of<?> of(Object[] constants) {
        String[] keys = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            keys[i] = ((Labelled) constants[i]).key();
        }
        return new Of((Enum[]) constants, keys);
    }
}
