package org.junheng.web;

import org.junheng.registry.Labelled;

/** Reads the key of an enumerated value from a request; an unknown key is a bad parameter (400). */
public final class Choices {

    private Choices() {
    }

    public static <E extends Enum<E> & Labelled> E parse(Class<E> type, String field, String value) {
        return Labelled.parse(type, value).orElseThrow(() -> new BadParameterException(field, String.valueOf(value)));
    }

    /** As {@link #parse}, with null for a missing value. */
    public static <E extends Enum<E> & Labelled> E optional(Class<E> type, String field, String value) {
        return value == null ? null : parse(type, field, value);
    }
}
