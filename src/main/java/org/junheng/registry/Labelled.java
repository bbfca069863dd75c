package org.junheng.registry;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A value of an enumeration as it appears in files and JSON: a lower-case English key (the constant's
 * name in lower case, unless the enumeration says otherwise) and the Chinese name used in official
 * statistics. Files may use either. An enumeration implementing it gives its constants their Chinese
 * names; JSON writes and reads the key.
 */
public interface Labelled {

    @JsonValue
    default String key() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    String chineseName();

    /** The value's English name: the key in words, unless the enumeration words it better. */
    default String englishName() {
        return key().replace('_', ' ');
    }

    /** The value's name in a language: the Chinese name, or in English its English name. */
    default String nameIn(Locale locale) {
        return "en".equals(locale.getLanguage()) ? englishName() : chineseName();
    }

    static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        LabelledConstants.Of<E> constants = LabelledConstants.of(type);
        for (int i = 0; i < constants.values().length; i++) {
            E e = constants.values()[i];
            if (constants.keys()[i].equalsIgnoreCase(t) || e.chineseName().equals(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
