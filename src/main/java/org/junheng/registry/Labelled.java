package org.junheng.registry;

import java.util.Optional;

/**
 * A value of a registry enumeration as it appears in files and JSON: a lower-case English key
 * and the Chinese name used in official statistics. Files may use either.
 */
public interface Labelled {

    String key();

    String chineseName();

    /** The value's name in a language: the Chinese name, or in English the key in words. */
    default String nameIn(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? key().replace('_', ' ') : chineseName();
    }

    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.key().equalsIgnoreCase(t) || e.chineseName().equals(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
