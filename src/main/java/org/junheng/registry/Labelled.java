package org.junheng.registry;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value of a registry enumeration as it appears in files and JSON: a lower-case English key
 * and the Chinese name used in official statistics. Files may use either.
 */
public interface Labelled {

    String key();

    String chineseName();

    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.key().equalsIgnoreCase(t) || e.chineseName().equals(t))
                .findFirst();
    }
}
